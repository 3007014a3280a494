//! What the UI receives and sends over IPC. Every type here is exported to TypeScript.

use crate::{
    AppError, AuthorKind, Carrier, Category, Channel, ConversationStatus, DeliveryState, Direction,
    OrderStatus, Priority,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Database row id.
pub type RowId = i64;

/// A line of the inbox list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ConversationSummary {
    #[ts(type = "number")]
    pub id: RowId,
    pub channel: Channel,
    #[ts(type = "number")]
    pub store_id: RowId,
    pub store_name: String,
    pub subject: String,
    /// The start of the newest message, one line.
    pub snippet: String,
    pub customer_name: String,
    pub customer_country: String,
    pub language: String,
    pub status: ConversationStatus,
    pub priority: Priority,
    pub category: Category,
    pub assignee: Option<String>,
    /// The team (desk) handling it; its calendar counts the conversation's business time.
    #[ts(type = "number | null")]
    pub team_id: Option<RowId>,
    pub team_name: Option<String>,
    pub tags: Vec<String>,
    pub unread_count: u32,
    pub message_count: u32,
    #[ts(type = "number")]
    pub last_activity_at: i64,
    #[ts(type = "number | null")]
    pub due_at: Option<i64>,
    /// When the nearest due clock starts warning (due minus the policy's lead time).
    #[ts(type = "number | null")]
    pub warn_at: Option<i64>,
    /// Triage badges; `None` before the conversation was triaged.
    pub triage: Option<crate::TriageBadges>,
    /// The buyer's grade, segment and blacklist flag.
    pub standing: crate::CustomerStanding,
}

/// Filters of the inbox list. `None` means "any".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct InboxFilter {
    pub status: Option<ConversationStatus>,
    pub channel: Option<Channel>,
    #[ts(type = "number | null")]
    pub store_id: Option<RowId>,
    pub language: Option<String>,
    pub category: Option<Category>,
    /// An agent's name; the empty string means "unassigned".
    pub assignee: Option<String>,
    /// A team id; 0 means "no team".
    #[serde(default)]
    #[ts(type = "number | null")]
    pub team_id: Option<RowId>,
    /// Full-text query over message text (Latin and CJK).
    pub query: Option<String>,
}

/// One page of the inbox list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct InboxPage {
    /// How many conversations match the filter (capped for search results, see `total_capped`).
    pub total: u32,
    /// True when `total` stopped counting at the search cap.
    pub total_capped: bool,
    pub offset: u32,
    pub items: Vec<ConversationSummary>,
}

/// The choices the filter bar offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct InboxFacets {
    pub stores: Vec<StoreView>,
    pub languages: Vec<String>,
    pub assignees: Vec<String>,
    /// Every team, by name.
    pub teams: Vec<crate::TeamView>,
    /// Open and pending conversations with unread messages (conversations, not messages, so it
    /// reads beside the conversation count).
    pub unread_total: u32,
}

/// A seller's shop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StoreView {
    #[ts(type = "number")]
    pub id: RowId,
    pub name: String,
    pub marketplace: Channel,
    pub site: String,
}

/// A whole conversation as the conversation pane shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ConversationDetail {
    pub summary: ConversationSummary,
    pub messages: Vec<MessageView>,
    pub notes: Vec<NoteView>,
    pub customer: CustomerView,
    pub orders: Vec<OrderView>,
    /// The agent's unsent draft for this conversation.
    pub draft: String,
    /// The SLA clocks at the moment the conversation was opened.
    pub sla: Option<SlaView>,
}

/// The SLA clocks of a conversation: the internal policy's and the marketplace's own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SlaView {
    /// Which policy applies (its id, e.g. `marketplace-chat`).
    pub policy_id: String,
    pub policy_version: u32,
    /// First response, next response(s), resolution — in that order.
    pub clocks: Vec<SlaClockView>,
    /// The marketplace's own clock, for channels that have one.
    pub marketplace: Option<MarketplaceClockView>,
}

/// One clock with its three instants and the story of how it got there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SlaClockView {
    /// `first_response`, `next_response`, `resolution` or `total_resolution`.
    pub metric: String,
    /// `running`, `paused`, `satisfied`, `breached` or `stopped`.
    pub status: String,
    /// Counted in business hours of a calendar (else calendar time).
    pub business_time: bool,
    /// The calendar business time counts on and why it was chosen; `None` for calendar time.
    pub calendar: Option<SlaCalendarChoice>,
    #[ts(type = "number")]
    pub target_ms: i64,
    #[ts(type = "number | null")]
    pub started_at: Option<i64>,
    #[ts(type = "number | null")]
    pub due_at: Option<i64>,
    #[ts(type = "number | null")]
    pub warn_at: Option<i64>,
    #[ts(type = "number | null")]
    pub satisfied_at: Option<i64>,
    #[ts(type = "number | null")]
    pub breached_at: Option<i64>,
    /// While paused: the time that was left when the pause began.
    #[ts(type = "number | null")]
    pub paused_remaining_ms: Option<i64>,
    pub audit: Vec<SlaAuditView>,
}

