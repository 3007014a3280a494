//! Deterministic, seeded demo and benchmark data for Bridgedesk.
//!
//! [`demo_workspace`] builds the inbox a newcomer sees on first run: Shenzhen Brightway
//! Electronics, a cross-border seller with stores on eBay, Amazon, Shopee, Lazada, TikTok Shop,
//! its own web shop and Telegram, and a few hundred conversations with buyers in eighteen
//! countries writing in their own languages — pre-sale questions, parcels stuck in customs,
//! returns, damaged items, dispute threats and thank-yous — answered by agents in Shenzhen in
//! the buyer's language, with the orders, carriers and tracking numbers behind them.
//!
//! [`ScaleGenerator`] streams the same kind of data at benchmark scale (hundreds of thousands of
//! conversations, millions of messages) in batches, without holding it all in memory.
//!
//! Everything is a pure function of its inputs: the same `(seed, now)` always gives the same
//! data, and nothing reads a clock, a file or the network.

#![warn(missing_docs)]

mod catalogue;
mod intent;
mod market;
mod notes;
mod orders;
mod people;
mod phrases;
mod render;
mod scale;
mod teams;
mod threads;
mod timing;
mod tracking;
mod workspace;

#[cfg(test)]
mod tests;

use bridgedesk_model::{ConversationRecord, CustomerRecord, OrderRecord, StoreRecord, UtcMillis};

pub use catalogue::{minor_digits, usd_cents};
pub use market::response_target_hours;
pub use scale::{DemoBatch, ScaleGenerator};
pub use teams::{demo_teams, DemoTeam, SHARED_STORE_KEYS};
pub use tracking::{is_valid_s10, s10_check_digit};

/// A complete demo workspace, ready to import: stores first, then customers, orders and
/// conversations (which refer to the others by key).
#[derive(Debug, Clone, PartialEq)]
pub struct DemoWorkspace {
    /// The seller's stores, one per marketplace site plus the web shop and Telegram.
    pub stores: Vec<StoreRecord>,
    /// Buyers, each with their handles on every channel they used.
    pub customers: Vec<CustomerRecord>,
    /// Orders linked from conversations, plus past orders of returning buyers.
    pub orders: Vec<OrderRecord>,
    /// Conversations with their messages and internal notes.
    pub conversations: Vec<ConversationRecord>,
}

/// Builds the demo workspace for `seed`, with every message before `now` (the newest within
/// the last few hours, the oldest about 45 days back). The same `(seed, now)` always gives the
/// same workspace.
pub fn demo_workspace(seed: u64, now: UtcMillis) -> DemoWorkspace {
    workspace::build(seed, now)
}
