// Generated from the Rust types by src-tauri/src/contract.rs. Do not edit by hand:
// run `BRIDGEDESK_WRITE_BINDINGS=1 cargo test -p bridgedesk-app bindings` instead.

export type Channel = "email" | "ebay" | "amazon" | "shopee" | "tiktok_shop" | "lazada" | "telegram";

export type ConversationStatus = "open" | "pending" | "resolved" | "closed";

export type Priority = "low" | "normal" | "high" | "urgent";

export type Category = "product" | "order_logistics" | "return_exchange" | "repair" | "complaint" | "other";

export type Direction = "inbound" | "outbound";

export type AuthorKind = "customer" | "agent" | "system" | "auto";

export type DeliveryState = "queued" | "sending" | "sent" | "accepted" | "failed";

export type OrderStatus = "awaiting_payment" | "paid" | "shipped" | "in_transit" | "delivered" | "returned" | "cancelled" | "refunded";

export type Carrier = "china_post" | "ems" | "dhl" | "ups" | "fedex" | "tnt" | "yanwen" | "4px" | "cainiao" | "yunexpress" | "other";

export type AppError = { 
/**
 * Stable machine code, e.g. `store.corrupt`.
 */
code: string, 
/**
 * Fluent message id present in every locale, e.g. `error-store-corrupt`.
 */
message_id: string, 
/**
 * Fluent arguments for the message.
 */
args: { [key in string]?: string }, };

export type ConversationSummary = { id: number, channel: Channel, store_id: number, store_name: string, subject: string, 
/**
 * The start of the newest message, one line.
 */
snippet: string, customer_name: string, customer_country: string, language: string, status: ConversationStatus, priority: Priority, category: Category, assignee: string | null, tags: Array<string>, unread_count: number, message_count: number, last_activity_at: number, due_at: number | null, 
/**
 * When the nearest due clock starts warning (due minus the policy's lead time).
 */
warn_at: number | null, };

export type InboxFilter = { status: ConversationStatus | null, channel: Channel | null, store_id: number | null, language: string | null, category: Category | null, 
/**
 * An agent's name; the empty string means "unassigned".
 */
assignee: string | null, 
/**
 * Full-text query over message text (Latin and CJK).
 */
query: string | null, };

export type InboxPage = { 
/**
 * How many conversations match the filter (capped for search results, see `total_capped`).
 */
total: number, 
/**
 * True when `total` stopped counting at the search cap.
 */
total_capped: boolean, offset: number, items: Array<ConversationSummary>, };

export type InboxFacets = { stores: Array<StoreView>, languages: Array<string>, assignees: Array<string>, 
/**
 * Open and pending conversations with unread messages (conversations, not messages, so it
 * reads beside the conversation count).
 */
unread_total: number, };

export type StoreView = { id: number, name: string, marketplace: Channel, site: string, };

export type ConversationDetail = { summary: ConversationSummary, messages: Array<MessageView>, notes: Array<NoteView>, customer: CustomerView, orders: Array<OrderView>, 
/**
 * The agent's unsent draft for this conversation.
 */
draft: string, 
/**
 * The SLA clocks at the moment the conversation was opened.
 */
sla: SlaView | null, };

export type SlaView = { 
/**
 * Which policy applies (its id, e.g. `marketplace-chat`).
 */
policy_id: string, policy_version: number, 
/**
 * First response, next response(s), resolution — in that order.
 */
clocks: Array<SlaClockView>, 
/**
 * The marketplace's own clock, for channels that have one.
 */
marketplace: MarketplaceClockView | null, };

export type SlaClockView = { 
/**
 * `first_response`, `next_response`, `resolution` or `total_resolution`.
 */
metric: string, 
/**
 * `running`, `paused`, `satisfied`, `breached` or `stopped`.
 */
status: string, 
/**
 * Counted in business hours of a calendar (else calendar time).
 */
business_time: boolean, target_ms: number, started_at: number | null, due_at: number | null, warn_at: number | null, satisfied_at: number | null, breached_at: number | null, 
/**
 * While paused: the time that was left when the pause began.
 */
paused_remaining_ms: number | null, audit: Array<SlaAuditView>, };

