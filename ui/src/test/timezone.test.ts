// The agent's time zone: chosen in the settings menu apart from the language, or followed from
// the OS; every time on screen re-renders in it at once, also when another window changes it.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { installBackend } from './backend';
import { SETTINGS } from './fixtures';
import { openFirstConversation } from './render';
import { FALLBACK_ZONES, availableZones, matchesZone, zoneEntries } from '../lib/timezones';

const texts = (testId: string) => screen.getAllByTestId(testId).map((e) => e.textContent?.trim());
const titles = (testId: string) => screen.getAllByTestId(testId).map((e) => e.getAttribute('title'));

async function openSettings() {
  await fireEvent.click(screen.getByTestId('settings-button'));
  return screen.getByTestId('time-zone-picker');
}

describe('time-zone choice', () => {
  it('offers "follow the system" and a searchable list of zones with their UTC offsets', async () => {
    installBackend();
    await openFirstConversation();
    const picker = await openSettings();
    const system = within(picker).getByTestId('time-zone-system');
    expect(system.textContent).toContain('Follow the system (\u2068Asia/Shanghai\u2069)');
    expect(system.textContent).toContain('UTC\u2068+08:00\u2069');
    expect(system.getAttribute('aria-pressed')).toBe('true');
    const all = within(picker).getAllByTestId('time-zone-option');
    expect(all.length).toBeGreaterThan(300);
    expect(all.map((o) => o.dataset.zone)).toContain('UTC');
    // West to east: the first zones are behind UTC, the last ones ahead.
    expect(all[0].textContent).toContain('−');
    expect(all[all.length - 1].textContent).toContain('+');

    await fireEvent.input(within(picker).getByTestId('time-zone-search'), { target: { value: 'sao paulo' } });
    const found = within(picker).getAllByTestId('time-zone-option');
    expect(found.map((o) => o.dataset.zone)).toEqual(['America/Sao_Paulo']);
    expect(found[0].textContent).toContain('UTC\u2068−03:00\u2069');

    await fireEvent.input(within(picker).getByTestId('time-zone-search'), { target: { value: 'zzz' } });
    expect(within(picker).queryAllByTestId('time-zone-option')).toHaveLength(0);
    expect(picker.textContent).toContain('No time zone matches “\u2068zzz\u2069”.');
  });

  it('re-renders list, thread and due times in the chosen zone without a reload, and follows the OS again', async () => {
    const backend = installBackend();
    await openFirstConversation();
    const before = { thread: texts('message-time'), rows: titles('row-time'), due: titles('header-due') };
    expect(before.thread[0]).toMatch(/3:00 PM/); // 07:00 UTC in Shanghai
    const picker = await openSettings();
    await fireEvent.input(within(picker).getByTestId('time-zone-search'), { target: { value: 'Sao_Paulo' } });
    await fireEvent.click(within(picker).getByTestId('time-zone-option'));
    await waitFor(() => expect(screen.getByTestId('settings-time-zone').textContent).toBe('America/Sao_Paulo'));
    expect(backend.callsOf('settings_set_time_zone')).toEqual([{ timeZone: 'America/Sao_Paulo' }]);
    expect(texts('message-time')[0]).toMatch(/4:00 AM/);
    expect(titles('row-time')).not.toEqual(before.rows);
    expect(titles('header-due')).not.toEqual(before.due);
    expect(within(picker).getByTestId('time-zone-system').getAttribute('aria-pressed')).toBe('false');
    expect(picker.querySelector('[data-zone="America/Sao_Paulo"]')?.getAttribute('aria-pressed')).toBe('true');

    await fireEvent.click(within(picker).getByTestId('time-zone-system'));
    await waitFor(() => expect(screen.getByTestId('settings-time-zone').textContent).toBe('Asia/Shanghai'));
    expect(backend.callsOf('settings_set_time_zone')[1]).toEqual({ timeZone: null });
    expect(texts('message-time')).toEqual(before.thread);
  });

  it('picks the first match with Enter in the search box', async () => {
    const backend = installBackend();
    await openFirstConversation();
    const picker = await openSettings();
    const search = within(picker).getByTestId('time-zone-search');
    await fireEvent.input(search, { target: { value: 'Tokyo' } });
    await fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(backend.callsOf('settings_set_time_zone')).toEqual([{ timeZone: 'Asia/Tokyo' }]));
  });

  it('follows the settings-changed event from the core', async () => {
    const backend = installBackend();
    await openFirstConversation();
    const before = texts('message-time');
    await backend.emit('settings-changed', { ...SETTINGS, time_zone: 'Europe/Berlin', time_zone_chosen: true });
    await waitFor(() => expect(texts('message-time')[0]).toMatch(/8:00 AM/));
    expect(texts('message-time')).not.toEqual(before);
  });

  it('shows a localized error for a zone the core does not know', async () => {
    installBackend({
      settings_set_time_zone: () => {
        throw { code: 'settings.unknown_time_zone', message_id: 'error-settings-unknown-time-zone', args: {} };
      },
    });
    await openFirstConversation();
    const picker = await openSettings();
    await fireEvent.click(within(picker).getAllByTestId('time-zone-option')[0]);
    expect((await screen.findByTestId('error-banner')).textContent).toContain('This time zone is not known.');
  });
});

describe('time-zone list', () => {
  it('falls back to about forty common zones when Intl cannot list them', () => {
    const zones = availableZones(['Asia/Shanghai', 'America/Punta_Arenas'], []);
    expect(FALLBACK_ZONES.length).toBeGreaterThanOrEqual(40);
    expect(zones).toEqual(expect.arrayContaining([...FALLBACK_ZONES, 'America/Punta_Arenas']));
    expect(new Set(zones).size).toBe(zones.length);
  });

  it('finds zones by city, by offset and by their name in the UI language', () => {
    const at = Date.UTC(2025, 0, 15);
    const entries = zoneEntries(FALLBACK_ZONES, 'zh-CN', at);
    const find = (q: string) => entries.filter((e) => matchesZone(e, q)).map((e) => e.zone);
    expect(find('buenos aires')).toEqual(['America/Argentina/Buenos_Aires']);
    expect(find('UTC+09')).toEqual(['Asia/Seoul', 'Asia/Tokyo']);
    expect(find('-03:00')).toEqual(expect.arrayContaining(['America/Sao_Paulo']));
    expect(find('日本')).toEqual(['Asia/Tokyo']);
  });
});