/// Which business calendar a clock counts on, for the audit's "why".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SlaCalendarChoice {
    pub id: String,
    pub name: String,
    /// `team` (the conversation's team has it), `shop` (its shop has it), `default` (neither
    /// has one) or `policy` (the policy's target names it).
    pub source: String,
    /// The team's name when `source` is `team`.
    pub team_name: Option<String>,
}

/// One line of a clock's audit: what happened, when, and why (stable snake_case codes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SlaAuditView {
    #[ts(type = "number")]
    pub at: i64,
    pub event: String,
    pub reason: String,
}

/// A marketplace's own response clock, by that marketplace's rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MarketplaceClockView {
    /// `amazon_24h`, `shopee_12h`, `tiktok_shop_12h`, `lazada_daily_cycle`, `ebay_item_not_received`.
    pub rule: String,
    /// The IANA zone the marketplace counts in.
    pub reference_zone: String,
    /// The current cycle's clock, if one is running or ended.
    pub current: Option<SlaClockView>,
}

/// One message of a thread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MessageView {
    #[ts(type = "number")]
    pub id: RowId,
    pub channel: Channel,
    pub direction: Direction,
    pub author_kind: AuthorKind,
    pub author_name: String,
    pub text: String,
    /// Sanitized HTML, shown only in a sandboxed frame with scripts off.
    pub html: Option<String>,
    #[ts(type = "number")]
    pub sent_at: i64,
    pub delivery: Option<DeliveryState>,
    /// Why the last delivery attempt failed, as a Fluent message id.
    pub delivery_error: Option<String>,
    /// When the outbox tries again after a failure.
    #[ts(type = "number | null")]
    pub delivery_retry_at: Option<i64>,
    /// Codes of what could not be read in an e-mail (`mail-warning-<code>` in the locales).
    pub parse_warnings: Vec<String>,
    /// The e-mail sender's address (for "always show images from this sender").
    pub sender_address: Option<String>,
    /// The HTML refers to remote images that are blocked for this message.
    pub remote_images_blocked: bool,
    /// Remote images allowed for this message but not in the local cache yet (never fetched,
    /// or unreachable last time): the UI asks the core to fetch them and shows a loading note.
    pub remote_images_to_fetch: u32,
    /// Remote images allowed for this message that could not be loaded (refused or
    /// unreachable); they stay blocked.
    pub remote_images_failed: u32,
}

/// An internal note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NoteView {
    #[ts(type = "number")]
    pub id: RowId,
    pub author: String,
    pub text: String,
    #[ts(type = "number")]
    pub created_at: i64,
}

/// The buyer, as the customer panel shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CustomerView {
    #[ts(type = "number")]
    pub id: RowId,
    pub name: String,
    pub country: String,
    pub time_zone: String,
    pub language: String,
    pub identities: Vec<IdentityView>,
    pub standing: crate::CustomerStanding,
}

/// A buyer's handle on one channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct IdentityView {
    pub channel: Channel,
    pub handle: String,
}

/// An order with its shipment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct OrderView {
    #[ts(type = "number")]
    pub id: RowId,
    pub marketplace: Channel,
    pub site: String,
    pub order_number: String,
    pub items: Vec<OrderItemView>,
    #[ts(type = "number")]
    pub amount_minor: i64,
    pub currency: String,
    #[ts(type = "number")]
    pub placed_at: i64,
    pub carrier: Option<Carrier>,
    pub tracking_number: Option<String>,
    pub status: OrderStatus,
}

/// One line of an order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct OrderItemView {
    pub sku: String,
    pub title: String,
    pub quantity: u32,
    #[ts(type = "number")]
    pub unit_price_minor: i64,
}

/// The agent's own settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Settings {
    /// BCP 47 locale of the UI, one of `available_locales`.
    pub locale: String,
    pub available_locales: Vec<String>,
    /// The agent's IANA time zone: their own choice, else the OS's. Separate from the locale: a
    /// zh-CN agent may work from Madrid.
    pub time_zone: String,
    /// The OS's zone, which `time_zone` follows while the agent has not chosen one.
    pub os_time_zone: String,
    /// Whether `time_zone` is the agent's own choice rather than the OS's.
    pub time_zone_chosen: bool,
    /// The agent's display name, used as author of replies and notes.
    pub agent_name: String,
}

/// What the app found when it opened the local store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum WorkspaceStatus {
    /// The store is open and holds no conversations yet: offer demo data or an account.
    Empty { database_path: String },
    /// The store is open and holds conversations.
    Ready {
        database_path: String,
        conversation_count: u32,
        is_demo: bool,
    },
    /// The store could not be opened; `recoverable` means it can be moved aside with consent.
    Unavailable {
        database_path: String,
        error: AppError,
        recoverable: bool,
    },
}

/// Payload of the `locale-changed` event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LocaleChanged {
    pub locale: String,
}

/// Payload of the `inbox-changed` event: these conversations changed, re-read them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct InboxChanged {
    #[ts(type = "Array<number>")]
    pub conversation_ids: Vec<RowId>,
}
