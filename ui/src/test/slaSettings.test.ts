// The SLA settings panel's pure edits: imported holidays replace the days on the same dates
// and stay sorted, condition check boxes add and remove values, hours and languages parse
// from what an agent types, and a new calendar opens Monday to Friday.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { installBackend } from './backend';
import { renderInbox } from './render';
import type { CalendarDay } from '../lib/bindings';
import { copy, hoursText, mergeDays, newCalendar, newPolicy, parseHours, parseLanguages, toggle } from '../components/sla-settings/draft';

const day = (date: string, kind: CalendarDay['kind'], label = ''): CalendarDay => ({ date, kind, label, hours: [] });

describe('SLA settings edits', () => {
  it('imported days replace the same dates and keep the list sorted by date', () => {
    const mine = [day('2026-12-24', 'half_day', 'Christmas Eve'), day('2026-10-01', 'closed', 'Stock-taking')];
    const imported = [day('2026-10-01', 'holiday', 'National Day'), day('2026-02-14', 'working_day', 'Make-up day')];
    const merged = mergeDays(mine, imported);
    expect(merged.map((d) => [d.date, d.kind])).toEqual([
      ['2026-02-14', 'working_day'],
      ['2026-10-01', 'holiday'],
      ['2026-12-24', 'half_day'],
    ]);
    expect(mine[1].kind).toBe('closed');
  });

  it('toggles condition values without duplicates', () => {
    expect(toggle(['email'], 'shopee', true)).toEqual(['email', 'shopee']);
    expect(toggle(['email', 'shopee'], 'shopee', true)).toEqual(['email', 'shopee']);
    expect(toggle(['email', 'shopee'], 'email', false)).toEqual(['shopee']);
  });

  it('parses the hours and languages an agent types', () => {
    expect(parseHours(' 09:00 - 12:00, 13:30-15:00 ;')).toEqual(['09:00-12:00', '13:30-15:00']);
    expect(hoursText(['09:00-12:00', '13:30-15:00'])).toBe('09:00-12:00, 13:30-15:00');
    expect(parseLanguages('es, pt-BR  ja;;')).toEqual(['es', 'pt-BR', 'ja']);
  });

  it('starts a new calendar open Monday to Friday in the given zone, and a new policy with business targets', () => {
    const calendar = newCalendar('Europe/Berlin');
    expect(calendar.zone).toBe('Europe/Berlin');
    expect(calendar.weekly.map((d) => d.length)).toEqual([1, 1, 1, 1, 1, 0, 0]);
    expect(calendar.is_default).toBe(false);
    const policy = newPolicy();
    expect(policy.id).toBe('');
    expect(policy.first_response).toEqual({ minutes: 240, business: true, calendar_id: '' });
    const edited = copy(policy);
    edited.conditions.channels.push('email');
    expect(policy.conditions.channels).toEqual([]);
  });
});

describe('SLA settings panel', () => {
  async function openPanel() {
    const backend = installBackend();
    await renderInbox();
    await fireEvent.click(screen.getByTestId('settings-button'));
    await fireEvent.click(await screen.findByTestId('settings-sla'));
    await screen.findByTestId('sla-calendar-editor');
    return backend;
  }

  it('opens from the settings menu with the calendar, imports a holiday set and saves', async () => {
    const backend = await openPanel();
    expect((screen.getByTestId('sla-calendar-name') as HTMLInputElement).value).toBe('Shenzhen');
    expect(screen.getAllByTestId('sla-day-row')).toHaveLength(1);
    await fireEvent.change(screen.getByTestId('sla-holiday-set'), { target: { value: 'us-2027' } });
    await fireEvent.click(screen.getByTestId('sla-import-holidays'));
    await waitFor(() => expect(screen.getAllByTestId('sla-day-row')).toHaveLength(2));
    expect(backend.callsOf('sla_holiday_set')).toEqual([{ region: 'us', year: 2027 }]);
    await fireEvent.click(screen.getByTestId('sla-calendar-save'));
    await waitFor(() => expect(backend.callsOf('sla_calendar_save')).toHaveLength(1));
    const saved = backend.callsOf('sla_calendar_save')[0].calendar;
    expect(saved.days.map((d) => d.date)).toEqual(['2026-10-01', '2027-11-25']);
    expect(await screen.findByTestId('sla-settings-saved')).toBeTruthy();
  });

  it('shows a refused .ics import as a localized message', async () => {
    await openPanel();
    const file = new File(['BEGIN:VCALENDAR'], 'broken.ics', { type: 'text/calendar' });
    await fireEvent.change(screen.getByTestId('sla-import-ics'), { target: { files: [file] } });
    const error = await screen.findByTestId('sla-import-error');
    expect(error.textContent).toContain('.ics');
    expect(error.textContent).toContain('3');
  });

  it('moves a policy, saves a new version, deletes one, recomputes and closes with Escape', async () => {
    const backend = await openPanel();
    await fireEvent.click(screen.getByTestId('sla-tab-policies'));
    const items = () => screen.getAllByTestId('sla-policy-item').map((li) => li.dataset.id);
    expect(items()).toEqual(['urgent', 'email']);
    await fireEvent.click(within(screen.getAllByTestId('sla-policy-item')[1]).getByTestId('sla-policy-up'));
    await waitFor(() => expect(items()).toEqual(['email', 'urgent']));
    expect(backend.callsOf('sla_policy_move')).toEqual([{ id: 'email', offset: -1 }]);
    await fireEvent.input(screen.getByTestId('sla-policy-name'), { target: { value: 'E-mail (weekdays)' } });
    await fireEvent.click(screen.getByTestId('sla-policy-save'));
    await waitFor(() => expect(backend.callsOf('sla_policy_save')).toHaveLength(1));
    expect(backend.callsOf('sla_policy_save')[0].policy.name).toBe('E-mail (weekdays)');
    await waitFor(() => expect(screen.getAllByTestId('sla-policy-item')[0].textContent?.replace(/[\u2068\u2069]/g, '')).toContain('v2'));
    await fireEvent.click(screen.getAllByTestId('sla-policy-item')[1].querySelector('button')!);
    await fireEvent.click(await screen.findByTestId('sla-policy-delete'));
    await waitFor(() => expect(items()).toEqual(['email']));
    expect(backend.callsOf('sla_policy_delete')).toEqual([{ id: 'urgent' }]);
    await fireEvent.click(screen.getByTestId('sla-recompute'));
    expect((await screen.findByTestId('sla-recompute-result')).textContent).toContain('17');
    await fireEvent.keyDown(screen.getByTestId('sla-settings'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('sla-settings')).toBeNull());
  });

  it('shows the breach alert and opens the most urgent conversation from it', async () => {
    const backend = installBackend();
    await renderInbox();
    const row = screen.getAllByTestId('conversation-row')[1];
    const id = Number(row.dataset.id);
    await backend.emit('sla-warning', { count: 2, most_urgent_id: id, most_urgent_subject: 'Parcel stuck', most_urgent_due_at: Date.now() + 600_000 });
    const alert = await screen.findByTestId('sla-alert');
    expect(alert.textContent).toContain('Parcel stuck');
    await fireEvent.click(within(alert).getByTestId('sla-alert-open'));
    await waitFor(() => expect(screen.getByTestId('conversation-pane').dataset.id).toBe(String(id)));
    expect(screen.queryByTestId('sla-alert')).toBeNull();
  });
});
