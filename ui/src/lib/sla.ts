// SLA clocks as the UI shows them: the colour level of a deadline, the buyer's night and weekend
// at an instant, which clocks the strip shows, and the Fluent message id of every SLA code the
// core sends (metrics, statuses, audit events and reasons, marketplace rules, policies). The
// ids live in maps, never built from the codes, so the locale test sees every one of them.
import type { SlaClockView, SlaView } from './bindings';
import { utcOffsetMinutes } from './format';

export type SlaMetric = 'first_response' | 'next_response' | 'resolution' | 'total_resolution' | 'marketplace';
export type SlaStatus = 'running' | 'paused' | 'satisfied' | 'breached' | 'stopped';
export type SlaEvent =
  | 'started'
  | 'paused'
  | 'resumed'
  | 'satisfied'
  | 'breached'
  | 'stopped'
  | 'reopened'
  | 'ignored'
  | 'excluded'
  | 'calendar_time_fallback';
export type SlaReason =
  | 'buyer_message'
  | 'oldest_unanswered_buyer_message'
  | 'agent_reply'
  | 'status_pending'
  | 'status_open'
  | 'resolved'
  | 'closed'
  | 'deadline_passed'
  | 'auto_reply'
  | 'internal_note'
  | 'reply_not_accepted'
  | 'not_human_author'
  | 'no_response_needed'
  | 'holiday_mode'
  | 'seller_initiated'
  | 'calendar_missing'
  | 'item_not_received_opened'
  | 'item_not_received_answered'
  | 'first_reply_only';
export type MarketplaceRule = 'amazon_24h' | 'shopee_12h' | 'tiktok_shop_12h' | 'lazada_daily_cycle' | 'ebay_item_not_received';

/** Where a deadline stands: no deadline, comfortably ahead, inside the warning lead, past due. */
export type SlaLevel = 'none' | 'safe' | 'warning' | 'breached';

/** What the state chip of a clock says, at the moment shown (a running clock may breach live). */
export type SlaChip = 'running' | 'warning' | 'paused' | 'satisfied' | 'breached' | 'stopped';

export const SLA_METRICS: Record<SlaMetric, string> = {
  first_response: 'sla-metric-first-response',
  next_response: 'sla-metric-next-response',
  resolution: 'sla-metric-resolution',
  total_resolution: 'sla-metric-total-resolution',
  marketplace: 'sla-metric-marketplace',
};

export const SLA_CHIPS: Record<SlaChip, string> = {
  running: 'sla-chip-running',
  warning: 'sla-chip-warning',
  paused: 'sla-chip-paused',
  satisfied: 'sla-chip-satisfied',
  breached: 'sla-chip-breached',
  stopped: 'sla-chip-stopped',
};

export const SLA_EVENTS: Record<SlaEvent, string> = {
  started: 'sla-event-started',
  paused: 'sla-event-paused',
  resumed: 'sla-event-resumed',
  satisfied: 'sla-event-satisfied',
  breached: 'sla-event-breached',
  stopped: 'sla-event-stopped',
  reopened: 'sla-event-reopened',
  ignored: 'sla-event-ignored',
  excluded: 'sla-event-excluded',
  calendar_time_fallback: 'sla-event-calendar-time-fallback',
};

export const SLA_REASONS: Record<SlaReason, string> = {
  buyer_message: 'sla-reason-buyer-message',
  oldest_unanswered_buyer_message: 'sla-reason-oldest-unanswered-buyer-message',
  agent_reply: 'sla-reason-agent-reply',
  status_pending: 'sla-reason-status-pending',
  status_open: 'sla-reason-status-open',
  resolved: 'sla-reason-resolved',
  closed: 'sla-reason-closed',
  deadline_passed: 'sla-reason-deadline-passed',
  auto_reply: 'sla-reason-auto-reply',
  internal_note: 'sla-reason-internal-note',
  reply_not_accepted: 'sla-reason-reply-not-accepted',
  not_human_author: 'sla-reason-not-human-author',
  no_response_needed: 'sla-reason-no-response-needed',
  holiday_mode: 'sla-reason-holiday-mode',
  seller_initiated: 'sla-reason-seller-initiated',
  calendar_missing: 'sla-reason-calendar-missing',
  item_not_received_opened: 'sla-reason-item-not-received-opened',
  item_not_received_answered: 'sla-reason-item-not-received-answered',
  first_reply_only: 'sla-reason-first-reply-only',
};

export const SLA_RULES: Record<MarketplaceRule, string> = {
  amazon_24h: 'sla-rule-amazon-24h',
  shopee_12h: 'sla-rule-shopee-12h',
  tiktok_shop_12h: 'sla-rule-tiktok-shop-12h',
  lazada_daily_cycle: 'sla-rule-lazada-daily-cycle',
  ebay_item_not_received: 'sla-rule-ebay-item-not-received',
};

