//! The rules engine: ordered evaluation of a compiled rule set for one event on one
//! conversation, with loop protection, a trace for every rule, time triggers for the scheduler
//! and dry runs for the editor.

use crate::condition::{compile, Compiled, Subject, TextMemo, TextSlots};
use crate::error::RuleSetError;
use crate::facts::ConversationFacts;
use crate::rule::{Action, Rule, RuleSet, TimeAnchor, Trigger, RULE_SET_FORMAT, RULE_SET_VERSION};
use crate::trace::{PlannedAction, RuleTrace, TraceOutcome};
use bridgedesk_model::UtcMillis;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, VecDeque};
use ts_rs::TS;

/// Most rules a set may hold.
pub const MAX_RULES: usize = 1000;
/// How many times the rules' own changes may re-trigger evaluation for one event.
pub const MAX_CASCADE_DEPTH: u8 = 4;

const MINUTE_MS: i64 = 60_000;

/// What happened to a conversation (time triggers go through [`RuleBook::due_time_rules`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RuleEvent {
    NewBuyerMessage,
    AgentReply,
    StatusChange,
}

/// The result of one event: a trace per rule looked at, the planned actions in order, and the
/// facts as the actions left them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Evaluation {
    #[ts(type = "number")]
    pub conversation_id: i64,
    pub traces: Vec<RuleTrace>,
    pub actions: Vec<PlannedAction>,
    pub facts: ConversationFacts,
    /// True when re-triggering stopped at [`MAX_CASCADE_DEPTH`].
    pub depth_limit_reached: bool,
}

/// What the scheduler gets from [`RuleBook::due_time_rules`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TimeCheck {
    pub evaluation: Evaluation,
    /// Time rules that fired, with the anchor instant to store in
    /// `ConversationFacts::time_rule_runs` (also already recorded in `evaluation.facts`).
    #[ts(type = "Array<[string, number]>")]
    pub fired: Vec<(String, UtcMillis)>,
    /// The earliest instant a time rule of this conversation becomes due, if any.
    #[ts(type = "number | null")]
    pub next_check_at: Option<UtcMillis>,
}

/// How much an [`Evaluation`]'s traces say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TraceDetail {
    /// Every rule looked at carries the checks that decided it, with the values compared.
    Full,
    /// Every rule looked at carries its outcome; only matched rules carry their checks. For
    /// evaluating at volume; [`RuleBook::explain`] gives a rule's checks on demand.
    Outcomes,
}

/// What a rule would have done to one conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DryRunRow {
    #[ts(type = "number")]
    pub conversation_id: i64,
    pub trace: RuleTrace,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone)]
struct CompiledRule {
    rule: Rule,
    condition: Compiled,
}

/// A validated, compiled rule set, ready to evaluate many conversations.
#[derive(Debug, Clone)]
pub struct RuleBook {
    rules: Vec<CompiledRule>,
    /// How many distinct keyword lists and regex patterns the rules hold (see [`TextMemo`]).
    text_checks: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    Event(RuleEvent),
    Time,
}

impl RuleBook {
    /// Validates and compiles a set; returns every problem found, not only the first.
    pub fn compile(set: &RuleSet) -> Result<Self, Vec<RuleSetError>> {
        let mut errors = Vec::new();
        if set.format != RULE_SET_FORMAT {
            errors.push(RuleSetError::UnknownFormat {
                format: set.format.clone(),
            });
        }
        if set.version == 0 || set.version > RULE_SET_VERSION {
            errors.push(RuleSetError::UnsupportedVersion {
                version: set.version,
            });
        }
        if set.rules.len() > MAX_RULES {
            errors.push(RuleSetError::TooManyRules { max: MAX_RULES });
        }
        let mut ids = BTreeSet::new();
        let mut rules = Vec::with_capacity(set.rules.len());
        let mut text_slots = TextSlots::default();
        for (index, rule) in set.rules.iter().enumerate() {
            match compile_rule(rule, index) {
                Ok(mut compiled) => {
                    compiled.condition.number_text_checks(&mut text_slots);
                    rules.push(compiled);
                }
                Err(mut e) => errors.append(&mut e),
            }
            if !rule.id.trim().is_empty() && !ids.insert(rule.id.as_str()) {
                errors.push(RuleSetError::DuplicateRuleId {
                    rule_id: rule.id.clone(),
                });
            }
        }
        if errors.is_empty() {
            Ok(Self {
                rules,
                text_checks: text_slots.len(),
            })
        } else {
            Err(errors)
        }
    }

