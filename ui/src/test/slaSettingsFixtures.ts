// A small SLA configuration for the fake core: one default calendar and two policies, with the
// core's answers to saving, moving and recomputing (a saved policy gets the next version).
import type { CalendarDay, PolicySettings, SlaSettings } from '../lib/bindings';

const target = (minutes: number) => ({ minutes, business: true, calendar_id: '' });
const conditions = { channels: [], store_ids: [], priorities: [], grades: [], categories: [], languages: [] };

export function slaSettingsFixture(): SlaSettings {
  const workday = ['09:00-12:00', '13:30-18:30'];
  return {
    calendars: [
      {
        id: 'shenzhen',
        name: 'Shenzhen',
        zone: 'Asia/Shanghai',
        weekly: [workday, workday, workday, workday, workday, ['09:00-12:00'], []],
        days: [{ date: '2026-10-01', kind: 'holiday', label: 'National Day', hours: [] }],
        store_id: null,
        team_id: null,
        is_default: true,
      },
    ],
    policies: [
      { id: 'urgent', name: 'Urgent', version: 1, conditions: { ...conditions, priorities: ['urgent'] }, first_response: target(120), next_response: target(240), resolution: null, warn_before_minutes: 30 },
      { id: 'email', name: 'E-mail', version: 1, conditions, first_response: target(540), next_response: target(540), resolution: null, warn_before_minutes: 120 },
    ],
    holiday_sets: [
      { region: 'cn', year: 2026 },
      { region: 'us', year: 2027 },
    ],
  };
}

export const US_2027: CalendarDay[] = [{ date: '2027-11-25', kind: 'holiday', label: 'Thanksgiving Day', hours: [] }];

/** The fake core's SLA commands over one mutable configuration. */
export function slaHandlers(state: SlaSettings = slaSettingsFixture()) {
  return {
    sla_settings_get: () => state,
    sla_calendar_save: (a: Record<string, unknown>) => {
      const calendar = a.calendar as SlaSettings['calendars'][number];
      state.calendars = state.calendars.map((c) => (c.id === calendar.id ? calendar : c));
      return state;
    },
    sla_holiday_set: () => US_2027,
    sla_ics_parse: () => {
      throw { code: 'sla.bad_ics', message_id: 'error-sla-bad-ics', args: { line: '3' } };
    },
    sla_policy_save: (a: Record<string, unknown>) => {
      const policy = a.policy as PolicySettings;
      const id = policy.id || `policy-${state.policies.length + 1}`;
      const saved = { ...policy, id, version: policy.version + 1 };
      const at = state.policies.findIndex((p) => p.id === id);
      state.policies = at >= 0 ? state.policies.map((p) => (p.id === id ? saved : p)) : [...state.policies, saved];
      return state;
    },
    sla_policy_move: (a: Record<string, unknown>) => {
      const list = [...state.policies];
      const from = list.findIndex((p) => p.id === a.id);
      const to = Math.max(0, Math.min(list.length - 1, from + (a.offset as number)));
      const [moved] = list.splice(from, 1);
      list.splice(to, 0, moved);
      state.policies = list;
      return state;
    },
    sla_policy_delete: (a: Record<string, unknown>) => {
      state.policies = state.policies.filter((p) => p.id !== a.id);
      return state;
    },
    sla_recompute_history: () => ({ conversations: 240, changed: 17, elapsed_ms: 42 }),
    sla_warning_current: () => null,
  };
}
