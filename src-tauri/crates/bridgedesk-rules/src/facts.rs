//! What a rule may look at: one conversation's facts as plain data, filled in by the core from the
//! store and from triage, so this crate never reads a database or a clock.

use bridgedesk_model::{Category, Channel, ConversationStatus, Priority, UtcMillis};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use ts_rs::TS;

/// An amount of money in minor units (cents, fen …) of an ISO 4217 currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Money {
    #[ts(type = "number")]
    pub amount_minor: i64,
    /// ISO 4217, upper case, e.g. `EUR`.
    pub currency: String,
}

/// The facts about one conversation that conditions test and actions change.
///
/// Facts owned by the triage crate travel as their snake_case names (`logistics_problem`,
/// `customer_grade`, `segment`) so this crate does not depend on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ConversationFacts {
    /// The conversation's row id in the store.
    #[ts(type = "number")]
    pub conversation_id: i64,
    pub channel: Channel,
    /// The store (shop) row id.
    #[ts(type = "number")]
    pub store_id: i64,
    /// BCP 47 tag of the buyer's language, e.g. `es` or `zh-TW`.
    pub language: String,
    /// ISO 3166-1 alpha-2 country of the buyer.
    pub country: String,
    pub category: Category,
    /// Triage's logistics problem (`damaged`, `wrong_item`, …), if any.
    pub logistics_problem: Option<String>,
    /// Triage's customer grade: `key_a`, `key_b`, `ordinary` or `small`.
    pub customer_grade: String,
    /// Triage's segment: `new`, `returning`, `potential` or `dormant`.
    pub segment: String,
    /// Set by hand on the buyer; rules may route such conversations but never hide them.
    pub blacklisted: bool,
    /// Subject plus the newest buyer message, the text keyword and regex conditions search.
    pub text: String,
    /// Value of the linked order, if there is one.
    pub order_value: Option<Money>,
    pub priority: Priority,
    pub status: ConversationStatus,
    /// Agent the conversation is assigned to.
    pub assignee: Option<String>,
    /// The team handling the conversation.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub team_id: Option<i64>,
    pub tags: BTreeSet<String>,
    /// When the buyer last wrote.
    #[ts(type = "number | null")]
    pub last_buyer_message_at: Option<UtcMillis>,
    /// When an agent (or an auto-reply) last answered.
    #[ts(type = "number | null")]
    pub last_agent_message_at: Option<UtcMillis>,
    /// When the status last changed (for "pending for 3 days").
    #[ts(type = "number | null")]
    pub status_changed_at: Option<UtcMillis>,
    /// Whether `now` falls inside the store's business hours; the caller computes it with the
    /// SLA calendars.
    pub within_business_hours: bool,
    /// For time-based rules: rule id → the anchor instant the rule last fired for, so the
    /// scheduler does not fire it twice for the same anchor.
    #[ts(type = "Record<string, number>")]
    pub time_rule_runs: BTreeMap<String, UtcMillis>,
}

impl ConversationFacts {
    /// True when the buyer wrote last and no agent answer came after it.
    pub fn awaiting_agent(&self) -> bool {
        match (self.last_buyer_message_at, self.last_agent_message_at) {
            (Some(buyer), Some(agent)) => buyer > agent,
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// Facts with neutral values, for tests, examples and dry runs over sparse data.
    pub fn new(conversation_id: i64, channel: Channel) -> Self {
        Self {
            conversation_id,
            channel,
            store_id: 0,
            language: String::new(),
            country: String::new(),
            category: Category::Other,
            logistics_problem: None,
            customer_grade: "ordinary".to_owned(),
            segment: "new".to_owned(),
            blacklisted: false,
            text: String::new(),
            order_value: None,
            priority: Priority::Normal,
            status: ConversationStatus::Open,
            assignee: None,
            team_id: None,
            tags: BTreeSet::new(),
            last_buyer_message_at: None,
            last_agent_message_at: None,
            status_changed_at: None,
            within_business_hours: true,
            time_rule_runs: BTreeMap::new(),
        }
    }
}
