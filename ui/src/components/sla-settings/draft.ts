// Pure helpers of the SLA settings panel: copies of the stored settings that the forms edit,
// and the edits themselves (merging imported days, adding intervals, toggling conditions), so
// the components stay thin and the logic is tested without a browser.
import type { CalendarDay, CalendarSettings, PolicySettings, TargetSettings } from '../../lib/bindings';

/** Monday … Sunday: the message ids of the weekday names. */
export const WEEKDAY_IDS = [
  'sla-settings-day-mon',
  'sla-settings-day-tue',
  'sla-settings-day-wed',
  'sla-settings-day-thu',
  'sla-settings-day-fri',
  'sla-settings-day-sat',
  'sla-settings-day-sun',
] as const;

/** The kinds of a dated day, with their message ids. */
export const DAY_KINDS: Record<CalendarDay['kind'], string> = {
  holiday: 'sla-settings-kind-holiday',
  working_day: 'sla-settings-kind-working-day',
  closed: 'sla-settings-kind-closed',
  half_day: 'sla-settings-kind-half-day',
  special_hours: 'sla-settings-kind-special-hours',
};

/** Customer grades, with their message ids. */
export const GRADES: Record<string, string> = {
  a: 'sla-settings-grade-a',
  b: 'sla-settings-grade-b',
  ordinary: 'sla-settings-grade-ordinary',
  small: 'sla-settings-grade-small',
  blacklist: 'sla-settings-grade-blacklist',
};

/** The built-in holiday sets' regions, with their message ids (the name with the year). */
export const REGION_IDS: Record<string, string> = {
  cn: 'sla-settings-region-cn',
  us: 'sla-settings-region-us',
  de: 'sla-settings-region-de',
  br: 'sla-settings-region-br',
};

/** The three metrics a policy sets targets for, with their message ids. */
export const METRICS = [
  ['first_response', 'sla-settings-metric-first'],
  ['next_response', 'sla-settings-metric-next'],
  ['resolution', 'sla-settings-metric-resolution'],
] as const;

export type MetricKey = (typeof METRICS)[number][0];

/** A deep copy the form may change without touching what was loaded. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A new, empty calendar in `zone`: Monday to Friday 09:00–18:00. */
export function newCalendar(zone: string): CalendarSettings {
  const weekly = Array.from({ length: 7 }, (_, day) => (day < 5 ? ['09:00-18:00'] : []));
  return { id: '', name: '', zone, weekly, days: [], store_id: null, team_id: null, is_default: false };
}

/** Imported days replace the calendar's days on the same dates; the list stays sorted. */
export function mergeDays(days: readonly CalendarDay[], imported: readonly CalendarDay[]): CalendarDay[] {
  const byDate = new Map(days.map((d) => [d.date, d] as const));
  for (const day of imported) byDate.set(day.date, { ...day, hours: [...day.hours] });
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Adds `value` to the list when `on`, removes it otherwise (conditions' check boxes). */
export function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  const without = list.filter((v) => v !== value);
  return on ? [...without, value] : without;
}

/** A new policy placed last: no conditions, e-mail-like targets in business time. */
export function newPolicy(): PolicySettings {
  const target = (minutes: number): TargetSettings => ({ minutes, business: true, calendar_id: '' });
  return {
    id: '',
    name: '',
    version: 0,
    conditions: { channels: [], store_ids: [], priorities: [], grades: [], categories: [], languages: [] },
    first_response: target(240),
    next_response: target(240),
    resolution: target(45 * 60),
    warn_before_minutes: 60,
  };
}

/** Comma- or space-separated language tags. */
export function parseLanguages(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The day's hours as the form shows them, and back. */
export function hoursText(hours: readonly string[]): string {
  return hours.join(', ');
}
export function parseHours(text: string): string[] {
  return text
    .split(/[,;]+/)
    .map((s) => s.replace(/\s+/g, ''))
    .filter((s) => s.length > 0);
}

/** Every message id the panel picks from a map (for the locale completeness test). */
export const SLA_SETTINGS_LABEL_IDS: string[] = [
  ...WEEKDAY_IDS,
  ...Object.values(DAY_KINDS),
  ...Object.values(GRADES),
  ...Object.values(REGION_IDS),
  ...METRICS.map(([, id]) => id),
  'sla-settings-saved-calendar',
  'sla-settings-saved-policy',
  'sla-settings-deleted-policy',
];
