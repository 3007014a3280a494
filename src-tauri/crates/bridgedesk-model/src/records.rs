//! Records as they go into the store: what the demo generator produces and what channel sync
//! will produce. Ids here are the caller's own keys (`key`), resolved to database ids on import,
//! so a generator never needs to know row ids.

use crate::{
    AuthorKind, Carrier, Category, Channel, ConversationStatus, DeliveryState, Direction,
    OrderStatus, Priority, UtcMillis,
};

/// A seller's shop on one marketplace site, e.g. "Shenzhen Gadgets — eBay US".
#[derive(Debug, Clone, PartialEq)]
pub struct StoreRecord {
    pub key: String,
    pub name: String,
    pub marketplace: Channel,
    /// Marketplace site code such as `US`, `DE`, `SG`; empty for channels without sites.
    pub site: String,
}

/// A buyer, with every handle they use on any channel.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerRecord {
    pub key: String,
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// IANA zone, e.g. `America/Mexico_City`.
    pub time_zone: String,
    /// BCP 47 primary language, e.g. `es`.
    pub language: String,
    pub identities: Vec<IdentityRecord>,
}

/// One handle of a buyer on a channel (an e-mail address, an eBay user id, a Telegram user).
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityRecord {
    pub channel: Channel,
    pub handle: String,
}

/// A marketplace order.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderRecord {
    pub key: String,
    pub store_key: String,
    pub customer_key: String,
    pub marketplace: Channel,
    pub site: String,
    pub order_number: String,
    pub items: Vec<OrderItem>,
    /// Total in minor units of `currency` (cents, fen …).
    pub amount_minor: i64,
    /// ISO 4217.
    pub currency: String,
    pub placed_at: UtcMillis,
    pub carrier: Option<Carrier>,
    pub tracking_number: Option<String>,
    pub status: OrderStatus,
}

/// One line of an order.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderItem {
    pub sku: String,
    pub title: String,
    pub quantity: u32,
    pub unit_price_minor: i64,
}

/// A conversation with its messages and notes, ready to import in one transaction.
#[derive(Debug, Clone, PartialEq)]
pub struct ConversationRecord {
    pub channel: Channel,
    pub store_key: String,
    pub customer_key: String,
    pub order_key: Option<String>,
    pub subject: String,
    pub status: ConversationStatus,
    pub priority: Priority,
    pub category: Category,
    pub language: String,
    pub assignee: Option<String>,
    pub tags: Vec<String>,
    /// When the next answer is due (first or next response), if one is owed.
    pub due_at: Option<UtcMillis>,
    pub messages: Vec<MessageRecord>,
    pub notes: Vec<NoteRecord>,
}

/// One message of a conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageRecord {
    /// The channel's own id for the message, which makes import idempotent.
    pub external_id: String,
    pub direction: Direction,
    pub author_kind: AuthorKind,
    pub author_name: String,
    pub text: String,
    /// Already sanitized HTML, if the channel sent HTML.
    pub html: Option<String>,
    pub sent_at: UtcMillis,
    /// For outgoing messages: where they are on their way.
    pub delivery: Option<DeliveryState>,
    /// Whether the agent has seen it (only meaningful for inbound).
    pub read: bool,
}

/// An internal note, visible to agents only.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteRecord {
    pub author: String,
    pub text: String,
    pub created_at: UtcMillis,
}
