// Teams in the UI: the Teams tab lists, adds, renames and deletes (only after confirming) through
// the core; a calendar is attached to a team; the conversation header shows and changes the
// team; the filter bar narrows by team; the audit says which calendar a clock counted on and why.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { installBackend } from './backend';
import { openFirstConversation, renderInbox } from './render';
import { LAZADA_SLA, clock, detailWithSla } from './slaFixtures';
import { calendarText } from '../components/teams/calendarText';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function openTeamsTab() {
  const backend = installBackend();
  await renderInbox();
  await fireEvent.click(screen.getByTestId('settings-button'));
  await fireEvent.click(await screen.findByTestId('settings-sla'));
  await screen.findByTestId('sla-calendar-editor');
  await fireEvent.click(screen.getByTestId('sla-tab-teams'));
  await screen.findByTestId('teams-panel');
  return backend;
}

const teamNames = () => screen.getAllByTestId('team-name').map((e) => e.textContent);

describe('Teams tab', () => {
  it('lists the teams with their conversations and calendars, adds and renames through the core', async () => {
    const backend = await openTeamsTab();
    expect(teamNames()).toEqual(['Europe desk', 'Shenzhen desk']);
    const rows = screen.getAllByTestId('team-row');
    expect(plain(within(rows[0]).getByTestId('team-calendar').textContent)).toBe('Calendar: europe');
    expect(plain(within(rows[1]).getByTestId('team-calendar').textContent)).toBe('No calendar of its own');
    expect(plain(rows[0].textContent)).toContain('83 conversations');

    await fireEvent.input(screen.getByTestId('team-new-name'), { target: { value: 'Night desk' } });
    await fireEvent.click(screen.getByTestId('team-add'));
    await waitFor(() => expect(teamNames()).toContain('Night desk'));
    expect(backend.callsOf('team_create')).toEqual([{ name: 'Night desk' }]);

    await fireEvent.click(within(screen.getAllByTestId('team-row')[1]).getByTestId('team-rename'));
    await fireEvent.input(screen.getByTestId('team-rename-input'), { target: { value: 'Asia desk' } });
    await fireEvent.click(screen.getByTestId('team-rename-save'));
    await waitFor(() => expect(teamNames()).toContain('Asia desk'));
    expect(backend.callsOf('team_rename')).toEqual([{ id: 1, name: 'Asia desk' }]);
  });

  it('deletes a team only after the agent confirms, and cancelling keeps it', async () => {
    const backend = await openTeamsTab();
    const europe = () => screen.getAllByTestId('team-row')[0];
    await fireEvent.click(within(europe()).getByTestId('team-delete'));
    const question = screen.getByTestId('team-delete-confirm');
    expect(plain(question.textContent)).toContain('Delete the team “Europe desk”? Its 83 conversations');
    await fireEvent.click(screen.getByTestId('team-delete-no'));
    expect(screen.queryByTestId('team-delete-confirm')).toBeNull();
    expect(backend.callsOf('team_delete')).toEqual([]);

    await fireEvent.click(within(europe()).getByTestId('team-delete'));
    await fireEvent.click(screen.getByTestId('team-delete-yes'));
    await waitFor(() => expect(teamNames()).toEqual(['Shenzhen desk']));
    expect(backend.callsOf('team_delete')).toEqual([{ id: 2 }]);
  });

  it('shows a refused name in the agent’s language', async () => {
    installBackend({
      team_create: () => {
        throw { code: 'store.invalid', message_id: 'error-store-team-name-taken', args: {} };
      },
    });
    await renderInbox();
    await fireEvent.click(screen.getByTestId('settings-button'));
    await fireEvent.click(await screen.findByTestId('settings-sla'));
    await fireEvent.click(await screen.findByTestId('sla-tab-teams'));
    await fireEvent.input(await screen.findByTestId('team-new-name'), { target: { value: 'Europe desk' } });
    await fireEvent.click(screen.getByTestId('team-add'));
    expect(plain((await screen.findByTestId('teams-error')).textContent)).toBe('Another team already has this name.');
  });

  it('attaches a calendar to a team from the calendar form', async () => {
    const backend = await openTeamsTab();
    await fireEvent.click(screen.getByTestId('sla-tab-calendars'));
    await fireEvent.change(await screen.findByTestId('sla-calendar-team'), { target: { value: '2' } });
    await fireEvent.click(screen.getByTestId('sla-calendar-save'));
    await waitFor(() => expect(backend.callsOf('sla_calendar_save')).toHaveLength(1));
    expect((backend.callsOf('sla_calendar_save')[0].calendar as { team_id: number | null }).team_id).toBe(2);
  });
});

describe('Team of a conversation', () => {
  it('shows the team in the header and changes it, or clears it with “No team”', async () => {
    const backend = installBackend();
    await openFirstConversation();
    expect(screen.queryByTestId('header-team')).toBeNull();
    const select = screen.getByTestId('team-select') as HTMLSelectElement;
    expect(select.value).toBe('');
    await fireEvent.change(select, { target: { value: '2' } });
    await waitFor(() => expect(screen.getByTestId('header-team').textContent).toBe('Europe desk'));
    expect(backend.callsOf('conversation_set_team')).toEqual([{ id: 1, team: 2 }]);
    await fireEvent.change(select, { target: { value: '' } });
    await waitFor(() => expect(screen.queryByTestId('header-team')).toBeNull());
    expect(backend.callsOf('conversation_set_team')[1]).toEqual({ id: 1, team: null });
  });

  it('narrows the inbox to a team or to conversations with no team', async () => {
    const backend = installBackend();
    await renderInbox();
    const filter = await screen.findByTestId('filter-team');
    await fireEvent.change(filter, { target: { value: '2' } });
    await waitFor(() => expect(backend.callsOf('inbox_list').at(-1)?.filter.team_id).toBe(2));
    await fireEvent.change(filter, { target: { value: '0' } });
    await waitFor(() => expect(backend.callsOf('inbox_list').at(-1)?.filter.team_id).toBe(0));
  });

  it('says in the audit which calendar a clock counted on and why', async () => {
    const onTeam = clock({ calendar: { id: 'europe', name: 'Berlin', source: 'team', team_name: 'Europe desk' } });
    installBackend({ conversation_open: (a) => detailWithSla(a.id as number, { ...LAZADA_SLA, clocks: [onTeam] }) });
    await renderInbox();
    screen.getAllByTestId('conversation-row')[1].click();
    const first = (await screen.findAllByTestId('sla-clock'))[0];
    await fireEvent.click(within(first).getByTestId('sla-audit-toggle'));
    const line = within(first).getByTestId('sla-audit-calendar');
    expect(line.dataset.source).toBe('team');
    expect(plain(line.textContent)).toBe('on the “Berlin” calendar of the team Europe desk');
    const text = (source: string) => plain(calendarText({ id: 'x', name: 'Shenzhen', source, team_name: null }));
    expect(text('shop')).toBe('on the shop\'s calendar “Shenzhen” (no team calendar)');
    expect(text('default')).toBe('on the default calendar “Shenzhen” (no team or shop calendar)');
    expect(text('policy')).toBe('on the calendar “Shenzhen” that the policy names');
  });
});
