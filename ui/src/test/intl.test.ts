// The same instants, amounts and durations formatted in en-US, zh-CN, de-DE, ja-JP and ar.
// Expectations are built from what Intl says about each locale (its digits, its hour cycle)
// rather than from bidi marks or one ICU version's exact punctuation, so they hold in Node and
// in WebKitGTK, yet check what an agent would notice: the right digits, order, clock and symbol.
import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelative,
  formatShortTime,
  formatUtcOffset,
} from '../lib/format';

const LOCALES = ['en-US', 'zh-CN', 'de-DE', 'ja-JP', 'ar'] as const;
/** 2025-01-15 13:05 UTC: 21:05 in Shanghai, 10:05 in São Paulo. */
const T = Date.UTC(2025, 0, 15, 13, 5);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `n` written in the locale's own digits, without grouping. */
const digits = (locale: string, n: number, min = 1) =>
  new Intl.NumberFormat(locale, { useGrouping: false, minimumIntegerDigits: min }).format(n);
/** Removes bidi and spacing marks so substrings can be compared. */
const plain = (s: string) => s.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '').replace(/[\u00a0\u202f]/g, ' ');
const uses12Hours = (locale: string) =>
  ['h11', 'h12'].includes(new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle ?? '');

describe('dates and times per locale', () => {
  it('shows the same instant in each locale with its own clock: 12 h in en-US and ar, 24 h in zh-CN, de-DE, ja-JP', () => {
    expect(LOCALES.filter(uses12Hours)).toEqual(['en-US', 'ar']);
    const shown = Object.fromEntries(LOCALES.map((l) => [l, plain(formatDateTime(T, l, 'Asia/Shanghai'))]));
    expect(shown['en-US']).toBe('Jan 15, 2025, 9:05 PM');
    expect(shown['zh-CN']).toBe('2025年1月15日 21:05');
    expect(shown['de-DE']).toBe('15.01.2025, 21:05');
    expect(shown['ja-JP']).toBe('2025/01/15 21:05');
    const ar = shown.ar;
    // Day, month, year in that logical order, in the digits Intl uses for Arabic, 9 (not 21) o'clock.
    const [day, month, year] = [digits('ar', 15), digits('ar', 1, 2), digits('ar', 2025)];
    expect(ar.indexOf(day)).toBeGreaterThanOrEqual(0);
    expect(ar.indexOf(day)).toBeLessThan(ar.indexOf(month, ar.indexOf(day) + day.length));
    expect(ar.indexOf(month, ar.indexOf(day) + day.length)).toBeLessThan(ar.indexOf(year));
    expect(ar).toContain(`${digits('ar', 9)}:${digits('ar', 5, 2)}`);
    expect(ar).not.toContain(digits('ar', 21));
    const pm = new Intl.DateTimeFormat('ar', { hour: 'numeric', timeZone: 'UTC' })
      .formatToParts(T + 8 * HOUR)
      .find((p) => p.type === 'dayPeriod')?.value;
    expect(pm).toBeTruthy();
    expect(ar).toContain(pm!);
  });

  it('moves the clock, not the format, when the zone changes', () => {
    expect(plain(formatDateTime(T, 'de-DE', 'America/Sao_Paulo'))).toBe('15.01.2025, 10:05');
    expect(plain(formatDateTime(T, 'ja-JP', 'America/Sao_Paulo'))).toBe('2025/01/15 10:05');
    expect(plain(formatDateTime(T, 'en-US', 'America/Sao_Paulo'))).toBe('Jan 15, 2025, 10:05 AM');
    // Past midnight in Shanghai the list shows the date; in São Paulo the same instant is today.
    const late = Date.UTC(2025, 0, 15, 17, 0);
    expect(plain(formatShortTime(T, late, 'zh-CN', 'Asia/Shanghai'))).toBe('1月15日');
    expect(plain(formatShortTime(T, late, 'zh-CN', 'America/Sao_Paulo'))).toBe('10:05');
    expect(plain(formatShortTime(T, late, 'de-DE', 'America/Sao_Paulo'))).toBe('10:05');
  });

  it('formats UTC offsets with the locale’s digits and a real minus sign', () => {
    expect(formatUtcOffset(480, 'en-US')).toBe('+08:00');
    expect(formatUtcOffset(-180, 'de-DE')).toBe('−03:00');
    expect(formatUtcOffset(345, 'ja-JP')).toBe('+05:45');
    expect(formatUtcOffset(180, 'ar')).toBe(`+${digits('ar', 3, 2)}:${digits('ar', 0, 2)}`);
  });
});

