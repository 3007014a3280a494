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
snippet: string, customer_name: string, customer_country: string, language: string, status: ConversationStatus, priority: Priority, category: Category, assignee: string | null, 
/**
 * The team (desk) handling it; its calendar counts the conversation's business time.
 */
team_id: number | null, team_name: string | null, tags: Array<string>, unread_count: number, message_count: number, last_activity_at: number, due_at: number | null, 
/**
 * When the nearest due clock starts warning (due minus the policy's lead time).
 */
warn_at: number | null, 
/**
 * Triage badges; `None` before the conversation was triaged.
 */
triage: TriageBadges | null, 
/**
 * The buyer's grade, segment and blacklist flag.
 */
standing: CustomerStanding, };

export type InboxFilter = { status: ConversationStatus | null, channel: Channel | null, store_id: number | null, language: string | null, category: Category | null, 
/**
 * An agent's name; the empty string means "unassigned".
 */
assignee: string | null, 
/**
 * A team id; 0 means "no team".
 */
team_id: number | null, 
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
 * Every team, by name.
 */
teams: Array<TeamView>, 
/**
 * Open and pending conversations with unread messages (conversations, not messages, so it
 * reads beside the conversation count).
 */
unread_total: number, };

export type StoreView = { id: number, name: string, marketplace: Channel, site: string, };

export type TeamView = { id: number, name: string, created_at: number, 
/**
 * How many conversations the team handles (what deleting it detaches).
 */
conversation_count: number, 
/**
 * The ids of the calendars attached to the team (normally one).
 */
calendar_ids: Array<string>, };

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
business_time: boolean, 
/**
 * The calendar business time counts on and why it was chosen; `None` for calendar time.
 */
calendar: SlaCalendarChoice | null, target_ms: number, started_at: number | null, due_at: number | null, warn_at: number | null, satisfied_at: number | null, breached_at: number | null, 
/**
 * While paused: the time that was left when the pause began.
 */
paused_remaining_ms: number | null, audit: Array<SlaAuditView>, };

export type SlaCalendarChoice = { id: string, name: string, 
/**
 * `team` (the conversation's team has it), `shop` (its shop has it), `default` (neither
 * has one) or `policy` (the policy's target names it).
 */
source: string, 
/**
 * The team's name when `source` is `team`.
 */
team_name: string | null, };

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
delivery_error: string | null, 
/**
 * When the outbox tries again after a failure.
 */
delivery_retry_at: number | null, 
/**
 * Codes of what could not be read in an e-mail (`mail-warning-<code>` in the locales).
 */
parse_warnings: Array<string>, 
/**
 * The e-mail sender's address (for "always show images from this sender").
 */
sender_address: string | null, 
/**
 * The HTML refers to remote images that are blocked for this message.
 */
remote_images_blocked: boolean, 
/**
 * Remote images allowed for this message but not in the local cache yet (never fetched,
 * or unreachable last time): the UI asks the core to fetch them and shows a loading note.
 */
remote_images_to_fetch: number, 
/**
 * Remote images allowed for this message that could not be loaded (refused or
 * unreachable); they stay blocked.
 */
remote_images_failed: number, };

export type NoteView = { id: number, author: string, text: string, created_at: number, };

export type CustomerView = { id: number, name: string, country: string, time_zone: string, language: string, identities: Array<IdentityView>, standing: CustomerStanding, };

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
 * The team it applies to: a conversation handled by the team counts business time on it,
 * before its shop's calendar.
 */
team_id: number | null, 
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

export type TriageBadges = { 
/**
 * `damaged`, `wrong_item`, `delivered_not_received`, `no_tracking_update`,
 * `customs_hold` or `returned_to_sender`.
 */
logistics_problem: string | null, 
/**
 * `chargeback`, `paypal_claim`, `a_to_z_claim`, `bad_review`, `platform_report`, sorted.
 */
dispute_risks: Array<string>, angry: boolean, urgent: boolean, 
/**
 * An agent corrected the category by hand (triage no longer overrides it).
 */
category_corrected: boolean, };

export type CustomerStanding = { 
/**
 * `key_a`, `key_b`, `ordinary` or `small`; empty before the first grading.
 */
grade: string, 
/**
 * `new`, `returning`, `potential` or `dormant`; empty before the first grading.
 */
segment: string, blacklist: BlacklistEntry | null, };

export type BlacklistEntry = { reason: string, by: string, at: number, };

export type RuleView = { id: number, position: number, 
/**
 * The rule itself (the rules crate's `Rule`: name, enabled, trigger, condition, actions).
 */
rule: Rule, };

