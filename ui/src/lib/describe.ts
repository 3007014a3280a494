// Sentences built from Fluent messages and Intl: due times and countdowns, time differences,
// delivery errors, and the SLA clocks' audit lines.
import type { SlaAuditView, SlaView } from './bindings';
import { durationParts, hoursBetweenZones } from './format';
import { DURATIONS } from './labels';
import { SLA_EVENTS, SLA_POLICIES, SLA_REASONS, countdownParts, slaLabelId } from './sla';
import { hasMessage, t } from './i18n.svelte';

/** "2 h", "35 min", "3 days" in the UI locale (one unit, rounded). */
export function durationText(ms: number): string {
  const { unit, count } = durationParts(ms);
  return t(DURATIONS[unit], { count });
}

/** A countdown to the minute in at most two units: "35 min", "2 h 10 min", "3 days 4 h". */
export function countdownText(ms: number): string {
  const { days, hours, minutes } = countdownParts(ms);
  const units = [
    days ? t(DURATIONS['days'], { count: days }) : '',
    hours ? t(DURATIONS['hours'], { count: hours }) : '',
    minutes ? t(DURATIONS['minutes'], { count: minutes }) : '',
  ].filter(Boolean);
  return units.length === 2 ? t('sla-duration-pair', { larger: units[0], smaller: units[1] }) : units[0];
}

/** "due in 2 h 10 min" or "overdue 35 min", relative to `now`. */
export function dueText(dueAt: number, now: number): { text: string; overdue: boolean } {
  const left = dueAt - now;
  const duration = countdownText(left);
  if (left < 0) return { text: t('due-overdue', { duration }), overdue: true };
  return { text: t('due-in', { duration }), overdue: false };
}

/** The buyer's clock against the agent's: "−6 h from you", or "same time as you". */
export function zoneDifferenceText(buyerZone: string, agentZone: string, now: number): string {
  const hours = hoursBetweenZones(buyerZone, agentZone, now);
  if (hours === 0) return t('buyer-time-same');
  const abs = Math.abs(hours);
  return hours < 0 ? t('buyer-time-behind', { hours: abs }) : t('buyer-time-ahead', { hours: abs });
}

/** Why a delivery failed, from its Fluent message id. */
export function deliveryErrorText(messageId: string): string {
  return hasMessage(messageId) ? t(messageId) : t('delivery-error-unknown', { code: messageId });
}

/** The label of an SLA code through its map; a code this UI does not know yet shows as it is. */
function slaLabel(map: Record<string, string>, code: string): string {
  const id = slaLabelId(map, code);
  return id ? t(id) : code;
}

/** One line of a clock's audit: "Paused — status set to Pending (waiting on the buyer)". */
export function auditSentence(entry: SlaAuditView): string {
  return t('sla-audit-entry', { event: slaLabel(SLA_EVENTS, entry.event), reason: slaLabel(SLA_REASONS, entry.reason) });
}

/** Which policy set the clocks: "Policy: Marketplace chat, version 1". */
export function policyText(sla: SlaView): string {
  return t('sla-audit-policy', { policy: slaLabel(SLA_POLICIES, sla.policy_id), version: sla.policy_version });
}
