// Every UI language at run time in the real app: the demo inbox is switched through the nine
// locales offered by the settings menu, without a reload, with a screenshot of the inbox (settings
// menu open) and of an open conversation in each; Arabic turns the layout right to left. Then the
// agent's time zone (a setting of its own) moves the thread times to São Paulo and back.

import assert from 'node:assert/strict';
import { scenario } from '../lib/scenario.mjs';
import { Key, tid } from '../lib/harness.mjs';

const REPLY = `Hola Fernanda, lo revisamos hoy mismo. e2e-${Date.now().toString(36)}`;
const EXPECTED_LOCALES = ['ar', 'de-DE', 'en-US', 'es-ES', 'fr-FR', 'ja-JP', 'pt-BR', 'zh-CN', 'zh-TW'];

/** Texts of the filter bar and help button, which must change with every language. */
const CHROME_SIGNATURE = `
  const q = (id) => document.querySelector('[data-testid="' + id + '"]');
  return JSON.stringify([
    q('search-input')?.getAttribute('placeholder'),
    q('filter-channel')?.options[0]?.textContent,
    q('filter-status')?.getAttribute('title'),
    q('help-button')?.getAttribute('title'),
    q('inbox-total')?.textContent.trim(),
  ]);`;

/** Where the three columns and the two kinds of message bubbles sit, in CSS pixels. */
const GEOMETRY = `
  const box = (css) => { const e = document.querySelector(css); if (!e) return null; const r = e.getBoundingClientRect(); return { left: r.left, right: r.right }; };
  return {
    list: box('[data-testid="conversation-list"]'),
    panel: box('[data-testid="customer-panel"]'),
    inbound: box('[data-testid="message"][data-direction="inbound"]'),
    outbound: box('[data-testid="message"][data-direction="outbound"]'),
    thread: box('[data-testid="thread"]'),
  };`;

/** Chrome elements whose text does not fit (clipped or ellipsized), for the report. */
const CLIPPED = `
  const out = [];
  const skip = '[data-testid="conversation-row"],[data-testid="message"],[data-testid="time-zone-list"]';
  for (const e of document.querySelectorAll('button,label,select,h1,h2,h3,dt,dd,.chip,summary,[data-testid="inbox-total"],[data-testid="unread-count"]')) {
    if (e.closest(skip)) continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (e.scrollWidth > e.clientWidth + 1 && e.tagName !== 'SELECT') out.push((e.getAttribute('data-testid') || e.tagName.toLowerCase()) + ': ' + (e.innerText || '').trim().slice(0, 40));
  }
  return out;`;

/** The thread's times as shown, with the instants they show. */
const THREAD_TIMES = `
  return [...document.querySelectorAll('[data-testid="message-time"]')].map((e) => ({ at: e.getAttribute('datetime'), text: e.textContent.trim() }));`;

/** Waits for two frames, so a screenshot shows what the DOM already says (a closed menu). */
const PAINTED = 'return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(true), 50))));';

async function shot(app, step) {
  await app.exec(PAINTED);
  await app.shot(step);
}