export type SlaAuditView = { at: number, event: string, reason: string, };

export type MarketplaceClockView = { 
/**
 * `amazon_24h`, `shopee_12h`, `tiktok_shop_12h`, `lazada_daily_cycle`, `ebay_item_not_received`.
 */
rule: string, 
/**
 * The IANA zone the marketplace counts in.
 */
reference_zone: string, 
/**
 * The current cycle's clock, if one is running or ended.
 */
current: SlaClockView | null, };

export type MessageView = { id: number, channel: Channel, direction: Direction, author_kind: AuthorKind, author_name: string, text: string, 
/**
 * Sanitized HTML, shown only in a sandboxed frame with scripts off.
 */
html: string | null, sent_at: number, delivery: DeliveryState | null, 
/**
 * Why the last delivery attempt failed, as a Fluent message id.
 */
delivery_error: string | null, };

export type NoteView = { id: number, author: string, text: string, created_at: number, };

export type CustomerView = { id: number, name: string, country: string, time_zone: string, language: string, identities: Array<IdentityView>, };

export type IdentityView = { channel: Channel, handle: string, };

export type OrderView = { id: number, marketplace: Channel, site: string, order_number: string, items: Array<OrderItemView>, amount_minor: number, currency: string, placed_at: number, carrier: Carrier | null, tracking_number: string | null, status: OrderStatus, };

export type OrderItemView = { sku: string, title: string, quantity: number, unit_price_minor: number, };

export type Settings = { 
/**
 * BCP 47 locale of the UI, one of `available_locales`.
 */
locale: string, available_locales: Array<string>, 
/**
 * The agent's IANA time zone: their own choice, else the OS's. Separate from the locale: a
 * zh-CN agent may work from Madrid.
 */
time_zone: string, 
/**
 * The OS's zone, which `time_zone` follows while the agent has not chosen one.
 */
os_time_zone: string, 
/**
 * Whether `time_zone` is the agent's own choice rather than the OS's.
 */
time_zone_chosen: boolean, 
/**
 * The agent's display name, used as author of replies and notes.
 */
agent_name: string, };

export type WorkspaceStatus = { "state": "empty", database_path: string, } | { "state": "ready", database_path: string, conversation_count: number, is_demo: boolean, } | { "state": "unavailable", database_path: string, error: AppError, recoverable: boolean, };

export type LocaleChanged = { locale: string, };

export type InboxChanged = { conversation_ids: Array<number>, };

export type CalendarDayKind = "holiday" | "working_day" | "closed" | "half_day" | "special_hours";

export type CalendarDay = { 
/**
 * Local date, `YYYY-MM-DD`.
 */
date: string, kind: CalendarDayKind, 
/**
 * The holiday's name or why the day differs.
 */
label: string, 
/**
 * Open intervals (`HH:MM-HH:MM`) for a half day or special hours; empty otherwise.
 */
hours: Array<string>, };

export type CalendarSettings = { 
/**
 * Stable id that policies refer to.
 */
id: string, name: string, 
/**
 * IANA zone name.
 */
zone: string, 
/**
 * Open intervals (`HH:MM-HH:MM`, may cross midnight) for Monday … Sunday: seven lists.
 */
weekly: Array<Array<string>>, 
/**
 * Holidays and date overrides, by date.
 */
days: Array<CalendarDay>, 
/**
 * The shop it applies to; none with `is_default` for the team's default calendar.
 */
store_id: number | null, 
/**
 * The calendar used for conversations of shops that have none of their own.
 */
is_default: boolean, };

export type TargetSettings = { 
/**
 * How many minutes the metric may run.
 */
minutes: number, 
/**
 * Business time on a calendar (else calendar time: every hour counts).
 */
business: boolean, 
/**
 * The calendar for business time; empty for the conversation's own (its shop's calendar,
 * else the default).
 */
calendar_id: string, };