    /// The rules, in evaluation order.
    pub fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.rules.iter().map(|r| &r.rule)
    }

    /// Evaluates every rule, in order, for `event` on one conversation.
    ///
    /// A matching rule's actions are planned and, where they change facts (assign, tag,
    /// priority, category, status), applied to the working facts so later rules see them.
    /// Changed facts re-trigger the event for the rules that have not fired yet, and a status
    /// change also raises a status-change event (re-triggered the same way). No rule fires twice
    /// per event, a `stop_after_match` rule keeps later rules out for the whole event, and
    /// re-triggering stops after [`MAX_CASCADE_DEPTH`] rounds (`depth_limit_reached`).
    /// Traces: one per rule for the first round; re-evaluation rounds add traces only for the
    /// rules they evaluate again.
    pub fn evaluate(
        &self,
        event: RuleEvent,
        facts: &ConversationFacts,
        now: UtcMillis,
    ) -> Evaluation {
        self.run(Pass::Event(event), facts, now, TraceDetail::Full)
            .0
    }

    /// [`RuleBook::evaluate`] with a choice of how much the traces say. With
    /// [`TraceDetail::Outcomes`] the rules, actions and facts are exactly the same; only the
    /// checks of rules that did not match are left out (explain one later with
    /// [`RuleBook::explain`]).
    pub fn evaluate_with(
        &self,
        event: RuleEvent,
        facts: &ConversationFacts,
        now: UtcMillis,
        detail: TraceDetail,
    ) -> Evaluation {
        self.run(Pass::Event(event), facts, now, detail).0
    }

    /// Why one rule matches these facts or not, with every deciding check and its values (for
    /// the "why not?" of a rule whose trace was recorded without checks). `None` for an unknown
    /// rule id. Triggers, `enabled` and due times are not considered.
    pub fn explain(
        &self,
        rule_id: &str,
        facts: &ConversationFacts,
        now: UtcMillis,
    ) -> Option<RuleTrace> {
        let compiled = self.rules.iter().find(|r| r.rule.id == rule_id)?;
        let text_lower = facts.text.to_lowercase();
        let subject = Subject {
            facts,
            now,
            text_lower: &text_lower,
        };
        let mut checks = Vec::new();
        let matched = compiled
            .condition
            .explain(&subject, &mut Vec::new(), &mut checks);
        Some(RuleTrace {
            rule_id: rule_id.to_owned(),
            depth: 0,
            outcome: if matched {
                TraceOutcome::Matched
            } else {
                TraceOutcome::NotMatched
            },
            checks,
            stopped_by: None,
            due_at: None,
        })
    }

    /// Evaluates the time-triggered rules that are due at `now` for one conversation; the
    /// scheduler calls it at `next_check_at` (or on its own period) and stores `fired`.
    pub fn due_time_rules(&self, facts: &ConversationFacts, now: UtcMillis) -> TimeCheck {
        let (evaluation, fired) = self.run(Pass::Time, facts, now, TraceDetail::Full);
        let next_check_at = self
            .rules
            .iter()
            .filter(|r| r.rule.enabled)
            .filter_map(|r| time_due_at(&r.rule, &evaluation.facts))
            .filter(|(due_at, anchor_at, id)| {
                *due_at > now && evaluation.facts.time_rule_runs.get(*id) != Some(anchor_at)
            })
            .map(|(due_at, _, _)| due_at)
            .min();
        TimeCheck {
            evaluation,
            fired,
            next_check_at,
        }
    }

    fn run(
        &self,
        first: Pass,
        facts: &ConversationFacts,
        now: UtcMillis,
        detail: TraceDetail,
    ) -> (Evaluation, Vec<(String, UtcMillis)>) {
        let text_lower = facts.text.to_lowercase();
        // Actions never change the text: each keyword list and pattern is searched once.
        let memo = TextMemo::new(self.text_checks);
        let mut working = facts.clone();
        let mut fired_rules = BTreeSet::new();
        let mut fired_time = Vec::new();
        // One trace per rule for the first round (re-evaluation rounds may add more).
        let mut traces = Vec::with_capacity(self.rules.len());
        let mut actions = Vec::new();
        let mut depth_limit_reached = false;
        // Rounds to run: (pass, depth, rules from this index on already saw the current facts,
        // facts version when queued). Any change bumps the version and voids that shortcut.
        let mut queue = VecDeque::from([(first, 0u8, usize::MAX, 0u32)]);
        let mut version = 0u32;
        // The event itself, plus status change once a rule changed the status.
        let mut active = vec![first];
        let mut stops: Vec<(Pass, usize, &str)> = Vec::new();

        while let Some((pass, depth, limit, queued_at)) = queue.pop_front() {
            let limit = if queued_at == version {
                limit
            } else {
                usize::MAX
            };
            if depth > MAX_CASCADE_DEPTH {
                depth_limit_reached = true;
                break;
            }
            // A stop holds for the rest of the event: re-evaluation rounds of the same kind
            // never reach past the rule that stopped.
            let mut stopped_by: Option<(usize, &str)> = stops
                .iter()
                .filter(|(p, _, _)| *p == pass)
                .min_by_key(|(_, i, _)| *i)
                .map(|(_, i, id)| (*i, *id));
            // Index of the last rule whose actions changed the facts in this round: rules after
            // it saw the final facts, so a re-evaluation round only needs the ones before it
            // (plus every rule after a change made in that round).
            let mut last_change: Option<usize> = None;
            let mut status_changed = false;
            for (index, compiled) in self.rules.iter().enumerate() {
                let rule = &compiled.rule;
                let listens = match (pass, &rule.trigger) {
                    (Pass::Time, Trigger::Time { .. }) => true,
                    (Pass::Event(e), t) => event_trigger(e) == Some(t),
                    _ => false,
                };
                // Re-evaluation rounds trace only the rules they could still fire.
                let past_stop = stopped_by.is_some_and(|(i, _)| index > i);
                let settled = index >= limit && last_change.is_none();
                let quiet = depth > 0
                    && (!listens
                        || !rule.enabled
                        || fired_rules.contains(&index)
                        || past_stop
                        || settled);
                if quiet {
                    continue;
                }
                let mut trace = RuleTrace {
                    rule_id: rule.id.clone(),
                    depth,
                    outcome: TraceOutcome::NotMatched,
                    checks: Vec::new(),
                    stopped_by: None,
                    due_at: None,
                };
                if !rule.enabled {
                    trace.outcome = TraceOutcome::Disabled;
                } else if !listens {
                    trace.outcome = TraceOutcome::OtherTrigger;
                } else if let Some((_, by)) = stopped_by.filter(|_| past_stop) {
                    trace.outcome = TraceOutcome::Stopped;
                    trace.stopped_by = Some(by.to_owned());
                } else if fired_rules.contains(&index) {
                    trace.outcome = TraceOutcome::AlreadyApplied;
                } else {
                    let mut anchor = None;
                    if pass == Pass::Time {
                        match time_due_at(rule, &working) {
                            Some((due_at, anchor_at, _)) => {
                                trace.due_at = Some(due_at);
                                let done = working.time_rule_runs.get(&rule.id) == Some(&anchor_at);
                                if now < due_at || done {
                                    trace.outcome = TraceOutcome::NotDue;
                                } else {
                                    anchor = Some(anchor_at);
                                }
                            }
                            None => trace.outcome = TraceOutcome::NotDue,
                        }
                    }
                    if pass != Pass::Time || anchor.is_some() {
                        let subject = Subject {
                            facts: &working,
                            now,
                            text_lower: &text_lower,
                        };
                        let matched = match detail {
                            TraceDetail::Full => compiled.condition.explain_with(
                                &subject,
                                &memo,
                                &mut Vec::new(),
                                &mut trace.checks,
                            ),
                            // Explain only what matched; a miss costs no allocation.
                            TraceDetail::Outcomes => {
                                compiled.condition.holds_with(&subject, &memo)
                                    && compiled.condition.explain_with(
                                        &subject,
                                        &memo,
                                        &mut Vec::new(),
                                        &mut trace.checks,
                                    )
                            }
                        };
                        if matched {
                            trace.outcome = TraceOutcome::Matched;
                            fired_rules.insert(index);
                            if let Some(anchor_at) = anchor {
                                working.time_rule_runs.insert(rule.id.clone(), anchor_at);
                                fired_time.push((rule.id.clone(), anchor_at));
                            }
                            for action in &rule.actions {
                                let (c, s) = apply(action, &mut working, now);
                                if c {
                                    last_change = Some(index);
                                    version += 1;
                                }
                                status_changed |= s;
                                actions.push(PlannedAction {
                                    rule_id: rule.id.clone(),
                                    action: action.clone(),
                                });
                            }
                            if rule.stop_after_match && stopped_by.is_none_or(|(i, _)| index < i) {
                                stopped_by = Some((index, &rule.id));
                                stops.push((pass, index, &rule.id));
                            }
                        }
                    }
                }
                traces.push(trace);
            }
            let status_pass = Pass::Event(RuleEvent::StatusChange);
            if status_changed && !active.contains(&status_pass) {
                active.push(status_pass);
            }
            // Changed facts re-trigger every active round that is not already waiting.
            if let Some(index) = last_change {
                for &p in &active {
                    if !queue.iter().any(|(q, ..)| *q == p) {
                        let limit = if p == pass { index } else { usize::MAX };
                        queue.push_back((p, depth + 1, limit, version));
                    }
                }
            }
        }
        tracing::debug!(
            conversation_id = facts.conversation_id,
            planned = actions.len(),
            depth_limit_reached,
            "rules evaluated"
        );
        (
            Evaluation {
                conversation_id: facts.conversation_id,
                traces,
                actions,
                facts: working,
                depth_limit_reached,
            },
            fired_time,
        )
    }
}

