// SLA display: the colour level of a deadline, the countdown, the buyer's night and weekend, the
// strip's three time axes for a marketplace clock, the audit sentences and a paused clock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { installBackend } from './backend';
import { NOW } from './fixtures';
import { LAZADA_SLA, PAUSED_SLA, clock, detailWithSla } from './slaFixtures';
import { renderInbox } from './render';
import { buyerHints, countdownParts, isCounting, slaChip, slaLevel } from '../lib/sla';
import { auditSentence, countdownText, dueText } from '../lib/describe';
import { setLocale } from '../lib/i18n.svelte';

const MIN = 60_000;
const HOUR = 60 * MIN;
/** Without Fluent's bidi isolation marks. */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** Freezes the wall clock at the fixtures' NOW; the app's 30 s tick runs on fake intervals. */
function atNow() {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(NOW);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('SLA levels and countdowns', () => {
  it('colours a deadline safe, warning from warn_at, breached from due_at', () => {
    const due = NOW + HOUR;
    const warn = NOW + 30 * MIN;
    expect(slaLevel(NOW, warn, due)).toBe('safe');
    expect(slaLevel(warn - 1, warn, due)).toBe('safe');
    expect(slaLevel(warn, warn, due)).toBe('warning');
    expect(slaLevel(due - 1, warn, due)).toBe('warning');
    expect(slaLevel(due, warn, due)).toBe('breached');
    expect(slaLevel(due + HOUR, warn, due)).toBe('breached');
    expect(slaLevel(NOW, null, due)).toBe('safe');
    expect(slaLevel(NOW, warn, null)).toBe('none');
  });

  it('stops counting a breached clock once the conversation was resolved without a reply', () => {
    const breached = clock({ status: 'breached', due_at: NOW - 4 * HOUR, breached_at: NOW - 4 * HOUR });
    expect(isCounting(breached)).toBe(true);
    const resolved = { ...breached, audit: [...breached.audit, { at: NOW - HOUR, event: 'stopped', reason: 'resolved' }] };
    expect(isCounting(resolved)).toBe(false);
    expect(slaChip(resolved, NOW)).toBe('breached');
  });

  it('counts down to the minute in at most two units, in each language', () => {
    setLocale('en-US');
    expect(countdownParts(2 * HOUR + 10 * MIN)).toEqual({ days: 0, hours: 2, minutes: 10 });
    expect(plain(countdownText(2 * HOUR + 10 * MIN))).toBe('2 h 10 min');
    expect(plain(countdownText(35 * MIN))).toBe('35 min');
    expect(plain(countdownText(20 * 1000))).toBe('1 min');
    expect(plain(countdownText(3 * 24 * HOUR + 4 * HOUR))).toBe('3 days 4 h');
    expect(plain(dueText(NOW + 2 * HOUR + 10 * MIN, NOW).text)).toBe('due in 2 h 10 min');
    expect(plain(dueText(NOW - 35 * MIN, NOW).text)).toBe('overdue 35 min');
    setLocale('zh-CN');
    expect(plain(dueText(NOW + 2 * HOUR + 10 * MIN, NOW).text)).toBe('2 小时 10 分钟后到期');
    expect(plain(dueText(NOW - 35 * MIN, NOW).text)).toBe('已超时 35 分钟');
    setLocale('ja-JP');
    expect(plain(countdownText(2 * HOUR + 10 * MIN))).toBe('2時間10分');
    setLocale('ar');
    expect(plain(countdownText(2 * HOUR + 10 * MIN))).toBe('ساعتان و10 دقائق');
  });

  it('marks the buyer’s night (22:00–07:00) and weekend (Saturday, Sunday) in their own zone', () => {
    // Saturday 2025-03-08 01:14 UTC is 02:14 on Saturday in Berlin and 09:14 in Shanghai.
    const t = Date.UTC(2025, 2, 8, 1, 14);
    expect(buyerHints(t, 'Europe/Berlin')).toEqual({ night: true, weekend: true });
    expect(buyerHints(t, 'Asia/Shanghai')).toEqual({ night: false, weekend: true });
    // Friday evening in Los Angeles at the same instant: 17:14, neither.
    expect(buyerHints(t, 'America/Los_Angeles')).toEqual({ night: false, weekend: false });
    expect(buyerHints(Date.UTC(2025, 2, 10, 21, 59), 'UTC')).toEqual({ night: false, weekend: false });
    expect(buyerHints(Date.UTC(2025, 2, 10, 22, 0), 'UTC').night).toBe(true);
    expect(buyerHints(Date.UTC(2025, 2, 10, 6, 59), 'UTC').night).toBe(true);
    expect(buyerHints(Date.UTC(2025, 2, 10, 7, 0), 'UTC').night).toBe(false);
  });

  it('turns a running clock into a live warning or breach', () => {
    const running = LAZADA_SLA.clocks[1];
    expect(slaChip(running, NOW)).toBe('running');
    expect(slaChip(running, running.warn_at!)).toBe('warning');
    expect(slaChip(running, running.due_at!)).toBe('breached');
    expect(slaChip(LAZADA_SLA.clocks[0], NOW)).toBe('satisfied');
    expect(slaChip(PAUSED_SLA.clocks[0], NOW)).toBe('paused');
  });

  it('writes each audit entry as a sentence in the agent’s language', () => {
    const entry = { at: NOW, event: 'paused', reason: 'status_pending' };
    setLocale('en-US');
    expect(plain(auditSentence(entry))).toBe('Paused — status set to Pending, waiting on the buyer');
    expect(plain(auditSentence({ at: NOW, event: 'ignored', reason: 'auto_reply' }))).toBe('Not counted — an automatic reply never counts');
    expect(plain(auditSentence({ at: NOW, event: 'breached', reason: 'deadline_passed' }))).toBe(
      'Breached — the deadline passed without a qualifying reply',
    );
    // A code this UI does not know yet is shown as it is rather than dropped.
    expect(plain(auditSentence({ at: NOW, event: 'snoozed', reason: 'status_pending' }))).toBe('snoozed — status set to Pending, waiting on the buyer');
    setLocale('zh-CN');
    expect(plain(auditSentence(entry))).toBe('暂停：状态改为等待中，等待买家回复');
  });
});

describe('SLA in the inbox and the conversation', () => {
  it('marks rows safe, warning or breached and counts down every 30 s without asking the core', async () => {
    atNow();
    const backend = installBackend();
    await renderInbox();
    const rows = () => screen.getAllByTestId('conversation-row');
    // Fixture i is due at NOW + (i − 3) × 30 min and warns an hour before.
    expect(rows().slice(0, 7).map((r) => r.dataset.sla)).toEqual(['breached', 'breached', 'breached', 'breached', 'warning', 'warning', 'safe']);
    const due = (i: number) => within(rows()[i]).getByTestId('row-due');
    expect(plain(due(6).textContent)).toBe('due in 1 h 30 min');
    expect(plain(due(1).textContent)).toBe('overdue 1 h');
    expect(due(4).classList.contains('sla-warning')).toBe(true);
    expect(due(1).classList.contains('sla-breached')).toBe(true);
    const listCalls = backend.callsOf('inbox_list').length;

    vi.advanceTimersByTime(30 * MIN);
    await tick();
    expect(plain(due(6).textContent)).toBe('due in 1 h');
    expect(rows()[6].dataset.sla).toBe('warning');
    expect(rows()[4].dataset.sla).toBe('breached');
    expect(backend.callsOf('inbox_list')).toHaveLength(listCalls);
  });

  it('shows a marketplace clock on three time axes: the agent’s zone, the buyer’s, the marketplace’s', async () => {
    atNow();
    installBackend({ conversation_open: (a) => detailWithSla(a.id as number, LAZADA_SLA) });
    await renderInbox();
    screen.getAllByTestId('conversation-row')[5].click();
    const strip = await screen.findByTestId('sla-strip');
    expect(strip.dataset.policy).toBe('marketplace-chat');
    const clocks = within(strip).getAllByTestId('sla-clock');
    expect(clocks.map((c) => c.dataset.metric)).toEqual(['first_response', 'next_response', 'resolution', 'marketplace']);
    expect(clocks.map((c) => c.dataset.chip)).toEqual(['satisfied', 'running', 'running', 'running']);

    const market = clocks[3];
    expect(market.dataset.rule).toBe('lazada_daily_cycle');
    expect(plain(within(market).getByTestId('sla-countdown').textContent)).toBe('due in 3 h');
    expect(plain(within(market).getByTestId('sla-basis').textContent)).toBe('calendar time');
    // 11:00 UTC: 19:00 in Shanghai (the agent), 04:00 Monday in Los Angeles (the buyer), 19:00 in Kuala Lumpur.
    const agent = within(market).getByTestId('sla-due-agent');
    expect(plain(agent.textContent)).toBe('Due Mon, Mar 10, 7:00 PM (your time)');
    expect(agent.dataset.timeZone).toBe('Asia/Shanghai');
    const buyer = within(market).getByTestId('sla-due-buyer');
    expect(plain(buyer.textContent)).toBe('Mon 4:00 AM for the buyer night');
    expect(buyer.dataset.night).toBe('true');
    expect(buyer.dataset.weekend).toBe('false');
    expect(within(buyer).getByTestId('sla-hint-night').textContent).toBe('night');
    const place = within(market).getByTestId('sla-due-marketplace');
    expect(place.dataset.timeZone).toBe('Asia/Kuala_Lumpur');
    expect(plain(place.textContent)).toMatch(/^Mon, Mar 10, 7:00 PM (Malaysia Time|Asia\/Kuala_Lumpur)$/);
    expect(place.getAttribute('title')).toContain('Asia/Kuala_Lumpur');

    // Internal clocks have the agent's and the buyer's axes only; a met clock has none.
    expect(within(clocks[1]).queryByTestId('sla-due-marketplace')).toBeNull();
    expect(within(clocks[1]).getByTestId('sla-due-buyer')).toBeTruthy();
    expect(within(clocks[0]).queryByTestId('sla-due-agent')).toBeNull();
    expect(plain(within(clocks[0]).getByTestId('sla-countdown').textContent)).toBe('met Mon, Mar 10, 12:00 PM');

    // The strip follows the app's clock: past the warning instant the chip says so.
    vi.advanceTimersByTime(70 * MIN);
    await tick();
    expect(within(strip).getAllByTestId('sla-clock')[1].dataset.chip).toBe('warning');
    expect(plain(within(strip).getAllByTestId('sla-chip')[1].textContent)).toBe('Due soon');
  });

  it('explains a clock on “Why?”: the policy, the target and each event with its time in the agent’s zone', async () => {
    atNow();
    installBackend({ conversation_open: (a) => detailWithSla(a.id as number, LAZADA_SLA) });
    await renderInbox();
    screen.getAllByTestId('conversation-row')[5].click();
    const first = (await screen.findAllByTestId('sla-clock'))[0];
    expect(within(first).queryByTestId('sla-audit')).toBeNull();
    const toggle = within(first).getByTestId('sla-audit-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(plain(toggle.getAttribute('title'))).toBe('Show the 3 events behind this clock');
    await fireEvent.click(toggle);
    const audit = within(first).getByTestId('sla-audit');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(audit.id);
    expect(plain(within(audit).getByTestId('sla-audit-policy').textContent)).toBe('Policy: Marketplace chat, version 1');
    expect(plain(audit.textContent)).toContain('target 4 h of business hours');
    const entries = within(audit).getAllByTestId('sla-audit-entry');
    expect(entries.map((e) => plain(e.querySelector('.sentence')?.textContent))).toEqual([
      'Started — the buyer wrote',
      'Not counted — an automatic reply never counts',
      "Met — an agent's public reply, accepted by the channel",
    ]);
    expect(plain(entries[2].querySelector('time')?.textContent)).toBe('Mar 10, 2025, 12:00 PM');

    const market = screen.getAllByTestId('sla-clock')[3];
    await fireEvent.click(within(market).getByTestId('sla-audit-toggle'));
    expect(plain(within(market).getByTestId('sla-audit-rule').textContent)).toBe('Rule: Lazada daily cycle');
  });

  it('shows a paused clock with its frozen remaining time and no deadline', async () => {
    atNow();
    installBackend({ conversation_open: (a) => detailWithSla(a.id as number, PAUSED_SLA) });
    await renderInbox();
    screen.getAllByTestId('conversation-row')[0].click();
    const paused = await screen.findByTestId('sla-clock');
    expect(paused.dataset.chip).toBe('paused');
    expect(plain(within(paused).getByTestId('sla-chip').textContent)).toBe('Paused (waiting on the buyer)');
    expect(plain(within(paused).getByTestId('sla-countdown').textContent)).toBe('1 h 20 min left, frozen');
    expect(within(paused).queryByTestId('sla-due-agent')).toBeNull();
    // Frozen means frozen: an hour later it still has 1 h 20 min.
    vi.advanceTimersByTime(HOUR);
    await tick();
    expect(plain(within(paused).getByTestId('sla-countdown').textContent)).toBe('1 h 20 min left, frozen');
    await fireEvent.click(within(paused).getByTestId('sla-audit-toggle'));
    expect(within(paused).getAllByTestId('sla-audit-entry').map((e) => e.dataset.event)).toEqual(['started', 'paused']);
    expect(plain(within(paused).getByTestId('sla-audit-policy').textContent)).toBe('Policy: E-mail, version 2');
  });

  it('re-reads the clocks when the status changes: pending pauses them', async () => {
    atNow();
    let pending = false;
    const open = (id: number) => {
      const d = detailWithSla(id, pending ? PAUSED_SLA : LAZADA_SLA);
      return pending ? { ...d, summary: { ...d.summary, status: 'pending' as const, due_at: null, warn_at: null } } : d;
    };
    installBackend({
      conversation_open: (a) => open(a.id as number),
      conversation_set_status: (a) => {
        pending = a.status === 'pending';
        return open(a.id as number).summary;
      },
    });
    await renderInbox();
    screen.getAllByTestId('conversation-row')[5].click();
    await waitFor(() => expect(screen.getAllByTestId('sla-clock')).toHaveLength(4));
    await fireEvent.click(screen.getByTestId('action-pending'));
    await waitFor(() => expect(screen.getAllByTestId('sla-clock').map((c) => c.dataset.chip)).toEqual(['paused']));
    expect(screen.queryByTestId('header-due')).toBeNull();
  });

  it('shows no strip for a conversation without clocks', async () => {
    installBackend();
    await renderInbox();
    screen.getAllByTestId('conversation-row')[0].click();
    await waitFor(() => expect(screen.getByTestId('conversation-pane').dataset.id).toBe('1'));
    expect(screen.queryByTestId('sla-strip')).toBeNull();
  });
});