export type TraceLine = { message_id: string, args: { [key in string]?: string }, 
/**
 * Whether this step held.
 */
passed: boolean, };

export type RuleRunView = { conversation_id: number, subject: string, customer_name: string, channel: Channel, rule_name: string, 
/**
 * `new_buyer_message`, `agent_reply`, `status_change`, `time` or `dry_run`.
 */
trigger: string, matched: boolean, trace: Array<TraceLine>, 
/**
 * What was (or in a dry run, would have been) done, as explanations.
 */
actions: Array<TraceLine>, ran_at: number, };

export type TemplateView = { id: number, 
/**
 * Stable id (auto-reply actions name it), e.g. `shipping-notice`.
 */
key: string, 
/**
 * `starter` or `agent`.
 */
origin: string, 
/**
 * The name in the agent's language (or the template's own name).
 */
name: string, 
/**
 * The name in every language it has one, for searching.
 */
names: { [key in string]?: string }, 
/**
 * The languages it has a variant in.
 */
languages: Array<string>, };

export type RenderedTemplate = { template_key: string, language: string, text: string, preview_language: string, preview: string, };

export type SendFinding = { 
/**
 * `sensitive_word`, `email_address`, `phone_number`, `payment_card`, `iban`, `link` or
 * `off_platform_app`.
 */
code: string, 
/**
 * `warn` (the agent may override) or `block` (the marketplace forbids it).
 */
severity: string, 
/**
 * Offsets in UTF-16 code units of the reply text, as the composer's textarea counts.
 */
start: number, end: number, 
/**
 * Fluent message id explaining the finding, and its arguments (`text`, `channel`).
 */
message_id: string, args: { [key in string]?: string }, };

export type SendCheckView = { findings: Array<SendFinding>, blocked: boolean, needs_override: boolean, };

export type ReplyOutcome = { "outcome": "queued", message: MessageView, } | { "outcome": "checked", check: SendCheckView, };

export type SensitiveWordList = { language: string, words: Array<string>, };

export type RuleImport = { imported: number, rules: Array<RuleView>, };

export type SimulatedMessage = { conversation_id: number, category: Category, 
/**
 * The rule runs the message triggered.
 */
runs: Array<RuleRunView>, };

export type RuleNotified = { conversation_id: number, rule_name: string, 
/**
 * The agent to notify; `None` when the conversation has no assignee.
 */
agent: string | null, };

export type MailSecurity = "tls" | "starttls" | "plain";

export type EmailAccountInput = { display_name: string, from_address: string, imap_host: string, imap_port: number, imap_security: MailSecurity, smtp_host: string, smtp_port: number, smtp_security: MailSecurity, user_name: string, signature: string, enabled: boolean, 
/**
 * Resolving or closing a conversation moves its INBOX mail to the Archive folder.
 */
archive_on_close: boolean, password: string | null, };

export type EmailAccountView = { id: number, display_name: string, from_address: string, imap_host: string, imap_port: number, imap_security: MailSecurity, smtp_host: string, smtp_port: number, smtp_security: MailSecurity, user_name: string, signature: string, enabled: boolean, 
/**
 * Resolving or closing a conversation moves its INBOX mail to the Archive folder.
 */
archive_on_close: boolean, };

export type ConnectionTestResult = { error: AppError | null, 
/**
 * The IMAP folders found, INBOX first.
 */
folders: Array<string>, 
/**
 * The IMAP server pushes new mail (IDLE); otherwise the app polls.
 */
push: boolean, };

export type SyncProgress = { account_id: number, 
/**
 * `connecting`, `initial`, `incremental`, `idle`, `cancelled` or `failed`.
 */
phase: string, folder: string, 
/**
 * Messages fetched so far in this pass and how many the pass will fetch.
 */
done: number, total: number, 
/**
 * Why the last pass failed, when it did.
 */
error: AppError | null, };

export type AccountChanged = { account_id: number, };

export type RemoteImageScope = "message" | "sender";

export type LogisticsProblem = "damaged" | "wrong_item" | "delivered_not_received" | "no_tracking_update" | "customs_hold" | "returned_to_sender";

export type DisputeRisk = "chargeback" | "paypal_claim" | "a_to_z_claim" | "bad_review" | "platform_report";

export type CustomerGrade = "key_a" | "key_b" | "ordinary" | "small";

export type CustomerSegment = "new" | "returning" | "potential" | "dormant";

export type MessageField = "subject" | "body";

