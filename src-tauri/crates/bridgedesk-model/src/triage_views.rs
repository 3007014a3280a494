//! IPC views of triage, customer grades, rules, templates and the send check (issue 6).
//!
//! The closed vocabularies of triage (logistics problems, dispute risks, grades, segments) live
//! in the triage crate, which depends on this one; here they travel as their stable snake_case
//! names, the same words the database and the locale files use.

use crate::{Category, Channel};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// What triage says about a conversation, for the badges of list rows and the header.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct TriageBadges {
    /// `damaged`, `wrong_item`, `delivered_not_received`, `no_tracking_update`,
    /// `customs_hold` or `returned_to_sender`.
    pub logistics_problem: Option<String>,
    /// `chargeback`, `paypal_claim`, `a_to_z_claim`, `bad_review`, `platform_report`, sorted.
    pub dispute_risks: Vec<String>,
    pub angry: bool,
    pub urgent: bool,
    /// An agent corrected the category by hand (triage no longer overrides it).
    pub category_corrected: bool,
}

/// How the buyer stands with the shop: grade and segment from order history, and the blacklist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct CustomerStanding {
    /// `key_a`, `key_b`, `ordinary` or `small`; empty before the first grading.
    pub grade: String,
    /// `new`, `returning`, `potential` or `dormant`; empty before the first grading.
    pub segment: String,
    pub blacklist: Option<BlacklistEntry>,
}

/// Why and by whom a buyer was blacklisted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct BlacklistEntry {
    pub reason: String,
    pub by: String,
    #[ts(type = "number")]
    pub at: i64,
}

/// A stored rule as the rule editor lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RuleView {
    #[ts(type = "number")]
    pub id: i64,
    pub position: u32,
    /// The rule itself (the rules crate's `Rule`: name, enabled, trigger, condition, actions).
    #[ts(type = "Rule")]
    pub rule: serde_json::Value,
}

/// One step of an explanation: a Fluent message id with its arguments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TraceLine {
    pub message_id: String,
    pub args: BTreeMap<String, String>,
    /// Whether this step held.
    pub passed: bool,
}

/// One row of a dry run or of the run log: a rule on a conversation, matched or not, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RuleRunView {
    #[ts(type = "number")]
    pub conversation_id: i64,
    pub subject: String,
    pub customer_name: String,
    pub channel: Channel,
    pub rule_name: String,
    /// `new_buyer_message`, `agent_reply`, `status_change`, `time` or `dry_run`.
    pub trigger: String,
    pub matched: bool,
    pub trace: Vec<TraceLine>,
    /// What was (or in a dry run, would have been) done, as explanations.
    pub actions: Vec<TraceLine>,
    #[ts(type = "number")]
    pub ran_at: i64,
}

/// A reply template as the picker lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TemplateView {
    #[ts(type = "number")]
    pub id: i64,
    /// Stable id (auto-reply actions name it), e.g. `shipping-notice`.
    pub key: String,
    /// `starter` or `agent`.
    pub origin: String,
    /// The name in the agent's language (or the template's own name).
    pub name: String,
    /// The name in every language it has one, for searching.
    pub names: BTreeMap<String, String>,
    /// The languages it has a variant in.
    pub languages: Vec<String>,
}

/// A template rendered for one conversation: the text for the buyer and the agent's preview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RenderedTemplate {
    pub template_key: String,
    pub language: String,
    pub text: String,
    pub preview_language: String,
    pub preview: String,
}

/// Something the send check found in a reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SendFinding {
    /// `sensitive_word`, `email_address`, `phone_number`, `payment_card`, `iban`, `link` or
    /// `off_platform_app`.
    pub code: String,
    /// `warn` (the agent may override) or `block` (the marketplace forbids it).
    pub severity: String,
    /// Offsets in UTF-16 code units of the reply text, as the composer's textarea counts.
    pub start: u32,
    pub end: u32,
    /// Fluent message id explaining the finding, and its arguments (`text`, `channel`).
    pub message_id: String,
    pub args: BTreeMap<String, String>,
}

/// The result of the check before sending.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SendCheckView {
    pub findings: Vec<SendFinding>,
    pub blocked: bool,
    pub needs_override: bool,
}

/// The outcome of sending a reply through the check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ReplyOutcome {
    /// The reply is in the outbox.
    Queued { message: crate::MessageView },
    /// The check found something; nothing was sent.
    Checked { check: SendCheckView },
}

/// Sensitive words of one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SensitiveWordList {
    pub language: String,
    pub words: Vec<String>,
}

/// Result of importing rules from JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RuleImport {
    pub imported: u32,
    pub rules: Vec<RuleView>,
}

/// What the developer menu's "Simulate buyer message" did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SimulatedMessage {
    #[ts(type = "number")]
    pub conversation_id: i64,
    pub category: Category,
    /// The rule runs the message triggered.
    pub runs: Vec<RuleRunView>,
}

/// Payload of the `rule-notified` event: a rule asks an agent to look at a conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RuleNotified {
    #[ts(type = "number")]
    pub conversation_id: i64,
    pub rule_name: String,
    /// The agent to notify; `None` when the conversation has no assignee.
    pub agent: Option<String>,
}
