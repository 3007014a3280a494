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
remote_images_blocked: boolean, };

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

export type MailSecurity = "tls" | "starttls" | "plain";

export type EmailAccountInput = { display_name: string, from_address: string, imap_host: string, imap_port: number, imap_security: MailSecurity, smtp_host: string, smtp_port: number, smtp_security: MailSecurity, user_name: string, signature: string, enabled: boolean, password: string | null, };

export type EmailAccountView = { id: number, display_name: string, from_address: string, imap_host: string, imap_port: number, imap_security: MailSecurity, smtp_host: string, smtp_port: number, smtp_security: MailSecurity, user_name: string, signature: string, enabled: boolean, };

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
  mail_accounts_list: { args: {  }; result: Array<EmailAccountView> };
  mail_account_add: { args: { input: EmailAccountInput }; result: EmailAccountView };
  mail_account_update: { args: { id: number; input: EmailAccountInput }; result: EmailAccountView };
  mail_account_remove: { args: { id: number }; result: void };
  mail_account_test: { args: { id: number | null; input: EmailAccountInput }; result: ConnectionTestResult };
  mail_sync_status: { args: {  }; result: Array<SyncProgress> };
  mail_sync_start: { args: {  }; result: void };
  mail_sync_cancel: { args: { id: number }; result: void };
  mail_allow_remote_images: { args: { messageId: number; scope: RemoteImageScope }; result: ConversationDetail };
}

/** Every event the core pushes: its payload. */
export interface Events {
  "locale-changed": LocaleChanged;
  "settings-changed": Settings;
  "inbox-changed": InboxChanged;
  "sync-progress": SyncProgress;
  "account-changed": AccountChanged;
}