export type Signal = { "kind": "category", "value": Category } | { "kind": "logistics_problem", "value": LogisticsProblem } | { "kind": "dispute_risk", "value": DisputeRisk } | { "kind": "angry" } | { "kind": "learned_category", "value": Category } | { "kind": "example_category", "value": Category };

export type Evidence = { 
/**
 * The matched text as the buyer wrote it (empty for a vote of the learned model).
 */
phrase: string, 
/**
 * The field the text was found in.
 */
field: MessageField, 
/**
 * Byte offset of the match in that field (UTF-8, on a character boundary).
 */
start: number, 
/**
 * Byte offset just past the match.
 */
end: number, 
/**
 * The dictionary language the phrase came from (ISO 639-1), or `None` for the model.
 */
dictionary: string | null, 
/**
 * What the match indicated.
 */
signal: Signal, };

export type Triage = { 
/**
 * The buyer's language as ISO 639-1 (`"es"`, `"zh"`, `"ar"`), `None` when undecidable
 * (empty text, only numbers, a language outside the detector's reach).
 */
language: string | null, 
/**
 * The inquiry category.
 */
category: Category, 
/**
 * For order and logistics messages, the problem named, if any.
 */
logistics_problem: LogisticsProblem | null, 
/**
 * Urgency from dispute risks, anger and logistics problems.
 */
priority: Priority, 
/**
 * Dispute threats found, sorted and without repeats.
 */
dispute_risks: Array<DisputeRisk>, 
/**
 * Whether the tone is angry.
 */
angry: boolean, 
/**
 * What matched, in order of position (subject first).
 */
evidence: Array<Evidence>, };

export type GradeThresholds = { 
/**
 * Orders and value count only inside this many days before now.
 */
window_days: number, 
/**
 * Key A: at least this many orders in the window...
 */
key_a_min_orders: number, 
/**
 * ...and at least this value (minor units) in the window.
 */
key_a_min_value_minor: number, 
/**
 * Key B: at least this many orders in the window...
 */
key_b_min_orders: number, 
/**
 * ...and at least this value (minor units) in the window.
 */
key_b_min_value_minor: number, 
/**
 * Small: less than this value (minor units) in the window.
 */
small_below_value_minor: number, 
/**
 * A customer whose first order is at most this old is new.
 */
new_within_days: number, 
/**
 * A customer with no order for more than this many days is dormant.
 */
dormant_after_days: number, };

export type TimeAnchor = "last_buyer_message" | "last_agent_message" | "status_change";

export type Trigger = { "type": "new_buyer_message" } | { "type": "agent_reply" } | { "type": "status_change" } | { "type": "time", anchor: TimeAnchor, after_minutes: number, };

export type Comparison = "lt" | "lte" | "eq" | "gte" | "gt";

export type Condition = { "type": "all", conditions: Array<Condition>, } | { "type": "any", conditions: Array<Condition>, } | { "type": "not", condition: Condition, } | { "type": "channel", any_of: Array<Channel>, } | { "type": "store_id", any_of: number[], } | { "type": "team", any_of: number[], } | { "type": "language", any_of: Array<string>, } | { "type": "country", any_of: Array<string>, } | { "type": "category", any_of: Array<Category>, } | { "type": "logistics_problem", any_of: Array<string>, } | { "type": "customer_grade", any_of: Array<string>, } | { "type": "segment", any_of: Array<string>, } | { "type": "keywords", any_of: Array<string>, } | { "type": "regex", pattern: string, } | { "type": "order_value", cmp: Comparison, amount_minor: number, currency: string, } | { "type": "priority", any_of: Array<Priority>, } | { "type": "status", any_of: Array<ConversationStatus>, } | { "type": "has_tag", any_of: Array<string>, } | { "type": "minutes_since_buyer_message", cmp: Comparison, minutes: number, } | { "type": "minutes_since_agent_message", cmp: Comparison, minutes: number, } | { "type": "minutes_since_status_change", cmp: Comparison, minutes: number, } | { "type": "awaiting_agent", is: boolean, } | { "type": "business_hours", within: boolean, } | { "type": "blacklisted", is: boolean, };

export type Action = { "type": "assign", agent: string, } | { "type": "assign_team", team_id: number, } | { "type": "tag", tag: string, } | { "type": "set_priority", priority: Priority, } | { "type": "set_category", category: Category, } | { "type": "apply_sla_policy", policy_id: string, } | { "type": "set_status", status: ConversationStatus, } | { "type": "auto_reply", template_id: string, } | { "type": "add_note", text: string, } | { "type": "notify", agent: string | null, };