/** What each marketplace rule demands, shown as the rule name's tooltip. */
export const SLA_RULE_HINTS: Record<MarketplaceRule, string> = {
  amazon_24h: 'sla-rule-amazon-24h-hint',
  shopee_12h: 'sla-rule-shopee-12h-hint',
  tiktok_shop_12h: 'sla-rule-tiktok-shop-12h-hint',
  lazada_daily_cycle: 'sla-rule-lazada-daily-cycle-hint',
  ebay_item_not_received: 'sla-rule-ebay-item-not-received-hint',
};

/** The team's policies (ids of the core's defaults); another id is shown as it is. */
export const SLA_POLICIES: Record<string, string> = {
  urgent: 'sla-policy-urgent',
  chat: 'sla-policy-chat',
  'marketplace-chat': 'sla-policy-marketplace-chat',
  email: 'sla-policy-email',
};

/** Every id the maps above refer to, for the locale completeness test. */
export const SLA_LABEL_IDS: string[] = [SLA_METRICS, SLA_CHIPS, SLA_EVENTS, SLA_REASONS, SLA_RULES, SLA_RULE_HINTS, SLA_POLICIES].flatMap(
  (m) => Object.values(m),
);

/** The message id for `code` in `map`, or null for a code this UI does not know yet. */
export function slaLabelId(map: Record<string, string>, code: string): string | null {
  return Object.prototype.hasOwnProperty.call(map, code) ? map[code] : null;
}

/** The colour level of a deadline at `now`: breached at or past due, warning from `warnAt`. */
export function slaLevel(now: number, warnAt: number | null, dueAt: number | null): SlaLevel {
  if (dueAt == null) return 'none';
  if (now >= dueAt) return 'breached';
  if (warnAt != null && now >= warnAt) return 'warning';
  return 'safe';
}

/** True while the clock still counts towards (or past) its due instant. */
export function isCounting(clock: SlaClockView): boolean {
  // A breached clock keeps the status "breached" after the conversation is resolved; its audit
  // says it stopped, and then it no longer counts (no live "overdue" for closed work).
  return (
    clock.satisfied_at == null &&
    clock.paused_remaining_ms == null &&
    clock.status !== 'stopped' &&
    clock.status !== 'satisfied' &&
    stoppedAt(clock) == null
  );
}

/** The chip of a clock at `now`: the core's status, with the live warning and breach of a running clock. */
export function slaChip(clock: SlaClockView, now: number): SlaChip {
  if (isCounting(clock)) {
    const level = slaLevel(now, clock.warn_at, clock.due_at);
    if (level === 'breached' || clock.status === 'breached') return 'breached';
    if (level === 'warning') return 'warning';
    return 'running';
  }
  if (clock.paused_remaining_ms != null || clock.status === 'paused') return 'paused';
  if (clock.status === 'breached') return 'breached';
  if (clock.status === 'satisfied' || clock.satisfied_at != null) return 'satisfied';
  return 'stopped';
}

/** The clocks the strip shows: the latest of each metric (next response runs in cycles), in order. */
export function shownClocks(sla: SlaView): SlaClockView[] {
  const latest = new Map<string, SlaClockView>();
  for (const clock of sla.clocks) latest.set(clock.metric, clock);
  return [...latest.values()];
}

/** When a clock ended without being met, from its audit trail. */
export function stoppedAt(clock: SlaClockView): number | null {
  const entry = [...clock.audit].reverse().find((e) => e.event === 'stopped');
  return entry?.at ?? null;
}

/** The buyer's night (22:00–07:00) and weekend (Saturday, Sunday) at instant `ms` in their zone. */
export function buyerHints(ms: number, timeZone: string): { night: boolean; weekend: boolean } {
  const local = new Date(ms + utcOffsetMinutes(timeZone, ms) * 60_000);
  const hour = local.getUTCHours();
  const day = local.getUTCDay();
  return { night: hour >= 22 || hour < 7, weekend: day === 0 || day === 6 };
}

/** A countdown split into at most two units: minutes; hours and minutes below two days; days and hours. */
export function countdownParts(ms: number): { days: number; hours: number; minutes: number } {
  const total = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (total < 60) return { days: 0, hours: 0, minutes: total };
  if (total < 48 * 60) return { days: 0, hours: Math.floor(total / 60), minutes: total % 60 };
  const hours = Math.round(total / 60);
  return { days: Math.floor(hours / 24), hours: hours % 24, minutes: 0 };
}
