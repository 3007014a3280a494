// Teams in the real app: the demo's two desks in the Teams tab of the SLA settings; a new team
// is added, a calendar is attached to it, a conversation is moved to it from its header and the
// audit of its clock names the team's calendar; deleting a team asks first; the same screens in
// Chinese.

import assert from 'node:assert/strict';
import { scenario } from '../lib/scenario.mjs';
import { Key, hasCjk, tid } from '../lib/harness.mjs';

/** Waits for two frames, so a screenshot shows what the DOM already says. */
const PAINTED = 'return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(true), 50))));';

/** The team rows of the Teams tab as [{id, name, calendar}]. */
const TEAM_ROWS = `
  return [...document.querySelectorAll('[data-testid="team-row"]')].map((e) => ({
    id: e.getAttribute('data-team-id'),
    name: (e.querySelector('[data-testid="team-name"]')?.textContent ?? '').trim(),
    calendar: (e.querySelector('[data-testid="team-calendar"]')?.textContent ?? '').replace(/[\\u2068\\u2069]/g, '').trim(),
  }));`;

/** The "which calendar" line of every open audit: [{metric, source, text}]. */
const AUDIT_CALENDARS = `
  return [...document.querySelectorAll('[data-testid="sla-clock"]')].flatMap((clock) =>
    [...clock.querySelectorAll('[data-testid="sla-audit-calendar"]')].map((e) => ({
      metric: clock.getAttribute('data-metric'),
      source: e.getAttribute('data-source'),
      text: e.textContent.replace(/[\\u2068\\u2069]/g, '').trim(),
    })));`;

