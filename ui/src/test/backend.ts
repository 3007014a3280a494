// A fake core for unit tests: answers the IPC commands from fixtures and records each call.
import { mockIPC, mockWindows } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import type { Commands, Events, TeamView } from '../lib/bindings';
import { FACETS, GRADE_THRESHOLDS, READY, SETTINGS, SUMMARIES, detail } from './fixtures';
import { slaHandlers } from './slaSettingsFixtures';

export type Call = { cmd: string; args: Record<string, unknown> };
type Handler = (args: Record<string, unknown>) => unknown;

export interface FakeBackend {
  calls: Call[];
  /** Calls of one command, oldest first. */
  callsOf<K extends keyof Commands>(cmd: K): Commands[K]['args'][];
  emit<K extends keyof Events>(event: K, payload: Events[K]): Promise<void>;
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function installBackend(overrides: Partial<Record<keyof Commands, Handler>> = {}): FakeBackend {
  const calls: Call[] = [];
  let settings = { ...SETTINGS };
  let teams: TeamView[] = [...FACETS.teams];
  const defaults: Record<keyof Commands, Handler> = {
    workspace_status: () => READY,
    workspace_load_demo: () => READY,
    workspace_move_aside_corrupt: () => ({ state: 'empty', database_path: READY.database_path }),
    inbox_list: (a) => {
      const offset = a.offset as number;
      const limit = a.limit as number;
      return { total: SUMMARIES.length, total_capped: false, offset, items: SUMMARIES.slice(offset, offset + limit) };
    },
    inbox_facets: () => FACETS,
    conversation_open: (a) => detail(a.id as number),
    conversation_set_status: (a) => ({ ...detail(a.id as number).summary, status: a.status }),
    conversation_mark_unread: (a) => ({ ...detail(a.id as number).summary, unread_count: 1 }),
    conversation_no_response_needed: (a) => detail(a.id as number).summary,
    conversation_assign: (a) => ({ ...detail(a.id as number).summary, assignee: a.assignee }),
    conversation_set_tags: (a) => ({ ...detail(a.id as number).summary, tags: a.tags }),
    conversation_set_team: (a) => {
      const team = teams.find((x) => x.id === a.team);
      return { ...detail(a.id as number).summary, team_id: team?.id ?? null, team_name: team?.name ?? null };
    },
    teams_list: () => teams,
    team_create: (a) => {
      const name = String(a.name).trim();
      if (!name) throw { code: 'store.invalid', message_id: 'error-store-invalid-team-name', args: {} };
      const team = { id: Math.max(0, ...teams.map((x) => x.id)) + 1, name, created_at: Date.now(), conversation_count: 0, calendar_ids: [] };
      teams = [...teams, team];
      return team;
    },
    team_rename: (a) => {
      teams = teams.map((x) => (x.id === a.id ? { ...x, name: String(a.name) } : x));
      return teams.find((x) => x.id === a.id);
    },
    team_delete: (a) => {
      teams = teams.filter((x) => x.id !== a.id);
      return null;
    },
    note_add: (a) => ({ id: 500, author: 'Lin Wei', text: a.text, created_at: Date.now() }),
    draft_save: () => null,
    reply_send: (a) => ({
      outcome: 'queued',
      message: {
        id: 900,
        channel: 'ebay',
        direction: 'outbound',
        author_kind: 'agent',
        author_name: 'Lin Wei',
        text: a.text,
        html: null,
        sent_at: Date.now(),
        delivery: 'queued',
        delivery_error: null,
        delivery_retry_at: null,
        parse_warnings: [],
        sender_address: null,
        remote_images_blocked: false,
        remote_images_to_fetch: 0,
        remote_images_failed: 0,
      },
    }),
    reply_check: () => ({ findings: [], blocked: false, needs_override: false }),
    conversation_correct_category: (a) => ({
      ...detail(a.id as number).summary,
      category: a.category,
      triage: { ...detail(a.id as number).summary.triage!, category_corrected: true },
    }),
    customer_set_blacklist: (a) => ({
      grade: 'ordinary',
      segment: 'returning',
      blacklist: a.reason ? { reason: a.reason, by: 'Lin Wei', at: Date.now() } : null,
    }),
    grade_thresholds_get: () => GRADE_THRESHOLDS,
    grade_thresholds_set: (a) => a.thresholds,
    rules_list: () => [],
    rule_save: (a) => ({ id: 1, position: 0, rule: a.rule }),
    rule_set_enabled: () => [],
    rule_delete: () => [],
    rules_reorder: () => [],
    rule_dry_run: () => [],
    rule_runs: () => [],
    rules_export: () => '{"format":"bridgedesk.rules","version":1,"rules":[]}',
    rules_import: () => ({ imported: 0, rules: [] }),
    templates_list: () => [],
    template_render: (a) => ({
      template_key: a.key,
      language: (a.language as string | null) ?? 'de',
      text: 'Hallo',
      preview_language: 'en',
      preview: 'Hello',
    }),
    sensitive_words_get: () => [],
    sensitive_words_set: () => [],
    demo_simulate_buyer_message: () => ({ conversation_id: 1, category: 'order_logistics', runs: [] }),
    mail_accounts_list: () => [],
    mail_account_add: (a) => ({ id: 1, ...(a.input as Record<string, unknown>) }),
    mail_account_update: (a) => ({ id: a.id, ...(a.input as Record<string, unknown>) }),
    mail_account_remove: () => null,
    mail_account_test: () => ({ error: null, folders: ['INBOX'], push: true }),
    mail_sync_status: () => [],
    mail_sync_start: () => null,
    mail_sync_cancel: () => null,
    mail_allow_remote_images: () => detail(1),
    mail_fetch_remote_images: () => detail(1),
    settings_get: () => settings,
    settings_set_locale: (a) => (settings = { ...settings, locale: a.locale as string }),
    settings_set_time_zone: (a) => {
      const zone = a.timeZone as string | null;
      if (zone !== null && !isZone(zone)) {
        throw { code: 'settings.unknown_time_zone', message_id: 'error-settings-unknown-time-zone', args: {} };
      }
      return (settings = {
        ...settings,
        time_zone: zone ?? settings.os_time_zone,
        time_zone_chosen: zone !== null,
      });
    },
    ...slaHandlers(),
  };
  mockWindows('main');
  mockIPC(
    (cmd, payload) => {
      const args = (payload ?? {}) as Record<string, unknown>;
      calls.push({ cmd, args });
      const handler = overrides[cmd as keyof Commands] ?? defaults[cmd as keyof Commands];
      if (!handler) throw new Error(`unknown command ${cmd}`);
      return handler(args);
    },
    { shouldMockEvents: true },
  );
  return {
    calls,
    callsOf: (cmd) => calls.filter((c) => c.cmd === cmd).map((c) => c.args as never),
    emit: (event, payload) => emit(event, payload),
  };
}
