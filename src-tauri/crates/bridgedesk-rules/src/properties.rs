//! Property tests for conditions and actions: the laws of all/any/not, the explained evaluation
//! agreeing with the plain one, determinism, and loop protection terminating on any rule set.

use crate::condition::{compile, Compiled, Subject};
use crate::engine::{RuleBook, RuleEvent, TraceDetail, MAX_CASCADE_DEPTH};
use crate::facts::ConversationFacts;
use crate::rule::{Action, Comparison, Condition, Rule, RuleSet, Trigger};
use crate::trace::TraceOutcome;
use bridgedesk_model::{Category, Channel, ConversationStatus, Priority};
use proptest::prelude::*;
use std::collections::BTreeMap;

const NOW: i64 = 1_772_000_000_000;
const TAGS: [&str; 3] = ["vip", "late", "fragile"];
const WORDS: [&str; 4] = ["refund", "broken", "where", "thanks"];

fn channel() -> impl Strategy<Value = Channel> {
    prop::sample::select(Channel::ALL.to_vec())
}
fn priority() -> impl Strategy<Value = Priority> {
    prop::sample::select(Priority::ALL.to_vec())
}
fn status() -> impl Strategy<Value = ConversationStatus> {
    prop::sample::select(ConversationStatus::ALL.to_vec())
}
fn tag() -> impl Strategy<Value = String> {
    prop::sample::select(TAGS.to_vec()).prop_map(str::to_owned)
}

fn leaf() -> impl Strategy<Value = Condition> {
    prop_oneof![
        prop::collection::vec(channel(), 0..3).prop_map(|any_of| Condition::Channel { any_of }),
        prop::collection::vec(priority(), 0..3).prop_map(|any_of| Condition::Priority { any_of }),
        prop::collection::vec(status(), 0..3).prop_map(|any_of| Condition::Status { any_of }),
        prop::collection::vec(tag(), 0..3).prop_map(|any_of| Condition::HasTag { any_of }),
        prop::collection::vec(prop::sample::select(WORDS.to_vec()), 0..3).prop_map(|w| {
            Condition::Keywords {
                any_of: w.into_iter().map(str::to_uppercase).collect(),
            }
        }),
        any::<bool>().prop_map(|is| Condition::AwaitingAgent { is }),
        any::<bool>().prop_map(|within| Condition::BusinessHours { within }),
        any::<bool>().prop_map(|is| Condition::Blacklisted { is }),
        (0i64..3000).prop_map(|minutes| Condition::MinutesSinceBuyerMessage {
            cmp: Comparison::Gte,
            minutes
        }),
        (0i64..50_000).prop_map(|amount_minor| Condition::OrderValue {
            cmp: Comparison::Lt,
            amount_minor,
            currency: "EUR".into()
        }),
    ]
}

fn condition() -> impl Strategy<Value = Condition> {
    leaf().prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4)
                .prop_map(|conditions| Condition::All { conditions }),
            prop::collection::vec(inner.clone(), 0..4)
                .prop_map(|conditions| Condition::Any { conditions }),
            inner.prop_map(|c| Condition::Not {
                condition: Box::new(c)
            }),
        ]
    })
}

fn facts() -> impl Strategy<Value = ConversationFacts> {
    (
        channel(),
        priority(),
        status(),
        prop::collection::btree_set(tag(), 0..3),
        prop::collection::vec(prop::sample::select(WORDS.to_vec()), 0..4),
        (any::<bool>(), any::<bool>()),
        (0i64..3 * 24 * 60, prop::option::of(0i64..3 * 24 * 60)),
        prop::option::of(0i64..60_000),
    )
        .prop_map(
            |(ch, pr, st, tags, words, (bh, bl), (buyer_ago, agent_ago), value)| {
                let mut f = ConversationFacts::new(1, ch);
                f.priority = pr;
                f.status = st;
                f.tags = tags;
                f.text = words.join(" ");
                f.within_business_hours = bh;
                f.blacklisted = bl;
                f.last_buyer_message_at = Some(NOW - buyer_ago * 60_000);
                f.last_agent_message_at = agent_ago.map(|a| NOW - a * 60_000);
                f.order_value = value.map(|amount_minor| crate::Money {
                    amount_minor,
                    currency: "EUR".into(),
                });
                f
            },
        )
}

fn fact_changing_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        tag().prop_map(|tag| Action::Tag { tag }),
        priority().prop_map(|priority| Action::SetPriority { priority }),
        status().prop_map(|status| Action::SetStatus { status }),
        prop::sample::select(Category::ALL.to_vec())
            .prop_map(|category| Action::SetCategory { category }),
        prop::sample::select(vec!["Ana", "Li"]).prop_map(|a| Action::Assign { agent: a.into() }),
    ]
}

fn compiled(c: &Condition) -> Compiled {
    compile(c, "p", 0).unwrap_or_else(|e| panic!("{e}"))
}

fn holds(c: &Condition, f: &ConversationFacts) -> bool {
    let lower = f.text.to_lowercase();
    compiled(c).holds(&Subject {
        facts: f,
        now: NOW,
        text_lower: &lower,
    })
}

fn explain(c: &Condition, f: &ConversationFacts) -> (bool, Vec<crate::ConditionCheck>) {
    let lower = f.text.to_lowercase();
    let mut checks = Vec::new();
    let result = compiled(c).explain(
        &Subject {
            facts: f,
            now: NOW,
            text_lower: &lower,
        },
        &mut Vec::new(),
        &mut checks,
    );
    (result, checks)
}