fn event_trigger(event: RuleEvent) -> Option<&'static Trigger> {
    Some(match event {
        RuleEvent::NewBuyerMessage => &Trigger::NewBuyerMessage,
        RuleEvent::AgentReply => &Trigger::AgentReply,
        RuleEvent::StatusChange => &Trigger::StatusChange,
    })
}

fn compile_rule(rule: &Rule, index: usize) -> Result<CompiledRule, Vec<RuleSetError>> {
    let mut errors = Vec::new();
    if rule.id.trim().is_empty() {
        errors.push(RuleSetError::EmptyRuleId { index });
    }
    if rule.actions.is_empty() {
        errors.push(RuleSetError::NoActions {
            rule_id: rule.id.clone(),
        });
    }
    if let Trigger::Time { after_minutes, .. } = rule.trigger {
        if after_minutes < 0 {
            errors.push(RuleSetError::NegativeDuration {
                rule_id: rule.id.clone(),
            });
        }
    }
    match compile(&rule.condition, &rule.id, 0) {
        Ok(condition) if errors.is_empty() => Ok(CompiledRule {
            rule: rule.clone(),
            condition,
        }),
        Ok(_) => Err(errors),
        Err(e) => {
            errors.push(e);
            Err(errors)
        }
    }
}

/// `(due_at, anchor_at, rule id)` of a time rule, if its anchor exists in the facts.
fn time_due_at<'r>(rule: &'r Rule, facts: &ConversationFacts) -> Option<(i64, i64, &'r str)> {
    let Trigger::Time {
        anchor,
        after_minutes,
    } = rule.trigger
    else {
        return None;
    };
    let anchor_at = match anchor {
        TimeAnchor::LastBuyerMessage => facts.last_buyer_message_at,
        TimeAnchor::LastAgentMessage => facts.last_agent_message_at,
        TimeAnchor::StatusChange => facts.status_changed_at,
    }?;
    Some((
        anchor_at.saturating_add(after_minutes.saturating_mul(MINUTE_MS)),
        anchor_at,
        rule.id.as_str(),
    ))
}

