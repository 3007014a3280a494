//! Rules as data: the serde shape that is stored, exported, imported and edited in the UI.
//! Nothing here evaluates anything; see `engine` for that.

use bridgedesk_model::{Category, Channel, ConversationStatus, Priority};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The `format` field of an exported rule set.
pub const RULE_SET_FORMAT: &str = "bridgedesk.rules";
/// The newest rule-set format version this crate reads and writes.
pub const RULE_SET_VERSION: u32 = 1;

/// An ordered list of rules, as exported and imported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RuleSet {
    /// Always [`RULE_SET_FORMAT`].
    pub format: String,
    /// Format version; see [`RULE_SET_VERSION`].
    pub version: u32,
    /// Evaluated in this order.
    pub rules: Vec<Rule>,
}

impl RuleSet {
    /// A rule set in the current format.
    pub fn new(rules: Vec<Rule>) -> Self {
        Self {
            format: RULE_SET_FORMAT.to_owned(),
            version: RULE_SET_VERSION,
            rules,
        }
    }
}

/// One rule: when `trigger` happens and `condition` holds, plan `actions`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Rule {
    /// Stable id, unique in its set (e.g. `amazon-unanswered-20h`).
    pub id: String,
    /// Name the agent gave the rule (user data, shown as written).
    pub name: String,
    pub enabled: bool,
    pub trigger: Trigger,
    pub condition: Condition,
    pub actions: Vec<Action>,
    /// When this rule matches, later rules are not evaluated for this event
    /// ("first match wins" for the rules that set it).
    #[serde(default)]
    pub stop_after_match: bool,
}

/// What makes the engine look at a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Trigger {
    /// A buyer message arrived.
    NewBuyerMessage,
    /// An agent (or an auto-reply) answered.
    AgentReply,
    /// The status changed, by an agent or by another rule.
    StatusChange,
    /// `after_minutes` have passed since `anchor`; checked by the scheduler through
    /// [`crate::RuleBook::due_time_rules`].
    Time {
        anchor: TimeAnchor,
        #[ts(type = "number")]
        after_minutes: i64,
    },
}

/// The instant a time trigger counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TimeAnchor {
    LastBuyerMessage,
    LastAgentMessage,
    StatusChange,
}

/// How a number in the facts compares with the number in the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    Lt,
    Lte,
    Eq,
    Gte,
    Gt,
}

impl Comparison {
    /// `actual <op> expected`.
    pub fn holds(self, actual: i64, expected: i64) -> bool {
        match self {
            Comparison::Lt => actual < expected,
            Comparison::Lte => actual <= expected,
            Comparison::Eq => actual == expected,
            Comparison::Gte => actual >= expected,
            Comparison::Gt => actual > expected,
        }
    }

    /// The stable name, used as a trace argument.
    pub fn as_str(self) -> &'static str {
        match self {
            Comparison::Lt => "lt",
            Comparison::Lte => "lte",
            Comparison::Eq => "eq",
            Comparison::Gte => "gte",
            Comparison::Gt => "gt",
        }
    }
}

/// A test over [`crate::ConversationFacts`]. `All`/`Any`/`Not` nest; `All([])` holds and
/// `Any([])` does not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Condition {
    All {
        conditions: Vec<Condition>,
    },
    Any {
        conditions: Vec<Condition>,
    },
    Not {
        condition: Box<Condition>,
    },
    Channel {
        any_of: Vec<Channel>,
    },
    StoreId {
        #[ts(type = "number[]")]
        any_of: Vec<i64>,
    },
    /// The team handling the conversation is one of these team ids (0: no team).
    Team {
        #[ts(type = "number[]")]
        any_of: Vec<i64>,
    },
    /// Matches the primary subtag too: `es` matches `es-MX`.
    Language {
        any_of: Vec<String>,
    },
    Country {
        any_of: Vec<String>,
    },
    Category {
        any_of: Vec<Category>,
    },
    LogisticsProblem {
        any_of: Vec<String>,
    },
    CustomerGrade {
        any_of: Vec<String>,
    },
    Segment {
        any_of: Vec<String>,
    },
    /// Any of the keywords occurs in the text, ignoring case.
    Keywords {
        any_of: Vec<String>,
    },
    /// The pattern (at most [`crate::MAX_REGEX_LEN`] bytes, case-insensitive) matches the text.
    Regex {
        pattern: String,
    },
    /// The order value compares with `amount_minor` in the same currency; a conversation
    /// without an order or in another currency does not match.
    OrderValue {
        cmp: Comparison,
        #[ts(type = "number")]
        amount_minor: i64,
        currency: String,
    },
    Priority {
        any_of: Vec<Priority>,
    },
    Status {
        any_of: Vec<ConversationStatus>,
    },
    HasTag {
        any_of: Vec<String>,
    },
    /// Minutes since the buyer's last message; no buyer message means no match.
    MinutesSinceBuyerMessage {
        cmp: Comparison,
        #[ts(type = "number")]
        minutes: i64,
    },
    /// Minutes since the last agent answer; never answered counts as no match.
    MinutesSinceAgentMessage {
        cmp: Comparison,
        #[ts(type = "number")]
        minutes: i64,
    },
    /// Minutes since the status last changed.
    MinutesSinceStatusChange {
        cmp: Comparison,
        #[ts(type = "number")]
        minutes: i64,
    },
    /// The buyer wrote last (`is: true`) or an agent did / nobody did (`is: false`).
    AwaitingAgent {
        is: bool,
    },
    BusinessHours {
        within: bool,
    },
    Blacklisted {
        is: bool,
    },
}

/// What a matching rule plans. The core carries the plan out; actions that change facts are
/// also applied to the working facts so later rules see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Action {
    Assign {
        agent: String,
    },
    /// Move the conversation to a team (its calendar then counts the business time).
    AssignTeam {
        #[ts(type = "number")]
        team_id: i64,
    },
    Tag {
        tag: String,
    },
    SetPriority {
        priority: Priority,
    },
    SetCategory {
        category: Category,
    },
    /// Apply the SLA policy with this id (bridgedesk-sla `Policy::id`).
    ApplySlaPolicy {
        policy_id: String,
    },
    SetStatus {
        status: ConversationStatus,
    },
    /// Send the template's variant in the buyer's language.
    AutoReply {
        template_id: String,
    },
    /// An internal note, written by the rule's author.
    AddNote {
        text: String,
    },
    /// Notify an agent; `None` means the conversation's assignee.
    Notify {
        agent: Option<String>,
    },
}
