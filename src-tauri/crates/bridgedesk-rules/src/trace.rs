//! Why a rule matched or not, as codes and arguments (never English), so the UI can explain
//! every run in the agent's language and the store can log it per conversation.

use crate::rule::Action;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// The result of looking at one rule for one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TraceOutcome {
    /// Conditions held; the rule's actions were planned.
    Matched,
    /// A condition failed; see the checks.
    NotMatched,
    /// The rule is switched off.
    Disabled,
    /// The rule listens to another trigger.
    OtherTrigger,
    /// The rule already fired for this event (loop protection).
    AlreadyApplied,
    /// An earlier rule with `stop_after_match` matched.
    Stopped,
    /// A time rule whose moment has not come (or already fired for this anchor).
    NotDue,
}

/// One condition looked at, with the values compared.
///
/// `message_id` is a Fluent id the UI formats with `args` (see [`crate::trace_message_ids`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConditionCheck {
    /// Position in the condition tree, e.g. `0.2` = third child of the first child.
    pub path: String,
    /// Stable code of the condition kind, e.g. `channel`.
    pub code: String,
    pub passed: bool,
    pub message_id: String,
    pub args: BTreeMap<String, String>,
}

/// Everything the engine decided about one rule for one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RuleTrace {
    pub rule_id: String,
    /// 0 for the event itself, 1.. for re-evaluations caused by the rules' own changes.
    pub depth: u8,
    pub outcome: TraceOutcome,
    /// For `NotMatched`: the checks that decided it (the first failing leaf of an `all`, every
    /// failing child of an `any`). For `Matched`: the checks that held. Empty otherwise.
    pub checks: Vec<ConditionCheck>,
    /// For `Stopped`: the rule that stopped evaluation.
    pub stopped_by: Option<String>,
    /// For time rules: when the rule is (or was) due.
    #[ts(type = "number | null")]
    pub due_at: Option<i64>,
}

/// An action a rule plans, with the rule that planned it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlannedAction {
    pub rule_id: String,
    pub action: Action,
}
