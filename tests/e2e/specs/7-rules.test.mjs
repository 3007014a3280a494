// Triage and rules in the real app: create a rule in the rule editor, dry-run it over the last
// conversations, enable it, simulate a new buyer message (developer menu, demo only) and see the
// rule act; insert a Spanish template with its preview in Chinese (agent locale zh-CN); the
// check before sending flags a link in a Shopee reply. The rule editor with its dry run, the
// template picker and the send check are photographed in en-US and zh-CN.

import assert from 'node:assert/strict';
import { scenario } from '../lib/scenario.mjs';
import { hasCjk, Key, tid } from '../lib/harness.mjs';

const RULE_NAME = 'Damaged parcels are urgent';
const PAINTED = 'return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(true), 80))));';
const COUNT = 'return document.querySelectorAll(arguments[0]).length;';
const ATTR = 'const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;';
const TEXT = 'const e = document.querySelector(arguments[0]); return e ? e.textContent : null;';
/** Our rule's row in the list (the demo also brings the seed scenarios' rules, switched off). */
const OURS = `[data-testid="rule-row"][data-name="${RULE_NAME}"]`;
/** The first nested condition group of the rule editor. */
const NESTED = '[data-testid="condition-group"][data-depth="1"]';
/** Picks an option of the <select> matching a CSS selector, as a user's pick does. */
const PICK = `const sel = document.querySelector(arguments[0]); if (!sel) return false; sel.value = arguments[1];
  sel.dispatchEvent(new Event('input', { bubbles: true })); sel.dispatchEvent(new Event('change', { bubbles: true })); return true;`;
const CLICK = 'const e = document.querySelector(arguments[0]); if (!e) return false; e.click(); return true;';

