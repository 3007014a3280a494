// Sentences built from Fluent messages and Intl: due times, time differences, delivery errors.
import { durationParts, hoursBetweenZones } from './format';
import { DURATIONS } from './labels';
import { hasMessage, t } from './i18n.svelte';

/** "2 h", "35 min", "3 days" in the UI locale. */
export function durationText(ms: number): string {
  const { unit, count } = durationParts(ms);
  return t(DURATIONS[unit], { count });
}

/** "due in 2 h" or "overdue 35 min", relative to `now`. */
export function dueText(dueAt: number, now: number): { text: string; overdue: boolean; soon: boolean } {
  const left = dueAt - now;
  const duration = durationText(left);
  if (left < 0) return { text: t('due-overdue', { duration }), overdue: true, soon: false };
  return { text: t('due-in', { duration }), overdue: false, soon: left < 2 * 3600_000 };
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