describe('relative times per locale', () => {
  const now = T;
  it('says "3 hours ago", "yesterday" and "in 2 days" in each language', () => {
    const rel = (offset: number, l: string) => plain(formatRelative(now + offset, now, l, 'UTC'));
    expect(LOCALES.map((l) => rel(-3 * HOUR, l))).toEqual([
      '3 hours ago',
      '3小时前',
      'vor 3 Stunden',
      '3 時間前',
      plain(new Intl.RelativeTimeFormat('ar').format(-3, 'hour')),
    ]);
    expect(rel(-3 * HOUR, 'ar')).toContain(digits('ar', 3));
    expect(LOCALES.map((l) => rel(-DAY, l))).toEqual(['yesterday', '昨天', 'gestern', '昨日', 'أمس']);
    expect(rel(2 * DAY, 'de-DE')).toBe('übermorgen');
    expect(rel(-20_000, 'en-US')).toBe('now');
    expect(rel(-12 * 60_000, 'ja-JP')).toBe('12 分前');
    expect(rel(-20 * DAY, 'en-US')).toBe('2 weeks ago');
    expect(rel(-400 * DAY, 'zh-CN')).toBe('去年');
  });

  it('counts whole days on the agent’s calendar, so 26 hours back is "2 days ago" at 01:00 but "yesterday" at 09:00', () => {
    const at = Date.UTC(2025, 0, 15, 1, 0); // 01:00 in UTC, 09:00 in Shanghai
    expect(formatRelative(at - 3 * HOUR, at, 'en-US', 'UTC')).toBe('3 hours ago');
    expect(formatRelative(at - 26 * HOUR, at, 'en-US', 'UTC')).toBe('2 days ago');
    expect(formatRelative(at - 26 * HOUR, at, 'en-US', 'Asia/Shanghai')).toBe('yesterday');
    expect(formatRelative(at - 50 * HOUR, at, 'de-DE', 'Asia/Shanghai')).toBe('vorgestern');
  });
});

describe('no hard-coded formatting locale', () => {
  const sources = import.meta.glob('/src/**/*.{ts,svelte}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
  it('formats in the UI locale everywhere; en-US only for the fallback and internal date parts', () => {
    const uses: Record<string, number> = {};
    for (const [path, text] of Object.entries(sources)) {
      if (path.includes('/test/')) continue;
      const n = text.split('\n').filter((line) => /['"]en-US['"]|hour12|toLocale\w*String\(\)/.test(line)).length;
      if (n) uses[path] = n;
    }
    expect(uses).toEqual({
      '/src/lib/format.ts': 2, // dayKey and utcOffsetMinutes read numeric date parts
      '/src/lib/i18n.svelte.ts': 1, // DEFAULT_LOCALE
      '/src/lib/timezones.ts': 1, // the ASCII offset the zone search matches
    });
  });
});

describe('numbers, money and percentages per locale', () => {
  it('shows JPY without decimals and EUR with two, with each locale’s separators and symbol place', () => {
    expect(plain(formatMoney(1598, 'JPY', 'en-US'))).toBe('¥1,598');
    expect(plain(formatMoney(1598, 'JPY', 'ja-JP'))).toMatch(/^[¥￥]1,598$/);
    expect(plain(formatMoney(1598, 'JPY', 'de-DE'))).toBe('1.598 ¥');
    expect(plain(formatMoney(1598, 'JPY', 'zh-CN'))).toBe('JP¥1,598');
    expect(plain(formatMoney(123450, 'EUR', 'de-DE'))).toBe('1.234,50 €');
    expect(plain(formatMoney(123450, 'EUR', 'zh-CN'))).toBe('€1,234.50');
    for (const l of LOCALES) {
      const yen = plain(formatMoney(1598, 'JPY', l));
      const decimal = new Intl.NumberFormat(l).formatToParts(1.5).find((p) => p.type === 'decimal')!.value;
      expect(yen.includes(decimal), `${l}: ${yen}`).toBe(false);
    }
  });

  it('writes Arabic amounts with the digits and separators Intl gives for ar', () => {
    const amount = plain(formatMoney(123456, 'SAR', 'ar'));
    const grouped = plain(new Intl.NumberFormat('ar', { minimumFractionDigits: 2 }).format(1234.56));
    expect(amount).toContain(grouped);
    const symbol = new Intl.NumberFormat('ar', { style: 'currency', currency: 'SAR' })
      .formatToParts(1)
      .find((p) => p.type === 'currency')!.value;
    expect(amount).toContain(plain(symbol));
    expect(plain(formatNumber(1234567, 'ar'))).toBe(plain(new Intl.NumberFormat('ar').format(1234567)));
  });

  it('formats percentages per locale', () => {
    expect(formatPercent(0.125, 'en-US')).toBe('12.5%');
    expect(plain(formatPercent(0.125, 'de-DE'))).toBe('12,5 %');
    expect(formatPercent(0.125, 'zh-CN')).toBe('12.5%');
    expect(plain(formatPercent(0.125, 'ar'))).toContain(plain(new Intl.NumberFormat('ar', { maximumFractionDigits: 1 }).format(12.5)));
    expect(formatNumber(1234567.5, 'de-DE')).toBe('1.234.567,5');
  });
});