export type Rule = { 
/**
 * Stable id, unique in its set (e.g. `amazon-unanswered-20h`).
 */
id: string, 
/**
 * Name the agent gave the rule (user data, shown as written).
 */
name: string, enabled: boolean, trigger: Trigger, condition: Condition, actions: Array<Action>, 
/**
 * When this rule matches, later rules are not evaluated for this event
 * ("first match wins" for the rules that set it).
 */
stop_after_match: boolean, };

/** Every IPC command: its arguments and its result. */
export interface Commands {
  workspace_status: { args: {  }; result: WorkspaceStatus };
  workspace_load_demo: { args: {  }; result: WorkspaceStatus };
  workspace_move_aside_corrupt: { args: {  }; result: WorkspaceStatus };
  inbox_list: { args: { filter: InboxFilter; offset: number; limit: number }; result: InboxPage };
  inbox_facets: { args: {  }; result: InboxFacets };
  conversation_open: { args: { id: number }; result: ConversationDetail };
  conversation_set_status: { args: { id: number; status: ConversationStatus }; result: ConversationSummary };
  conversation_mark_unread: { args: { id: number }; result: ConversationSummary };
  conversation_no_response_needed: { args: { id: number }; result: ConversationSummary };
  conversation_assign: { args: { id: number; assignee: string | null }; result: ConversationSummary };
  conversation_set_tags: { args: { id: number; tags: Array<string> }; result: ConversationSummary };
  note_add: { args: { id: number; text: string }; result: NoteView };
  draft_save: { args: { id: number; text: string }; result: void };
  reply_send: { args: { id: number; text: string; overrideWarnings: boolean }; result: ReplyOutcome };
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
  teams_list: { args: {  }; result: Array<TeamView> };
  team_create: { args: { name: string }; result: TeamView };
  team_rename: { args: { id: number; name: string }; result: TeamView };
  team_delete: { args: { id: number }; result: void };
  conversation_set_team: { args: { id: number; team: number | null }; result: ConversationSummary };
  conversation_correct_category: { args: { id: number; category: Category }; result: ConversationSummary };
  customer_set_blacklist: { args: { id: number; reason: string | null }; result: CustomerStanding };
  grade_thresholds_get: { args: {  }; result: GradeThresholds };
  grade_thresholds_set: { args: { thresholds: GradeThresholds }; result: GradeThresholds };
  rules_list: { args: {  }; result: Array<RuleView> };
  rule_save: { args: { id: number | null; rule: Rule }; result: RuleView };
  rule_set_enabled: { args: { id: number; enabled: boolean }; result: Array<RuleView> };
  rule_delete: { args: { id: number }; result: Array<RuleView> };
  rules_reorder: { args: { ids: Array<number> }; result: Array<RuleView> };
  rule_dry_run: { args: { rule: Rule; limit: number }; result: Array<RuleRunView> };
  rule_runs: { args: { id: number }; result: Array<RuleRunView> };
  rules_export: { args: {  }; result: string };
  rules_import: { args: { json: string }; result: RuleImport };
  templates_list: { args: {  }; result: Array<TemplateView> };
  template_render: { args: { id: number; key: string; language: string | null }; result: RenderedTemplate };
  reply_check: { args: { id: number; text: string }; result: SendCheckView };
  sensitive_words_get: { args: {  }; result: Array<SensitiveWordList> };
  sensitive_words_set: { args: { language: string; words: Array<string> }; result: Array<SensitiveWordList> };
  demo_simulate_buyer_message: { args: {  }; result: SimulatedMessage };
  mail_accounts_list: { args: {  }; result: Array<EmailAccountView> };
  mail_account_add: { args: { input: EmailAccountInput }; result: EmailAccountView };
  mail_account_update: { args: { id: number; input: EmailAccountInput }; result: EmailAccountView };
  mail_account_remove: { args: { id: number }; result: void };
  mail_account_test: { args: { id: number | null; input: EmailAccountInput }; result: ConnectionTestResult };
  mail_sync_status: { args: {  }; result: Array<SyncProgress> };
  mail_sync_start: { args: {  }; result: void };
  mail_sync_cancel: { args: { id: number }; result: void };
  mail_allow_remote_images: { args: { messageId: number; scope: RemoteImageScope }; result: ConversationDetail };
  mail_fetch_remote_images: { args: { messageId: number }; result: ConversationDetail };
}

/** Every event the core pushes: its payload. */
export interface Events {
  "locale-changed": LocaleChanged;
  "settings-changed": Settings;
  "inbox-changed": InboxChanged;
  "sla-warning": SlaWarning;
  "rule-notified": RuleNotified;
  "sync-progress": SyncProgress;
  "account-changed": AccountChanged;
}
