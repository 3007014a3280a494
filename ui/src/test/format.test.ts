import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  durationParts,
  formatDateTime,
  formatMoney,
  formatShortTime,
  hoursBetweenZones,
  utcOffsetMinutes,
} from '../lib/format';
import { dueText, zoneDifferenceText } from '../lib/describe';
import { setLocale } from '../lib/i18n.svelte';

const WINTER = Date.UTC(2025, 0, 15, 12, 0);
const SUMMER = Date.UTC(2025, 6, 15, 12, 0);

describe('formatting', () => {
  it('shows list times without the year within the same year, whatever the ICU date pattern', () => {
    const now = Date.UTC(2026, 10, 23, 2, 0);
    const fourDaysAgo = Date.UTC(2026, 10, 19, 2, 0);
    const lastYear = Date.UTC(2025, 10, 19, 2, 0);
    expect(formatShortTime(fourDaysAgo, now, 'en-US', 'Asia/Shanghai')).toBe('Nov 19');
    expect(formatShortTime(lastYear, now, 'en-US', 'Asia/Shanghai')).toBe('Nov 19, 2025');
    expect(formatShortTime(now, now, 'en-US', 'Asia/Shanghai')).toMatch(/10:00/);
  });

  it('shows money from minor units with the currency’s own digits', () => {
    expect(currencyDigits('JPY', 'en-US')).toBe(0);
    expect(currencyDigits('USD', 'en-US')).toBe(2);
    expect(formatMoney(1598, 'EUR', 'en-US')).toBe('€15.98');
    expect(formatMoney(1598, 'JPY', 'en-US')).toBe('¥1,598');
    expect(formatMoney(123456, 'USD', 'zh-CN')).toBe('US$1,234.56');
  });

  it('formats instants in the agent’s zone', () => {
    expect(formatDateTime(WINTER, 'en-US', 'Asia/Shanghai')).toBe('Jan 15, 2025, 8:00 PM');
    expect(formatDateTime(WINTER, 'en-US', 'America/Mexico_City')).toBe('Jan 15, 2025, 6:00 AM');
  });

  it('computes UTC offsets across daylight saving time', () => {
    expect(utcOffsetMinutes('Europe/Berlin', WINTER)).toBe(60);
    expect(utcOffsetMinutes('Europe/Berlin', SUMMER)).toBe(120);
    expect(utcOffsetMinutes('Asia/Kolkata', WINTER)).toBe(330);
    expect(hoursBetweenZones('America/New_York', 'Asia/Shanghai', WINTER)).toBe(-13);
    expect(hoursBetweenZones('America/New_York', 'Asia/Shanghai', SUMMER)).toBe(-12);
  });

  it('describes the buyer’s clock against the agent’s', () => {
    setLocale('en-US');
    expect(zoneDifferenceText('America/Mexico_City', 'Asia/Shanghai', WINTER)).toMatch(/^−\u2068?14\u2069? h from you$/);
    expect(zoneDifferenceText('Asia/Kolkata', 'Europe/London', WINTER)).toMatch(/^\+\u2068?5\.5\u2069? h from you$/);
    expect(zoneDifferenceText('Asia/Shanghai', 'Asia/Shanghai', WINTER)).toBe('same time as you');
    setLocale('zh-CN');
    expect(zoneDifferenceText('Europe/Berlin', 'Asia/Shanghai', WINTER)).toMatch(/^比你慢 \u2068?7\u2069? 小时$/);
  });

  it('says how long until a deadline or how long it is overdue', () => {
    setLocale('en-US');
    const now = WINTER;
    const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');
    expect(strip(dueText(now + 2 * 3600_000, now).text)).toBe('due in 2 h');
    expect(strip(dueText(now - 35 * 60_000, now).text)).toBe('overdue 35 min');
    expect(dueText(now - 35 * 60_000, now).overdue).toBe(true);
    expect(strip(dueText(now + 3 * 86_400_000, now).text)).toBe('due in 3 days');
    setLocale('zh-CN');
    expect(strip(dueText(now + 2 * 3600_000, now).text)).toBe('2 小时后到期');
    expect(strip(dueText(now - 35 * 60_000, now).text)).toBe('已超时 35 分钟');
    expect(durationParts(90 * 60_000)).toEqual({ unit: 'hours', count: 2 });
  });
});
