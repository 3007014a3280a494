//! Bridgedesk's rules engine, reply templates and check before sending, as a pure crate: no I/O
//! and no clock (`now` is always an argument, instants are UTC milliseconds).
//!
//! # Rules
//! Rules are data ([`RuleSet`] → [`Rule`]: a [`Trigger`], a [`Condition`] tree over
//! [`ConversationFacts`], and [`Action`]s), exported and imported as versioned JSON
//! ([`export_rule_set`], [`import_rule_set`]; problems come back as [`RuleSetError`]s with a code,
//! a Fluent message id and arguments). A [`RuleBook`] is a compiled set:
//!
//! - [`RuleBook::evaluate`] runs the rules in order for a [`RuleEvent`] and returns an
//!   [`Evaluation`]: a [`RuleTrace`] per rule (matched or not and why, as codes and values),
//!   the [`PlannedAction`]s in order and the facts after them. Rules with `stop_after_match`
//!   end the round when they match. Actions that change facts re-trigger evaluation; no rule
//!   fires twice per event and rounds stop at [`MAX_CASCADE_DEPTH`].
//! - [`RuleBook::due_time_rules`] evaluates time-triggered rules for the scheduler and returns
//!   the fired rules and `next_check_at`.
//! - [`dry_run`] shows what one rule would do to a list of conversations.
//! - [`RuleBook::evaluate_with`] and [`TraceDetail::Outcomes`] evaluate at volume (checks only
//!   for rules that matched); [`RuleBook::explain`] gives any rule's checks on demand.
//! - [`starter_rule_set`] holds disabled examples for the seed scenarios.
//!
//! # Reply templates
//! A [`ReplyTemplate`] has one variant per language, each a Fluent pattern, so plurals and
//! selections (`$postage_payer`) are grammatical. [`render`] picks the variant for the buyer's
//! language (exact tag, same primary language, fallback) and formats [`TemplateValue`]s; dates
//! are written in the buyer's zone and the variant's language ([`format_delivery_date`]).
//! [`starter_templates`] embeds five templates in [`STARTER_LANGUAGES`].
//!
//! # Check before sending
//! [`check_reply`] returns [`Finding`]s with byte, char and UTF-16 spans: sensitive words
//! ([`SensitiveWords`], per language, editable, starter lists embedded), personal data (e-mail,
//! phone, payment card with Luhn, IBAN with mod 97) and each marketplace's rules on links and
//! off-platform contact ([`marketplace_policy`]); [`Severity::Warn`] may be overridden,
//! [`Severity::Block`] may not ([`blocks_sending`]).
//!
//! ```
//! use bridgedesk_model::{Channel, Priority};
//! use bridgedesk_rules::*;
//!
//! let rule = Rule {
//!     id: "amazon-unanswered-20h".into(),
//!     name: "Amazon: unanswered for 20 h".into(),
//!     enabled: true,
//!     trigger: Trigger::Time { anchor: TimeAnchor::LastBuyerMessage, after_minutes: 20 * 60 },
//!     condition: Condition::All { conditions: vec![
//!         Condition::Channel { any_of: vec![Channel::Amazon] },
//!         Condition::AwaitingAgent { is: true },
//!     ]},
//!     actions: vec![Action::SetPriority { priority: Priority::Urgent }],
//!     stop_after_match: false,
//! };
//! let book = RuleBook::compile(&RuleSet::new(vec![rule])).map_err(|e| format!("{e:?}"))?;
//! let mut facts = ConversationFacts::new(7, Channel::Amazon);
//! facts.last_buyer_message_at = Some(0);
//! let hour = 3_600_000;
//! let early = book.due_time_rules(&facts, 19 * hour);
//! assert!(early.evaluation.actions.is_empty());
//! assert_eq!(early.next_check_at, Some(20 * hour));
//! let due = book.due_time_rules(&facts, 20 * hour);
//! assert_eq!(due.evaluation.facts.priority, Priority::Urgent);
//! # Ok::<(), String>(())
//! ```

mod condition;
mod delivery_date;
mod engine;
mod error;
mod exchange;
mod facts;
#[cfg(test)]
mod properties;
mod rule;
mod send_check;
mod sensitive_words;
mod template;
mod trace;

pub use condition::{CONDITION_CODES, MAX_CONDITION_DEPTH, MAX_REGEX_LEN, REGEX_SIZE_LIMIT};
pub use delivery_date::format_delivery_date;
pub use engine::{
    dry_run, DryRunRow, Evaluation, RuleBook, RuleEvent, TimeCheck, TraceDetail, MAX_CASCADE_DEPTH,
    MAX_RULES,
};
pub use error::{error_message_ids, RuleSetError, TemplateError};
pub use exchange::{export_rule_set, import_rule_set, starter_rule_set, validate_rule_set};
pub use facts::{ConversationFacts, Money};
pub use rule::{
    Action, Comparison, Condition, Rule, RuleSet, TimeAnchor, Trigger, RULE_SET_FORMAT,
    RULE_SET_VERSION,
};
pub use send_check::{
    blocks_sending, check_reply, finding_message_ids, iban_valid, luhn_valid, marketplace_policy,
    Finding, FindingKind, MarketplacePolicy, Severity,
};
pub use sensitive_words::{starter_word_lists, SensitiveWords, MAX_SENSITIVE_WORD_CHARS};
pub use template::{
    render, starter_templates, RenderedReply, ReplyTemplate, TemplateValue, STARTER_LANGUAGES,
    TEMPLATE_VARIABLES,
};
pub use trace::{ConditionCheck, PlannedAction, RuleTrace, TraceOutcome};

/// Every Fluent message id a [`ConditionCheck`] may carry:
/// `rule-check-<code>-passed` and `rule-check-<code>-failed` for each code in
/// [`CONDITION_CODES`] (underscores as dashes). Arguments: `$actual`, `$expected` where the
/// condition compares values.
pub fn trace_message_ids() -> Vec<String> {
    CONDITION_CODES
        .iter()
        .flat_map(|code| {
            let code = code.replace('_', "-");
            [
                format!("rule-check-{code}-passed"),
                format!("rule-check-{code}-failed"),
            ]
        })
        .collect()
}
