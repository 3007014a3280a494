// The agent's time-zone choices: every IANA zone the engine knows (Intl.supportedValuesOf),
// or a short list of common ones where that is missing, each with its offset from UTC now and
// its name in the UI language ("Brasilia Time", "巴西利亚时间"), searchable by any of them.
import { formatUtcOffset, utcOffsetMinutes } from './format';

/** Common zones of sellers and their buyers, for engines without Intl.supportedValuesOf. */
export const FALLBACK_ZONES: readonly string[] = [
  'UTC',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/Mexico_City',
  'America/New_York',
  'America/Toronto',
  'America/Bogota',
  'America/Lima',
  'America/Santiago',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'Atlantic/Azores',
  'Europe/London',
  'Europe/Lisbon',
  'Europe/Madrid',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Rome',
  'Europe/Warsaw',
  'Europe/Athens',
  'Europe/Istanbul',
  'Europe/Moscow',
  'Africa/Lagos',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Asia/Riyadh',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Dhaka',
  'Asia/Bangkok',
  'Asia/Ho_Chi_Minh',
  'Asia/Jakarta',
  'Asia/Kuala_Lumpur',
  'Asia/Singapore',
  'Asia/Manila',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Seoul',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
];

/**
 * The zones to offer: the engine's list (or the fallback) without the Etc/GMT±N zones, whose
 * POSIX signs read backwards (Etc/GMT+3 is UTC−3), always with UTC and `extra`.
 */
export function availableZones(extra: readonly string[] = [], supported = supportedZones()): string[] {
  const zones = new Set((supported.length ? supported : FALLBACK_ZONES).filter((z) => !z.startsWith('Etc/')));
  for (const z of ['UTC', ...extra]) if (z) zones.add(z);
  return [...zones];
}

function supportedZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

const names = new Map<string, string>();

/** The zone's generic name in the locale ("Brasilia Time"), or '' if the engine has none. */
export function zoneName(zone: string, locale: string, at: number): string {
  const key = `${locale}|${zone}`;
  let name = names.get(key);
  if (name === undefined) {
    name = '';
    for (const style of ['longGeneric', 'long'] as const) {
      try {
        const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
          .formatToParts(at)
          .find((p) => p.type === 'timeZoneName');
        // Engines without a name answer "GMT+8"; that says nothing the offset does not.
        if (part && !/^(GMT|UTC)([+−-]|$)/.test(part.value)) name = part.value;
        break;
      } catch {
        // Unknown style or zone: try the next style.
      }
    }
    names.set(key, name);
  }
  return name;
}

export interface ZoneEntry {
  zone: string;
  /** Offset from UTC at the time asked for, in minutes. */
  offset: number;
  /** "+08:00" in the locale's digits. */
  offsetText: string;
  /** The zone's name in the locale, may be ''. */
  name: string;
  /** Lower-case text a search matches against. */
  haystack: string;
}

/** Every zone with its offset and name at `at`, west to east, then by name. */
export function zoneEntries(zones: readonly string[], locale: string, at: number): ZoneEntry[] {
  return zones
    .map((zone) => {
      const offset = utcOffsetMinutes(zone, at);
      const offsetText = formatUtcOffset(offset, locale);
      const name = zoneName(zone, locale, at);
      // Internal: the offset in ASCII too, so "utc+8" or "-03" typed on any keyboard matches.
      const latin = formatUtcOffset(offset, 'en-US').replace('−', '-');
      const haystack = `${zone} ${zone.replace(/_/g, ' ')} ${name} ${offsetText} utc${latin} gmt${latin}`.toLowerCase();
      return { zone, offset, offsetText, name, haystack };
    })
    .sort((a, b) => a.offset - b.offset || a.zone.localeCompare(b.zone));
}

/** True when every word of the query occurs in the entry ("sao paulo", "+08", "巴西"). */
export function matchesZone(entry: ZoneEntry, query: string): boolean {
  const words = query.toLowerCase().replace(/−/g, '-').split(/\s+/).filter(Boolean);
  return words.every((w) => entry.haystack.includes(w));
}
