// Locale- and zone-aware formatting with Intl: times in the agent's zone (or the buyer's),
// money in the order's currency, names of countries and languages. Pure functions: the
// locale, the zone and "now" are arguments, so tests are deterministic.

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.RelativeTimeFormat;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** A DateTimeFormat; an unknown zone falls back to UTC rather than throwing. */
export function dateFormat(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `d|${locale}|${timeZone}|${JSON.stringify(options)}`;
  return cached(key, () => {
    try {
      return new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    }
  });
}

/** Full date and time, e.g. "Mar 3, 2025, 14:05". */
export function formatDateTime(ms: number, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** A date without time. */
export function formatDate(ms: number, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone, { dateStyle: 'medium' }).format(ms);
}

/** Weekday and time, e.g. "Tue 09:41" — a buyer's clock. */
export function formatClock(ms: number, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(ms);
}

/** Weekday, day and time, e.g. "Tue, Mar 11, 2:05 PM" — a deadline, unambiguous within weeks. */
export function formatDue(ms: number, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(ms);
}

/** "YYYY-MM-DD" of the instant in the zone. Built from parts: the pattern of a formatted date
 * differs between ICU versions (WebKitGTK formats en-CA as "11/19/2026", Node as "2026-11-19"). */
function dayKey(ms: number, timeZone: string): string {
  const parts = dateFormat('en-US', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Compact list time: the time today, the day this year, the date otherwise. */
export function formatShortTime(ms: number, now: number, locale: string, timeZone: string): string {
  if (dayKey(ms, timeZone) === dayKey(now, timeZone)) {
    return dateFormat(locale, timeZone, { hour: 'numeric', minute: '2-digit' }).format(ms);
  }
  const sameYear = dayKey(ms, timeZone).slice(0, 4) === dayKey(now, timeZone).slice(0, 4);
  return dateFormat(
    locale,
    timeZone,
    sameYear ? { month: 'short', day: 'numeric' } : { year: 'numeric', month: 'short', day: 'numeric' },
  ).format(ms);
}

/** Offset of `timeZone` from UTC at instant `ms`, in minutes (east positive). */
export function utcOffsetMinutes(timeZone: string, ms: number): number {
  const parts = dateFormat('en-US', timeZone, {
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  const whole = Math.floor(ms / 1000) * 1000;
  return Math.round((asUtc - whole) / 60000);
}

/** Hours that `zone` is ahead of (positive) or behind (negative) `reference` at `ms`. */
export function hoursBetweenZones(zone: string, reference: string, ms: number): number {
  return (utcOffsetMinutes(zone, ms) - utcOffsetMinutes(reference, ms)) / 60;
}

/** Digits after the decimal point of a currency, per Intl (JPY 0, USD 2, KWD 3). */
export function currencyDigits(currency: string, locale: string): number {
  try {
    return cached(`c|${locale}|${currency}`, () =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }),
    ).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** An amount in minor units (cents) as money in its currency. */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency, locale);
  const value = amountMinor / 10 ** digits;
  try {
    return cached(`c|${locale}|${currency}`, () =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }),
    ).format(value);
  } catch {
    return `${value.toFixed(digits)} ${currency}`;
  }
}

/** A fraction (0.25) as a percentage in the locale ("25%", "25 %", "٪٢٥"). */
export function formatPercent(fraction: number, locale: string, maximumFractionDigits = 1): string {
  return cached(`p|${locale}|${maximumFractionDigits}`, () =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }),
  ).format(fraction);
}

/** An offset from UTC in minutes as "+08:00" / "−03:00" / "+05:45", in the locale's digits. */
export function formatUtcOffset(minutes: number, locale: string): string {
  const two = cached(`2d|${locale}`, () => new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false }));
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '−' : '+'}${two.format(Math.floor(abs / 60))}:${two.format(abs % 60)}`;
}

const DAY_MS = 86_400_000;

/**
 * How long ago (or ahead) `ms` is from `now`, in words of the locale: "now", "5 minutes ago",
 * "yesterday", "in 3 days", "last month". Whole days are counted on the calendar of `timeZone`,
 * so "yesterday" means the agent's yesterday.
 */
export function formatRelative(ms: number, now: number, locale: string, timeZone: string): string {
  const rtf = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const diff = ms - now;
  const abs = Math.abs(diff);
  const sign = diff < 0 ? -1 : 1;
  if (abs < 60_000) return rtf.format(0, 'second');
  if (abs < 3_600_000) return rtf.format(sign * Math.floor(abs / 60_000), 'minute');
  const days = Math.round((Date.parse(dayKey(ms, timeZone)) - Date.parse(dayKey(now, timeZone))) / DAY_MS);
  if (abs < DAY_MS || days === 0) return rtf.format(sign * Math.floor(abs / 3_600_000), 'hour');
  const n = Math.abs(days);
  if (n < 7) return rtf.format(days, 'day');
  if (n < 30) return rtf.format(sign * Math.floor(n / 7), 'week');
  if (n < 365) return rtf.format(sign * Math.floor(n / 30), 'month');
  return rtf.format(sign * Math.floor(n / 365), 'year');
}

/** A number in the locale's digits and separators. */
export function formatNumber(value: number, locale: string): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

function displayName(locale: string, type: 'region' | 'language', code: string): string {
  if (!code) return '';
  try {
    return (cached(`dn|${locale}|${type}`, () => new Intl.DisplayNames([locale], { type })) as Intl.DisplayNames).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A country's name from its ISO 3166 code, in the UI locale. */
export function countryName(code: string, locale: string): string {
  return displayName(locale, 'region', code.toUpperCase());
}

/** A language's name from its BCP 47 code, in the UI locale. */
export function languageName(code: string, locale: string): string {
  return displayName(locale, 'language', code);
}

/** A duration split for a message: whole minutes (at least 1) below an hour, hours below two days, days. */
export function durationParts(ms: number): { unit: 'minutes' | 'hours' | 'days'; count: number } {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60000));
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { unit: 'hours', count: hours };
  return { unit: 'days', count: Math.round(hours / 24) };
}

/** The agent's own zone as the OS reports it. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