proptest! {
    #[test]
    fn all_of_nothing_holds_and_any_of_nothing_does_not(f in facts()) {
        let empty_all = Condition::All { conditions: vec![] };
        let empty_any = Condition::Any { conditions: vec![] };
        prop_assert!(holds(&empty_all, &f));
        prop_assert!(!holds(&empty_any, &f));
        prop_assert!(explain(&empty_all, &f).0);
        prop_assert!(!explain(&empty_any, &f).0);
    }

    #[test]
    fn double_negation_changes_nothing(c in condition(), f in facts()) {
        let twice = Condition::Not { condition: Box::new(Condition::Not { condition: Box::new(c.clone()) }) };
        prop_assert_eq!(holds(&twice, &f), holds(&c, &f));
    }

    #[test]
    fn de_morgan_laws_hold(cs in prop::collection::vec(condition(), 0..4), f in facts()) {
        let negated: Vec<Condition> = cs.iter().cloned().map(|c| Condition::Not { condition: Box::new(c) }).collect();
        let not_all = Condition::Not { condition: Box::new(Condition::All { conditions: cs.clone() }) };
        let not_any = Condition::Not { condition: Box::new(Condition::Any { conditions: cs.clone() }) };
        prop_assert_eq!(holds(&not_all, &f), holds(&Condition::Any { conditions: negated.clone() }, &f));
        prop_assert_eq!(holds(&not_any, &f), holds(&Condition::All { conditions: negated }, &f));
    }

    #[test]
    fn all_and_any_agree_with_their_children(cs in prop::collection::vec(condition(), 0..4), f in facts()) {
        prop_assert_eq!(holds(&Condition::All { conditions: cs.clone() }, &f), cs.iter().all(|c| holds(c, &f)));
        prop_assert_eq!(holds(&Condition::Any { conditions: cs.clone() }, &f), cs.iter().any(|c| holds(c, &f)));
    }

    #[test]
    fn explained_evaluation_agrees_and_is_deterministic(c in condition(), f in facts()) {
        let (result, checks) = explain(&c, &f);
        prop_assert_eq!(result, holds(&c, &f));
        prop_assert_eq!((result, checks.clone()), explain(&c, &f));
        for check in &checks {
            let suffix = if check.passed { "-passed" } else { "-failed" };
            prop_assert!(check.message_id.ends_with(suffix), "{}", check.message_id);
            prop_assert!(crate::trace_message_ids().contains(&check.message_id));
        }
    }

    #[test]
    fn loop_protection_terminates_and_no_rule_fires_twice(
        specs in prop::collection::vec(
            (condition(), prop::collection::vec(fact_changing_action(), 1..3), any::<bool>(), 0u8..3),
            1..12,
        ),
        f in facts(),
    ) {
        let rules: Vec<Rule> = specs.into_iter().enumerate().map(|(i, (condition, actions, stop, trig))| Rule {
            id: format!("r{i}"),
            name: format!("r{i}"),
            enabled: true,
            trigger: match trig { 0 => Trigger::NewBuyerMessage, 1 => Trigger::StatusChange, _ => Trigger::AgentReply },
            condition,
            actions,
            stop_after_match: stop,
        }).collect();
        let book = RuleBook::compile(&RuleSet::new(rules)).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let e = book.evaluate(RuleEvent::NewBuyerMessage, &f, NOW);
        let mut fired: BTreeMap<&str, usize> = BTreeMap::new();
        for t in &e.traces {
            prop_assert!(t.depth <= MAX_CASCADE_DEPTH);
            if t.outcome == TraceOutcome::Matched {
                *fired.entry(t.rule_id.as_str()).or_default() += 1;
            }
        }
        prop_assert!(fired.values().all(|n| *n == 1));
        let planned: std::collections::BTreeSet<&str> = e.actions.iter().map(|a| a.rule_id.as_str()).collect();
        prop_assert_eq!(planned.len(), fired.len());
        prop_assert_eq!(&e, &book.evaluate(RuleEvent::NewBuyerMessage, &f, NOW));

        // Outcome-only traces decide exactly the same; only the misses lose their checks.
        let lean = book.evaluate_with(RuleEvent::NewBuyerMessage, &f, NOW, TraceDetail::Outcomes);
        prop_assert_eq!(&lean.actions, &e.actions);
        prop_assert_eq!(&lean.facts, &e.facts);
        prop_assert_eq!(lean.traces.len(), e.traces.len());
        for (l, full) in lean.traces.iter().zip(&e.traces) {
            prop_assert_eq!((&l.rule_id, l.depth, l.outcome), (&full.rule_id, full.depth, full.outcome));
            if l.outcome == TraceOutcome::Matched {
                prop_assert_eq!(&l.checks, &full.checks);
            } else {
                prop_assert!(l.checks.is_empty());
            }
        }

        // Fixpoint: unless the depth cap cut it short, every new-message rule that matches the
        // final facts has fired, or sits after a rule that stopped evaluation.
        if !e.depth_limit_reached {
            let rules: Vec<&Rule> = book.rules().collect();
            let stop = rules
                .iter()
                .position(|r| r.stop_after_match && r.trigger == Trigger::NewBuyerMessage && fired.contains_key(r.id.as_str()))
                .unwrap_or(usize::MAX);
            for (i, r) in rules.iter().enumerate() {
                if r.trigger == Trigger::NewBuyerMessage && i <= stop && !fired.contains_key(r.id.as_str()) {
                    prop_assert!(!holds(&r.condition, &e.facts), "rule {} matches the final facts but did not fire", r.id);
                }
            }
        }
    }
}