scenario('Rules: editor, dry run, a rule acting, templates and the send check', {}, (step) => {
  async function shot(app, name) {
    await app.exec(PAINTED);
    await app.shot(name);
  }

  async function openRules(app) {
    await app.openSettings();
    await app.click('settings-open-rules');
    await app.waitVisible(tid('rules-panel'), 'the rules panel');
  }

  async function dryRun(app) {
    await app.click('rule-dry-run');
    await app.wait(async () => (await app.exec(COUNT, tid('dry-run-row'))) >= 10, 'dry run rows');
  }

  async function openFiltered(app, filter, value) {
    await app.select(filter, value);
    await app.wait(async () => {
      const rows = await app.rows();
      return rows.length > 0 && (filter !== 'filter-channel' || rows.every((r) => r.channel === value));
    }, `rows filtered by ${value}`);
    await app.click('conversation-row');
    await app.waitVisible(tid('composer-input'), 'the composer');
  }

  step('loads the demo: rows carry triage categories and badges', async (app, t) => {
    await app.waitVisible(tid('welcome'), 'the welcome screen');
    await app.click('welcome-demo');
    await app.wait(async () => (await app.rows()).length >= 5, 'conversation rows');
    const badges = await app.exec(COUNT, `${tid('conversation-row')} ${tid('row-category')}`);
    assert.ok(badges >= 5, 'every row shows its category');
    t.diagnostic(`${await app.exec(COUNT, tid('badge-logistics'))} logistics and ${await app.exec(COUNT, tid('badge-risk'))} dispute-risk badges in view`);
  });

  step('creates a rule in the editor and dry-runs it over the last 50 conversations', async (app, t) => {
    await openRules(app);
    await app.click('rules-new');
    await app.type('rule-name', RULE_NAME);
    await app.click('rule-add-condition');
    await app.select('condition-kind', 'logistics_problem');
    // A logistics-problem check starts with "damaged" chosen (its chips toggle any of the problems).
    assert.equal(await app.exec(ATTR, `${tid('condition-value')} [data-value="damaged"]`, 'aria-pressed'), 'true');
    // A nested group: none of (the buyer is blacklisted).
    await app.click('rule-add-group');
    await app.exec(PICK, `${NESTED} ${tid('rule-match')}`, 'none');
    await app.exec(PICK, `${NESTED} ${tid('condition-kind')}`, 'blacklisted');
    await app.wait(async () => (await app.exec(ATTR, `${NESTED} ${tid('condition-row')}`, 'data-kind')) === 'blacklisted', 'the nested check');
    await app.click('rule-add-action');
    await app.select('action-kind', 'tag');
    await app.type('action-value', 'damage-claim');
    await app.exec('document.querySelector(arguments[0]).dispatchEvent(new Event("change", { bubbles: true })); return true;', tid('action-value'));
    await dryRun(app);
    const rows = await app.exec(`return [...document.querySelectorAll('[data-testid="dry-run-row"]')].map((r) => ({
      matched: r.getAttribute('data-matched'), why: r.querySelector('td:nth-child(3)').innerText.trim() }));`);
    assert.ok(rows.every((r) => r.why.length > 0), 'every row says why');
    const matched = rows.filter((r) => r.matched === 'true');
    t.diagnostic(`dry run: ${matched.length} of ${rows.length} match; e.g. "${(matched[0] ?? rows[0]).why.split('\n')[0]}"`);
    assert.match(rows.find((r) => r.matched === 'false')?.why ?? 'Logistics problem', /Logistics problem/);
    assert.equal(await app.exec(ATTR, NESTED, 'data-kind'), 'none', 'the nested group is "none of"');
    await shot(app, 'rules-editor-dry-run-en');
  });

  step('saves and enables the rule', async (app, t) => {
    const starters = await app.exec(COUNT, tid('rule-row'));
    t.diagnostic(`${starters} starter rules (switched off) came with the demo`);
    await app.click('rule-save');
    await app.wait(async () => (await app.exec(COUNT, OURS)) === 1, 'the saved rule in the list');
    assert.equal(await app.exec(COUNT, tid('rule-row')), starters + 1);
    assert.equal(await app.exec(ATTR, OURS, 'data-enabled'), 'false', 'a new rule starts switched off');
    assert.ok(await app.exec(CLICK, `${OURS} ${tid('rule-enabled')}`), 'the on/off switch of the rule');
    await app.wait(async () => (await app.exec(ATTR, OURS, 'data-enabled')) === 'true', 'the rule switched on');
    await app.click('rules-close');
    await app.waitHidden(tid('rules-panel'), 'the rules panel');
  });

  step('re-grades every buyer with new thresholds and refuses contradicting ones', async (app, t) => {
    await openRules(app);
    await app.waitVisible(tid('grade-thresholds'), 'the grade thresholds');
    const keyA = () => app.exec(COUNT, `${tid('conversation-row')}[data-grade="key_a"]`);
    const before = await keyA();
    // One order of a dollar makes a key customer A.
    for (const [field, value] of [['aOrders', '1'], ['aValue', '1'], ['bOrders', '1'], ['bValue', '1'], ['small', '0']]) {
      await app.type(`grades-${field}`, value);
    }
    await app.click('grades-save');
    await app.waitVisible(tid('grades-saved'), 'the thresholds saved');
    await app.click('rules-close');
    await app.wait(async () => (await keyA()) > before, 'more key A buyers in the list');
    t.diagnostic(`key A rows in view: ${before} before, ${await keyA()} after`);
    await openRules(app);
    await app.type('grades-bOrders', '3');
    await app.click('grades-save');
    const refused = await app.waitVisible(tid('grades-problem'), 'the refusal');
    assert.match(await refused.text(), /as many orders/);
    await app.exec('document.querySelector(arguments[0]).scrollIntoView({ block: "center" }); return true;', tid('grades-problem'));
    await shot(app, 'grade-thresholds-refused-en');
    await app.click('rules-close');
    await app.waitHidden(tid('rules-panel'), 'the rules panel');
  });

  step('simulates a new buyer message and sees the rule tag it', async (app, t) => {
    await app.openSettings();
    await app.exec('document.querySelector(arguments[0]).open = true; return true;', tid('settings-developer'));
    await app.click('simulate-buyer-message');
    await app.wait(async () => {
      const tags = await app.exec(`return [...document.querySelectorAll('[data-testid="tag-chip"]')].map((e) => e.getAttribute('data-tag'));`);
      return tags.includes('damage-claim');
    }, 'the rule’s tag on the conversation');
    await app.waitVisible(tid('rule-run'), 'the rule run in the customer panel');
    const run = await app.exec(TEXT, tid('rule-run'));
    assert.match(run, /Damaged parcels are urgent/);
    assert.equal(await app.exec(ATTR, `${tid('conversation-pane')} ${tid('badge-logistics')}`, 'data-problem'), 'damaged');
    t.diagnostic(`rule run: ${run.replace(/\s+/g, ' ').trim()}`);
    if (await app.isVisible(tid('settings-menu'))) await app.closeSettings();
    await shot(app, 'rule-acted-en');
  });

  step('inserts a Spanish template with a preview in English', async (app) => {
    await openFiltered(app, 'filter-language', 'es');
    await app.click('template-open');
    await app.waitVisible(tid('template-picker'), 'the template picker');
    await app.type('template-search', 'where');
    await app.wait(async () => (await app.exec(ATTR, tid('template-text'), 'data-language')) === 'es', 'the Spanish variant');
    assert.equal(await app.exec(ATTR, tid('template-preview'), 'data-language'), 'en');
    await shot(app, 'template-picker-en');
    await app.click('template-insert');
    await app.wait(async () => (await app.exec('return document.querySelector(arguments[0]).value;', tid('composer-input'))).length > 50, 'the template in the composer');
  });

  step('the send check flags a link in a Shopee reply', async (app) => {
    await app.select('filter-language', '');
    await openFiltered(app, 'filter-channel', 'shopee');
    await app.type('composer-input', 'You can track it here: https://example.com/track/SPX123');
    await app.click('composer-send');
    await app.waitVisible(tid('send-check'), 'the send check');
    assert.equal(await app.exec(ATTR, tid('send-check'), 'data-blocked'), 'true');
    assert.equal(await app.exec(TEXT, tid('send-check-mark')), 'https://example.com/track/SPX123');
    assert.equal(await app.exec(ATTR, tid('send-check-finding'), 'data-code'), 'link');
    await shot(app, 'send-check-en');
  });

  step('in zh-CN: the rule editor dry run, a Spanish template previewed in Chinese, the send check', async (app) => {
    await app.openSettings();
    await app.select('settings-locale', 'zh-CN');
    await app.wait(async () => (await app.exec('return document.documentElement.lang;')) === 'zh-CN', 'the UI in zh-CN');
    await app.openSettings();
    await app.click('settings-open-rules');
    await app.waitVisible(tid('rules-panel'), 'the rules panel');
    assert.ok(await app.exec(CLICK, `${OURS} ${tid('rule-edit')}`), 'the rule’s edit button');
    await app.waitVisible(tid('rule-form'), 'the rule editor');
    await dryRun(app);
    const why = await app.exec(TEXT, `${tid('dry-run-row')} td:nth-child(3)`);
    assert.ok(hasCjk(why), `the dry run explains in Chinese: ${why}`);
    await shot(app, 'rules-editor-dry-run-zh-CN');
    await app.click('rules-close');

    await app.select('filter-channel', '');
    await openFiltered(app, 'filter-language', 'es');
    await app.click('template-open');
    await app.waitVisible(tid('template-picker'), 'the template picker');
    await app.wait(async () => (await app.exec(ATTR, tid('template-text'), 'data-language')) === 'es', 'the Spanish variant');
    assert.equal(await app.exec(ATTR, tid('template-preview'), 'data-language'), 'zh');
    assert.ok(hasCjk(await app.exec(TEXT, tid('template-preview'))), 'the preview is in Chinese');
    assert.ok(!hasCjk(await app.exec(TEXT, tid('template-text'))), 'the text for the buyer is Spanish');
    await shot(app, 'template-picker-zh-CN');
    await app.press(Key.ESCAPE);

    await app.select('filter-language', '');
    await openFiltered(app, 'filter-channel', 'shopee');
    await app.type('composer-input', '请通过这个链接查询物流：https://example.com/track/SPX123');
    await app.click('composer-send');
    await app.waitVisible(tid('send-check'), 'the send check');
    assert.ok(hasCjk(await app.exec(TEXT, tid('send-check-finding'))), 'the finding is explained in Chinese');
    await shot(app, 'send-check-zh-CN');
  });

  step('in zh-CN: the grade thresholds and their refusal', async (app) => {
    await openRules(app);
    // The panel remembers the rule being edited; leave the editor for the settings beside it.
    if (await app.isVisible(tid('rule-form'))) await app.click('rule-cancel');
    await app.type('grades-small', '5');
    await app.click('grades-save');
    const refused = await app.waitVisible(tid('grades-problem'), 'the refusal');
    assert.ok(hasCjk(await refused.text()), 'the refusal is in Chinese');
    await app.exec('document.querySelector(arguments[0]).scrollIntoView({ block: "center" }); return true;', tid('grades-problem'));
    await shot(app, 'grade-thresholds-refused-zh-CN');
    await app.click('rules-close');
  });
});