/// Applies an action to the working facts; returns (facts changed, status changed).
pub(crate) fn apply(
    action: &Action,
    facts: &mut ConversationFacts,
    now: UtcMillis,
) -> (bool, bool) {
    match action {
        Action::Assign { agent } => {
            let changed = facts.assignee.as_deref() != Some(agent.as_str());
            facts.assignee = Some(agent.clone());
            (changed, false)
        }
        Action::AssignTeam { team_id } => {
            let changed = facts.team_id != Some(*team_id);
            facts.team_id = Some(*team_id);
            (changed, false)
        }
        Action::Tag { tag } => (facts.tags.insert(tag.clone()), false),
        Action::SetPriority { priority } => {
            let changed = facts.priority != *priority;
            facts.priority = *priority;
            (changed, false)
        }
        Action::SetCategory { category } => {
            let changed = facts.category != *category;
            facts.category = *category;
            (changed, false)
        }
        Action::SetStatus { status } => {
            let changed = facts.status != *status;
            if changed {
                facts.status = *status;
                facts.status_changed_at = Some(now);
            }
            (changed, changed)
        }
        Action::ApplySlaPolicy { .. }
        | Action::AutoReply { .. }
        | Action::AddNote { .. }
        | Action::Notify { .. } => (false, false),
    }
}