scenario('Teams: desks, a team calendar, a conversation moved to a team and the audit naming it', {}, (step) => {
  let nightId = '';

  async function shot(app, name) {
    await app.exec(PAINTED);
    await app.shot(name);
  }

  async function openTeamsTab(app) {
    await app.openSettings();
    await app.click('settings-sla');
    await app.waitVisible(tid('sla-calendar-editor'), 'the calendar editor');
    await app.click('sla-tab-teams');
    await app.waitVisible(tid('teams-panel'), 'the Teams tab');
  }

  step('loads the demo and lists its two desks, the Europe desk on its own calendar', async (app, t) => {
    await app.waitVisible(tid('welcome'), 'the welcome screen');
    await app.click('welcome-demo');
    await app.wait(async () => (await app.rows()).length >= 5, 'at least 5 conversation rows');
    if (await app.isVisible(tid('sla-alert'))) {
      await app.click('sla-alert-dismiss');
      await app.waitHidden(tid('sla-alert'), 'the alert');
    }
    await openTeamsTab(app);
    const rows = await app.wait(async () => {
      const r = await app.exec(TEAM_ROWS);
      return r.length >= 2 && r;
    }, 'the demo teams');
    t.diagnostic(`teams: ${JSON.stringify(rows)}`);
    assert.deepEqual(rows.map((r) => r.name), ['Europe desk', 'Shenzhen desk']);
    assert.match(rows[0].calendar, /Europe desk/, 'the Europe desk has its own calendar');
  });

  step('adds teams and deletes one only after confirming', async (app, t) => {
    await app.type('team-new-name', 'Night desk');
    await app.click('team-add');
    await app.wait(async () => (await app.exec(TEAM_ROWS)).some((r) => r.name === 'Night desk'), 'the new team in the list');
    await app.type('team-new-name', 'Temporary desk');
    await app.click('team-add');
    const temp = await app.wait(async () => (await app.exec(TEAM_ROWS)).find((r) => r.name === 'Temporary desk'), 'the second new team');
    await app.exec(`document.querySelector('[data-testid="team-row"][data-team-id="${temp.id}"] [data-testid="team-delete"]').click(); return true;`);
    const confirm = await app.waitVisible(tid('team-delete-confirm'), 'the delete confirmation');
    const question = (await confirm.text()).replace(/[\u2068\u2069]/g, '');
    t.diagnostic(`confirmation: ${question}`);
    assert.match(question, /Temporary desk/);
    assert.ok((await app.exec(TEAM_ROWS)).some((r) => r.name === 'Temporary desk'), 'nothing is deleted before confirming');
    await shot(app, 'teams-delete-confirm-en-US');
    await app.click('team-delete-yes');
    await app.wait(async () => !(await app.exec(TEAM_ROWS)).some((r) => r.name === 'Temporary desk'), 'the deleted team to leave the list');
    nightId = (await app.exec(TEAM_ROWS)).find((r) => r.name === 'Night desk').id;
    await shot(app, 'teams-panel-en-US');
  });

  step('attaches a new calendar to the new team', async (app, t) => {
    await app.click('sla-tab-calendars');
    await app.waitVisible(tid('sla-calendar-editor'), 'the calendar editor');
    await app.click('sla-calendar-add');
    await app.type('sla-calendar-name', 'Night shift');
    await app.select('sla-calendar-attach', 'none');
    await app.select('sla-calendar-team', nightId);
    // Every day, round the clock except a short break: the team's deadlines differ from the
    // shop's and the default's.
    for (let day = 0; day < 7; day++) {
      if (day >= 5) await app.click(`sla-add-interval-${day}`);
      await app.type(`sla-interval-${day}-0`, '00:00-23:00');
    }
    await app.click('sla-calendar-save');
    await app.waitVisible(tid('sla-settings-saved'), 'the saved message');
    await shot(app, 'teams-calendar-attached-en-US');
    await app.click('sla-tab-teams');
    const night = await app.wait(async () => (await app.exec(TEAM_ROWS)).find((r) => r.name === 'Night desk' && /Night shift/.test(r.calendar)), 'the team listing its calendar');
    t.diagnostic(`team row: ${JSON.stringify(night)}`);
    await app.press(Key.ESCAPE);
    await app.waitHidden(tid('sla-settings'), 'the panel');
  });

  step('moves an e-mail conversation to the team and the audit names the team calendar', async (app, t) => {
    await app.select('filter-channel', 'email');
    await app.openFirstRow(tid('conversation-row'), 'an open e-mail conversation');
    await app.waitVisible(tid('sla-strip'), 'the SLA strip');
    await app.select('team-select', nightId);
    const chip = await app.waitVisible(tid('header-team'), 'the team in the header');
    assert.equal((await chip.text()).trim(), 'Night desk');
    await app.wait(async () => {
      await app.exec(`document.querySelectorAll('[data-testid="sla-clock"]:not([data-metric="marketplace"]) [data-testid="sla-audit-toggle"][aria-expanded="false"]').forEach((b) => b.click()); return true;`);
      const lines = await app.exec(AUDIT_CALENDARS);
      return lines.some((l) => l.source === 'team');
    }, 'an audit saying the clock counts on the team calendar');
    const lines = await app.exec(AUDIT_CALENDARS);
    t.diagnostic(`audit calendars: ${JSON.stringify(lines)}`);
    const team = lines.find((l) => l.source === 'team');
    assert.match(team.text, /Night shift/);
    assert.match(team.text, /Night desk/);
    await shot(app, 'teams-conversation-audit-en-US');
  });

  step('shows the header, the audit and the Teams tab in Chinese', async (app, t) => {
    await app.openSettings();
    await app.select('settings-locale', 'zh-CN');
    await app.wait(async () => (await app.exec('return document.documentElement.lang')) === 'zh-CN', '<html lang="zh-CN">');
    await app.closeSettings();
    const line = await app.wait(async () => {
      const l = (await app.exec(AUDIT_CALENDARS)).find((x) => x.source === 'team');
      return l && hasCjk(l.text) && l;
    }, 'the audit line in Chinese');
    t.diagnostic(`zh-CN audit: ${line.text}`);
    assert.match(line.text, /Night shift/);
    await shot(app, 'teams-conversation-audit-zh-CN');
    await openTeamsTab(app);
    assert.ok(hasCjk(await app.text('team-add')), 'the add button in Chinese');
    await shot(app, 'teams-panel-zh-CN');
    await app.press(Key.ESCAPE);
    await app.waitHidden(tid('sla-settings'), 'the panel');
  });
});
