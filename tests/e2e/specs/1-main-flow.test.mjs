// The agent's main path on a fresh install: welcome, demo data, filter, multilingual search,
// reading and answering a conversation, resolving it, and switching the UI to Chinese live.

import assert from 'node:assert/strict';
import { scenario } from '../lib/scenario.mjs';
import { Key, hasCjk, tid } from '../lib/harness.mjs';

const REPLY = `Thanks for your patience, a replacement ships today. e2e-${Date.now().toString(36)}`;

/** Texts of the UI chrome (buttons, headings, labels) under arguments[0] (a selector or null for
 * the whole page), leaving out buyer-written content. */
const CHROME_TEXTS = `
  const root = arguments[0] ? document.querySelector(arguments[0]) : document;
  if (!root) return [];
  const skip = '[data-testid="message"],[data-testid="conversation-row"],[data-testid="customer-panel"],[data-testid="composer-input"]';
  const out = [];
  for (const e of root.querySelectorAll('button,h1,h2,h3,h4,label,[role="tab"],[role="heading"],th,summary,legend,[data-testid="inbox-total"],[data-testid="unread-count"]')) {
    if (e.closest(skip)) continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const text = (e.innerText || e.getAttribute('aria-label') || e.title || '').trim();
    if (text) out.push({ testid: e.getAttribute('data-testid'), text: text.slice(0, 80) });
  }
  return out;`;