export type PolicyConditionSettings = { channels: Array<Channel>, store_ids: Array<number>, priorities: Array<Priority>, 
/**
 * Customer grades: `a`, `b`, `ordinary`, `small`, `blacklist`.
 */
grades: Array<string>, categories: Array<Category>, 
/**
 * BCP 47 languages; `es` matches `es-MX`.
 */
languages: Array<string>, };

export type PolicySettings = { 
/**
 * Stable id; empty when the panel adds a policy (the core assigns one).
 */
id: string, name: string, 
/**
 * The version this is (the core sets it when saving).
 */
version: number, conditions: PolicyConditionSettings, first_response: TargetSettings | null, next_response: TargetSettings | null, resolution: TargetSettings | null, 
/**
 * Warn this many minutes before a clock's due instant.
 */
warn_before_minutes: number, };

export type SlaSettings = { calendars: Array<CalendarSettings>, 
/**
 * The current version of each policy, first match wins.
 */
policies: Array<PolicySettings>, 
/**
 * The built-in holiday sets that can be imported.
 */
holiday_sets: Array<HolidaySetRef>, };

export type HolidaySetRef = { region: string, year: number, };

export type RecomputeReport = { 
/**
 * Conversations re-evaluated.
 */
conversations: number, 
/**
 * Conversations whose due instant, warning instant or policy version changed.
 */
changed: number, elapsed_ms: number, };

export type SlaWarning = { 
/**
 * How many conversations are now warning and not yet breached.
 */
count: number, 
/**
 * The one due soonest: the alert's button opens it.
 */
most_urgent_id: number, most_urgent_subject: string, most_urgent_due_at: number, };

/** Every IPC command: its arguments and its result. */
export interface Commands {
  workspace_status: { args: {  }; result: WorkspaceStatus };
  workspace_load_demo: { args: {  }; result: WorkspaceStatus };
  workspace_move_aside_corrupt: { args: {  }; result: WorkspaceStatus };
  inbox_list: { args: { filter: InboxFilter; offset: number; limit: number }; result: InboxPage };
  inbox_facets: { args: {  }; result: InboxFacets };
  conversation_open: { args: { id: number }; result: ConversationDetail };
  conversation_set_status: { args: { id: number; status: ConversationStatus }; result: ConversationSummary };
  conversation_assign: { args: { id: number; assignee: string | null }; result: ConversationSummary };
  conversation_set_tags: { args: { id: number; tags: Array<string> }; result: ConversationSummary };
  note_add: { args: { id: number; text: string }; result: NoteView };
  draft_save: { args: { id: number; text: string }; result: void };
  reply_send: { args: { id: number; text: string }; result: MessageView };
  settings_get: { args: {  }; result: Settings };
  settings_set_locale: { args: { locale: string }; result: Settings };
  settings_set_time_zone: { args: { timeZone: string | null }; result: Settings };
  sla_settings_get: { args: {  }; result: SlaSettings };
  sla_calendar_save: { args: { calendar: CalendarSettings }; result: SlaSettings };
  sla_holiday_set: { args: { region: string; year: number }; result: Array<CalendarDay> };
  sla_ics_parse: { args: { text: string }; result: Array<CalendarDay> };
  sla_policy_save: { args: { policy: PolicySettings }; result: SlaSettings };
  sla_policy_move: { args: { id: string; offset: number }; result: SlaSettings };
  sla_policy_delete: { args: { id: string }; result: SlaSettings };
  sla_recompute_history: { args: {  }; result: RecomputeReport };
  sla_warning_current: { args: {  }; result: SlaWarning | null };
}

/** Every event the core pushes: its payload. */
export interface Events {
  "locale-changed": LocaleChanged;
  "settings-changed": Settings;
  "inbox-changed": InboxChanged;
  "sla-warning": SlaWarning;
}