/// What `rule` would do to each conversation, ignoring whether it is enabled and which event it
/// listens to (time rules are checked against `now`). Facts are not changed.
pub fn dry_run(
    rule: &Rule,
    conversations: &[ConversationFacts],
    now: UtcMillis,
) -> Result<Vec<DryRunRow>, Vec<RuleSetError>> {
    let compiled = compile_rule(rule, 0)?;
    Ok(conversations
        .iter()
        .map(|facts| {
            let text_lower = facts.text.to_lowercase();
            let mut trace = RuleTrace {
                rule_id: rule.id.clone(),
                depth: 0,
                outcome: TraceOutcome::NotMatched,
                checks: Vec::new(),
                stopped_by: None,
                due_at: None,
            };
            let mut due = true;
            if let Trigger::Time { .. } = rule.trigger {
                match time_due_at(rule, facts) {
                    Some((due_at, _, _)) => {
                        trace.due_at = Some(due_at);
                        due = now >= due_at;
                    }
                    None => due = false,
                }
            }
            let subject = Subject {
                facts,
                now,
                text_lower: &text_lower,
            };
            let matched = compiled
                .condition
                .explain(&subject, &mut Vec::new(), &mut trace.checks);
            trace.outcome = match (due, matched) {
                (false, _) => TraceOutcome::NotDue,
                (true, true) => TraceOutcome::Matched,
                (true, false) => TraceOutcome::NotMatched,
            };
            let actions = if trace.outcome == TraceOutcome::Matched {
                rule.actions.clone()
            } else {
                Vec::new()
            };
            DryRunRow {
                conversation_id: facts.conversation_id,
                trace,
                actions,
            }
        })
        .collect())
}