scenario('all nine locales at run time, right to left in Arabic, agent time zone', {}, (step) => {
  let locales = [];
  let baselineTotal = NaN;
  const signatures = new Map();


  step('loads the demo and lists nine languages in the settings menu', async (app, t) => {
    await app.waitVisible(tid('welcome'), 'the welcome screen');
    await app.click('welcome-demo');
    await app.wait(async () => (await app.rows()).length >= 5, 'at least 5 conversation rows');
    baselineTotal = await app.wait(async () => {
      const n = await app.inboxTotal();
      return n > 0 && n;
    }, 'inbox-total to show a number > 0');
    await app.openSettings();
    locales = await app.exec(`return [...document.querySelector('[data-testid="settings-locale"]').options].map((o) => o.value);`);
    t.diagnostic(`locales offered: ${locales.join(', ')}`);
    assert.equal(locales.length, 9, `expected nine locales, got ${JSON.stringify(locales)}`);
    assert.deepEqual([...locales].sort(), EXPECTED_LOCALES);
    await app.closeSettings();
  });

  step('opens a conversation with a Spanish buyer and queues a Spanish reply', async (app) => {
    await app.type('search-input', 'no ha llegado');
    await app.sendKeys('search-input', Key.ENTER);
    await app.wait(async () => (await app.rows()).length > 0 && (await app.inboxTotal()) !== baselineTotal, 'search results');
    const first = await app.waitVisible(tid('conversation-row'), 'a conversation row');
    await first.click();
    await app.wait(async () => (await app.visibleAll(tid('message'))).length > 0, 'messages in the pane');
    await app.type('composer-input', REPLY);
    await app.click('composer-send');
    await app.wait(() => app.exec(`return [...document.querySelectorAll('[data-testid="message"][data-direction="outbound"]')]
      .some((m) => m.innerText.includes(arguments[0]));`, REPLY), 'our reply as an outbound message');
    await app.type('search-input', '');
    await app.sendKeys('search-input', Key.ENTER);
    await app.wait(async () => (await app.inboxTotal()) === baselineTotal, 'the whole inbox again');
    await app.exec('window.__bridgedeskE2eMarker = 4; return true;');
  });

  for (let i = 0; i < EXPECTED_LOCALES.length; i++) {
    step(`switches to locale #${i + 1} and saves its inbox and conversation`, async (app, t) => {
      const locale = locales[i];
      assert.ok(locale, `no locale #${i + 1} in the settings menu`);
      const rtl = locale === 'ar';
      await app.openSettings();
      await app.select('settings-locale', locale);
      await app.wait(async () => (await app.exec('return document.documentElement.lang')) === locale,
        `document.documentElement.lang to become ${locale}`);
      assert.equal(await app.exec('return document.documentElement.dir'), rtl ? 'rtl' : 'ltr', `<html dir> for ${locale}`);
      const signature = await app.wait(async () => {
        const s = await app.exec(CHROME_SIGNATURE);
        return ![...signatures.values()].includes(s) && s;
      }, `the filter bar and help texts to change for ${locale}`);
      signatures.set(locale, signature);
      await app.waitVisible(tid('time-zone-picker'), 'the time-zone picker');
      t.diagnostic(`${locale}: ${signature}`);
      await shot(app, `${locale}-inbox`);

      await app.closeSettings();
      await app.wait(async () => (await app.visibleAll(tid('message'))).length > 0, 'the open conversation');
      const g = await app.exec(GEOMETRY);
      // Inbound bubbles start at the reading start, outbound ones at the end; columns likewise.
      const nearLeft = (b) => b.left - g.thread.left < g.thread.right - b.right;
      if (rtl) {
        assert.ok(g.list.left > g.panel.left, `the list should be on the right in ${locale}: ${JSON.stringify(g)}`);
        assert.ok(nearLeft(g.outbound) && !nearLeft(g.inbound), `outbound left, inbound right in ${locale}: ${JSON.stringify(g)}`);
      } else {
        assert.ok(g.list.left < g.panel.left, `the list should be on the left in ${locale}: ${JSON.stringify(g)}`);
        assert.ok(!nearLeft(g.outbound) && nearLeft(g.inbound), `inbound left, outbound right in ${locale}: ${JSON.stringify(g)}`);
      }
      // The Spanish reply keeps its left-to-right direction inside any UI.
      assert.equal(await app.exec(`const m = [...document.querySelectorAll('[data-testid="message"][data-direction="outbound"] .text')]
        .find((e) => e.textContent.includes(arguments[0])); return m ? getComputedStyle(m).direction : null;`, REPLY), 'ltr');
      const clipped = await app.exec(CLIPPED);
      if (clipped.length) t.diagnostic(`${locale}: text not fitting: ${JSON.stringify(clipped)}`);
      assert.equal(await app.exec('return window.__bridgedeskE2eMarker'), 4, 'the page was reloaded (marker lost)');
      await shot(app, `${locale}-conversation`);
      if (rtl) {
        await app.blur();
        await app.press('?');
        await app.waitVisible(tid('help-overlay'), 'the help overlay');
        await shot(app, `${locale}-help`);
        await app.press(Key.ESCAPE);
        await app.waitHidden(tid('help-overlay'), 'the help overlay');
      }
    });
  }

  step('moves the thread times to the agent’s chosen time zone and back', async (app, t) => {
    await app.openSettings();
    await app.select('settings-locale', 'en-US');
    await app.wait(async () => (await app.exec('return document.documentElement.dir')) === 'ltr', 'the page back to ltr');
    const before = await app.exec(THREAD_TIMES);
    assert.ok(before.length > 0, 'thread times before the change');
    assert.equal((await app.text('settings-time-zone')).trim(), 'Asia/Shanghai', 'the app runs with TZ=Asia/Shanghai');
    await app.type('time-zone-search', 'Sao Paulo');
    await app.waitVisible(`${tid('time-zone-option')}[data-zone="America/Sao_Paulo"]`, 'the São Paulo zone in the list');
    await app.exec(`document.querySelector('[data-testid="time-zone-option"][data-zone="America/Sao_Paulo"]').click(); return true;`);
    await app.wait(async () => (await app.text('settings-time-zone')).trim() === 'America/Sao_Paulo', 'the chosen zone in settings');
    const after = await app.wait(async () => {
      const now = await app.exec(THREAD_TIMES);
      return now.length === before.length && now.every((x, k) => x.text !== before[k].text) && now;
    }, 'every thread time to change');
    // Each time is now what Intl shows for its instant in São Paulo, in the UI locale.
    const expected = await app.exec(`return arguments[0].map((x) => new Intl.DateTimeFormat(document.documentElement.lang,
      { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Sao_Paulo' }).format(new Date(x.at)));`, after);
    assert.deepEqual(after.map((x) => x.text), expected);
    t.diagnostic(`thread time: ${before[0].text} (Asia/Shanghai) -> ${after[0].text} (America/Sao_Paulo)`);
    await shot(app, 'time-zone-sao-paulo');

    await app.click('time-zone-system');
    await app.wait(async () => (await app.text('settings-time-zone')).trim() === 'Asia/Shanghai', 'the OS zone again');
    await app.wait(async () => JSON.stringify(await app.exec(THREAD_TIMES)) === JSON.stringify(before), 'the thread times back in Shanghai');
    await app.closeSettings();
  });

  step('shows every text through the pseudo-locale of the developer menu', async (app, t) => {
    await app.openSettings();
    await app.exec(`document.querySelector('[data-testid="settings-developer"]').open = true; return true;`);
    await app.click('pseudo-locale-toggle');
    await app.wait(async () => (await app.exec('return document.documentElement.lang')) === 'en-XA', '<html lang="en-XA">');
    const placeholder = await app.exec(`return document.querySelector('[data-testid="search-input"]').placeholder;`);
    assert.match(placeholder, /^\[Ŝéé.*\]$/, `pseudo-localized placeholder, got ${placeholder}`);
    // Chrome texts (not buyer-written, dir=auto) without the pseudo-locale's brackets did not go through Fluent.
    const plain = await app.exec(`
      const skip = '[data-testid="conversation-row"],[data-testid="message"],[data-testid="customer-panel"],[data-testid="time-zone-list"],[data-testid="settings-locale"],option';
      return [...document.querySelectorAll('button,label,h1,h2,h3,summary,dt,.chip,[data-testid="inbox-total"]')]
        .filter((e) => !e.closest(skip) && !e.closest('[dir="auto"]') && e.getBoundingClientRect().width > 0)
        .map((e) => e.innerText.trim()).filter((s) => /[A-Za-z]{2}/.test(s) && !/[\\[\\]]/.test(s));`);
    assert.deepEqual(plain, [], 'chrome texts that did not go through Fluent');
    await shot(app, 'pseudo-locale');
    await app.click('pseudo-locale-toggle');
    await app.wait(async () => (await app.exec('return document.documentElement.lang')) === 'en-US', '<html lang="en-US"> again');
    await app.closeSettings();
  });
});