scenario('main flow on a fresh install (en-US, then zh-CN)', {}, (step) => {
  let baselineTotal = NaN;
  let chineseResults = '';

  step('shows the welcome screen on an empty store', async (app) => {
    await app.waitVisible(tid('welcome'), 'the welcome screen');
    assert.equal(await app.isVisible(tid('inbox')), false, 'the inbox should not show before any data exists');
    await app.shot('welcome');
  });

  step('loads the demo workspace into the inbox', async (app, t) => {
    await app.click('welcome-demo');
    await app.waitVisible(tid('inbox'), 'the inbox');
    const rows = await app.wait(async () => {
      const r = await app.rows();
      return r.length >= 5 && r;
    }, 'at least 5 conversation rows');
    baselineTotal = await app.wait(async () => {
      const n = await app.inboxTotal();
      return n > 0 && n;
    }, 'inbox-total to show a number > 0');
    const channels = [...new Set(rows.map((r) => r.channel))].sort();
    t.diagnostic(`${rows.length} rows visible, inbox-total ${baselineTotal}, channels ${channels.join(', ')}`);
    await app.shot('inbox');
  });

  step('filters the inbox to Shopee', async (app, t) => {
    await app.select('filter-channel', 'shopee');
    const rows = await app.wait(async () => {
      const r = await app.rows();
      return r.length > 0 && r.every((x) => x.channel === 'shopee') && r;
    }, 'every visible conversation-row to have data-channel="shopee"');
    t.diagnostic(`${rows.length} Shopee rows, inbox-total ${await app.inboxTotal()}`);
    await app.shot('filter-shopee');
  });

  step('finds conversations by a Chinese search term', async (app, t) => {
    await app.select('filter-channel', '');
    await app.wait(async () => (await app.inboxTotal()) === baselineTotal,
      `inbox-total to return to ${baselineTotal} after resetting the channel filter`);
    const how = await app.type('search-input', '退款');
    await app.sendKeys('search-input', Key.ENTER);
    const found = await app.wait(async () => {
      const total = await app.inboxTotal();
      const rows = await app.rows();
      return total > 0 && total !== baselineTotal && rows.length > 0 && { total, rows };
    }, `search "退款" to narrow the inbox (inbox-total > 0 and not the unfiltered ${baselineTotal}, rows shown)`);
    chineseResults = found.rows.map((r) => r.text).join('\n');
    t.diagnostic(`typed via ${how}; ${found.rows.length} rows, inbox-total ${found.total}`);
    await app.shot('search-chinese');
  });

  step('finds conversations by a Spanish search phrase', async (app, t) => {
    const how = await app.type('search-input', 'no ha llegado');
    await app.sendKeys('search-input', Key.ENTER);
    const found = await app.wait(async () => {
      const total = await app.inboxTotal();
      const rows = await app.rows();
      const text = rows.map((r) => r.text).join('\n');
      return total > 0 && total !== baselineTotal && rows.length > 0 && text !== chineseResults && { total, rows };
    }, 'search "no ha llegado" to show other rows than the Chinese search (inbox-total > 0)');
    t.diagnostic(`typed via ${how}; ${found.rows.length} rows, inbox-total ${found.total}`);
    await app.shot('search-spanish');
  });

  step('opens the first conversation with buyer details', async (app, t) => {
    await app.type('search-input', '');
    await app.sendKeys('search-input', Key.ENTER);
    await app.wait(async () => (await app.inboxTotal()) === baselineTotal,
      `inbox-total to return to ${baselineTotal} after clearing the search`);
    const first = await app.waitVisible(tid('conversation-row'), 'a conversation row');
    await first.click();
    await app.waitVisible(tid('conversation-pane'), 'the conversation pane');
    const count = await app.wait(async () => (await app.visibleAll(tid('message'))).length, 'message elements in the pane');
    await app.waitVisible(tid('customer-panel'), 'the customer panel');
    const local = await app.wait(async () => {
      const el = (await app.visibleAll(`${tid('customer-panel')} ${tid('buyer-local-time')}`))[0];
      return el && (await el.text()).trim();
    }, 'buyer-local-time with text inside the customer panel');
    t.diagnostic(`${count} messages; buyer-local-time "${local}"`);
    await app.shot('conversation');
  });

  step('queues a reply in the outbox', async (app, t) => {
    const how = await app.type('composer-input', REPLY);
    await app.click('composer-send');
    await app.wait(() => app.exec(`
      return [...document.querySelectorAll('[data-testid="message"][data-direction="outbound"]')]
        .some((m) => m.innerText.includes(arguments[0])
          && m.querySelector('[data-testid="delivery-state"][data-state="queued"]'));`, REPLY),
    'an outbound message with the reply text and delivery-state[data-state=queued]');
    const left = await app.exec(`const e = document.querySelector('[data-testid="composer-input"]'); return e ? e.value : null;`);
    t.diagnostic(`typed via ${how}; composer after send: ${JSON.stringify(left)}`);
    await app.shot('reply-queued');
  });

  step('resolves the conversation', async (app) => {
    await app.click('action-resolve');
    await app.waitVisible(`${tid('conversation-status')}[data-status="resolved"]`, 'conversation-status[data-status=resolved]');
    await app.shot('resolved');
  });

  step('switches the UI to Chinese without a reload', async (app, t) => {
    await app.exec('window.__bridgedeskE2eMarker = 42; return true;');
    await app.click('settings-button');
    await app.waitVisible(tid('settings-locale'), 'the locale picker in settings');
    await app.select('settings-locale', 'zh-CN');
    await app.wait(async () => (await app.exec('return document.documentElement.lang')) === 'zh-CN',
      'document.documentElement.lang to become "zh-CN"');
    // Close the settings (Escape, or its close button if it has one).
    await app.press(Key.ESCAPE);
    if (await app.isVisible(tid('settings-close'))) await app.click('settings-close');
    await app.wait(async () => {
      const send = await app.exec(`const e = document.querySelector('[data-testid="composer-send"]');
        return e ? (e.innerText || e.getAttribute('aria-label') || '') : '';`);
      return hasCjk(send);
    }, 'the composer-send button to be labelled in Chinese');
    const chrome = await app.exec(CHROME_TEXTS, null);
    const cjk = chrome.filter((c) => hasCjk(c.text));
    assert.ok(cjk.length >= 3, `expected Chinese buttons/headings, got: ${JSON.stringify(chrome)}`);
    const inboxChrome = await app.exec(CHROME_TEXTS, tid('inbox'));
    assert.ok(inboxChrome.some((c) => hasCjk(c.text)),
      `expected the inbox heading/buttons in Chinese, got: ${JSON.stringify(inboxChrome)}`);
    assert.equal(await app.exec('return window.__bridgedeskE2eMarker'), 42, 'the page was reloaded (marker lost)');
    assert.ok(await app.exec(`const p = document.querySelector('[data-testid="conversation-pane"]');
      return !!p && p.innerText.includes(arguments[0]);`, REPLY), 'the same conversation (with our reply) should still be open');
    const latin = chrome.filter((c) => /[A-Za-z]{3,}/.test(c.text) && !hasCjk(c.text)).map((c) => c.text);
    t.diagnostic(`${cjk.length}/${chrome.length} chrome texts in Chinese; Latin-only: ${JSON.stringify(latin)}`);
    await app.shot('zh-CN-inbox');
  });

  step('opens the help overlay with ? and closes it with Escape (zh-CN)', async (app) => {
    await app.blur();
    await app.press('?');
    const overlay = await app.waitVisible(tid('help-overlay'), 'the help overlay');
    assert.ok(hasCjk(await overlay.text()), 'the help overlay should be in Chinese');
    await app.shot('zh-CN-help');
    await app.press(Key.ESCAPE);
    await app.waitHidden(tid('help-overlay'), 'the help overlay');
  });
});
