// Keyboard-only triage in English: j/k move through the list, Enter opens, / focuses search,
// ? shows the shortcut help and Escape closes it.

import assert from 'node:assert/strict';
import { scenario } from '../lib/scenario.mjs';
import { Key, tid } from '../lib/harness.mjs';

/** data-index of the selected row (-1 when none), recognising the usual selection markers. */
const SELECTED_INDEX = `
  const rows = [...document.querySelectorAll('[data-testid="conversation-row"]')];
  const sel = rows.find((e) => e.getAttribute('aria-selected') === 'true'
    || e.getAttribute('data-selected') === 'true'
    || e.classList.contains('selected'));
  if (!sel) return -1;
  const i = Number(sel.getAttribute('data-index') ?? rows.indexOf(sel));
  return Number.isFinite(i) ? i : rows.indexOf(sel);`;

scenario('keyboard shortcuts (en-US)', {}, (step) => {
  let selected = -1;

  step('starts on the demo inbox', async (app) => {
    await app.waitVisible(tid('welcome'), 'the welcome screen');
    await app.click('welcome-demo');
    await app.wait(async () => (await app.rows()).length >= 5, 'at least 5 conversation rows');
    assert.equal(await app.exec('return document.documentElement.lang'), 'en-US', 'initial locale from BRIDGEDESK_LOCALE');
  });

  step('j and k move the selection', async (app, t) => {
    await app.blur();
    const start = await app.exec(SELECTED_INDEX);
    await app.press('j');
    const afterJ = await app.wait(async () => {
      const i = await app.exec(SELECTED_INDEX);
      return i === start + 1 && { i };
    }, `j to select row ${start + 1} (was ${start})`);
    await app.press('j');
    const afterJJ = await app.wait(async () => {
      const i = await app.exec(SELECTED_INDEX);
      return i === afterJ.i + 1 && { i };
    }, `a second j to select row ${afterJ.i + 1}`);
    await app.press('k');
    await app.wait(async () => (await app.exec(SELECTED_INDEX)) === afterJ.i, `k to go back to row ${afterJ.i}`);
    selected = afterJ.i;
    t.diagnostic(`selection: ${start} -j-> ${afterJ.i} -j-> ${afterJJ.i} -k-> ${afterJ.i}`);
    await app.shot('keyboard-j-k');
  });

  step('Enter opens the selected conversation', async (app) => {
    await app.press(Key.ENTER);
    await app.waitVisible(tid('conversation-pane'), 'the conversation pane');
    await app.wait(async () => (await app.visibleAll(tid('message'))).length > 0, 'messages in the pane');
    assert.equal(await app.exec(SELECTED_INDEX), selected, 'the opened conversation should stay selected');
    await app.shot('keyboard-enter');
  });

  step('/ focuses the search box', async (app) => {
    await app.blur();
    await app.press('/');
    await app.wait(async () => (await app.exec('return document.activeElement?.getAttribute("data-testid")')) === 'search-input',
      'search-input to have focus');
    const value = await app.exec('return document.activeElement.value');
    assert.equal(value, '', 'the "/" must not be typed into the search box');
    await app.shot('keyboard-slash');
    await app.press(Key.ESCAPE);
  });

  step('? shows the shortcut help and Escape closes it', async (app) => {
    await app.blur();
    await app.press('?');
    const overlay = await app.waitVisible(tid('help-overlay'), 'the help overlay');
    const text = await overlay.text();
    assert.match(text, /\bj\b/i, 'the help should list the j shortcut');
    await app.shot('keyboard-help');
    await app.press(Key.ESCAPE);
    await app.waitHidden(tid('help-overlay'), 'the help overlay');
  });
});
