//! The rules engine end to end through the public API: order, stop flags, re-triggering, loop
//! protection, traces that explain, time rules for the scheduler, dry runs and JSON exchange.

use bridgedesk_model::{Category, Channel, ConversationStatus, Priority};
use bridgedesk_rules::*;

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;
const NOW: i64 = 1_772_000_000_000;

fn rule(id: &str, trigger: Trigger, condition: Condition, actions: Vec<Action>) -> Rule {
    Rule {
        id: id.into(),
        name: id.into(),
        enabled: true,
        trigger,
        condition,
        actions,
        stop_after_match: false,
    }
}

fn all(conditions: Vec<Condition>) -> Condition {
    Condition::All { conditions }
}

fn book(rules: Vec<Rule>) -> RuleBook {
    RuleBook::compile(&RuleSet::new(rules)).unwrap()
}

fn facts(channel: Channel) -> ConversationFacts {
    let mut f = ConversationFacts::new(42, channel);
    f.text = "Where is my parcel? It never arrived".into();
    f.last_buyer_message_at = Some(NOW - HOUR);
    f
}

fn outcome(e: &Evaluation, id: &str) -> TraceOutcome {
    e.traces
        .iter()
        .find(|t| t.rule_id == id)
        .map(|t| t.outcome)
        .unwrap_or_else(|| panic!("no trace for {id}"))
}

#[test]
fn rules_run_in_order_and_later_rules_see_earlier_changes() {
    let b = book(vec![
        rule(
            "urgent-amazon",
            Trigger::NewBuyerMessage,
            Condition::Channel {
                any_of: vec![Channel::Amazon],
            },
            vec![Action::SetPriority {
                priority: Priority::Urgent,
            }],
        ),
        rule(
            "urgent-to-lead",
            Trigger::NewBuyerMessage,
            Condition::Priority {
                any_of: vec![Priority::Urgent],
            },
            vec![Action::Assign {
                agent: "Lead".into(),
            }],
        ),
    ]);
    let e = b.evaluate(RuleEvent::NewBuyerMessage, &facts(Channel::Amazon), NOW);
    let planned: Vec<_> = e.actions.iter().map(|a| a.rule_id.as_str()).collect();
    assert_eq!(planned, ["urgent-amazon", "urgent-to-lead"]);
    assert_eq!(e.facts.priority, Priority::Urgent);
    assert_eq!(e.facts.assignee.as_deref(), Some("Lead"));
    assert!(!e.depth_limit_reached);
}

#[test]
fn stop_after_match_stops_the_later_rules_and_says_which_rule_did() {
    let mut first = rule(
        "first",
        Trigger::NewBuyerMessage,
        all(vec![]),
        vec![Action::Tag { tag: "seen".into() }],
    );
    first.stop_after_match = true;
    let b = book(vec![
        first,
        rule(
            "second",
            Trigger::NewBuyerMessage,
            all(vec![]),
            vec![Action::Tag { tag: "two".into() }],
        ),
    ]);
    let e = b.evaluate(RuleEvent::NewBuyerMessage, &facts(Channel::Ebay), NOW);
    assert_eq!(outcome(&e, "second"), TraceOutcome::Stopped);
    let second = e.traces.iter().find(|t| t.rule_id == "second").unwrap();
    assert_eq!(second.stopped_by.as_deref(), Some("first"));
    assert_eq!(e.actions.len(), 1);
}

#[test]
fn an_earlier_rule_is_re_evaluated_after_a_later_rule_changes_the_facts() {
    let b = book(vec![
        rule(
            "vip-to-lead",
            Trigger::NewBuyerMessage,
            Condition::HasTag {
                any_of: vec!["vip".into()],
            },
            vec![Action::Assign {
                agent: "Lead".into(),
            }],
        ),
        rule(
            "key-a-is-vip",
            Trigger::NewBuyerMessage,
            Condition::CustomerGrade {
                any_of: vec!["key_a".into()],
            },
            vec![Action::Tag { tag: "vip".into() }],
        ),
    ]);
    let mut f = facts(Channel::Email);
    f.customer_grade = "key_a".into();
    let e = b.evaluate(RuleEvent::NewBuyerMessage, &f, NOW);
    assert_eq!(e.facts.assignee.as_deref(), Some("Lead"));
    let vip: Vec<_> = e
        .traces
        .iter()
        .filter(|t| t.rule_id == "vip-to-lead")
        .collect();
    assert_eq!(vip.len(), 2);
    assert_eq!(
        (vip[0].depth, vip[0].outcome),
        (0, TraceOutcome::NotMatched)
    );
    assert_eq!((vip[1].depth, vip[1].outcome), (1, TraceOutcome::Matched));
}

#[test]
fn ping_pong_status_rules_fire_once_each_and_stop() {
    let b = book(vec![
        rule(
            "reopen",
            Trigger::StatusChange,
            Condition::Status {
                any_of: vec![ConversationStatus::Pending],
            },
            vec![Action::SetStatus {
                status: ConversationStatus::Open,
            }],
        ),
        rule(
            "park",
            Trigger::StatusChange,
            Condition::Status {
                any_of: vec![ConversationStatus::Open],
            },
            vec![Action::SetStatus {
                status: ConversationStatus::Pending,
            }],
        ),
    ]);
    let mut f = facts(Channel::Email);
    f.status = ConversationStatus::Pending;
    let e = b.evaluate(RuleEvent::StatusChange, &f, NOW);
    assert_eq!(e.actions.len(), 2, "each rule applies once per event");
    assert!(e.traces.iter().all(|t| t.depth <= MAX_CASCADE_DEPTH));
    assert_eq!(e.facts.status, ConversationStatus::Pending);
    assert_eq!(e.facts.status_changed_at, Some(NOW));
}

#[test]
fn a_status_change_action_triggers_status_change_rules() {
    let b = book(vec![
        rule(
            "resolve-thanks",
            Trigger::NewBuyerMessage,
            Condition::Keywords {
                any_of: vec!["THANK YOU".into()],
            },
            vec![Action::SetStatus {
                status: ConversationStatus::Resolved,
            }],
        ),
        rule(
            "note-on-resolve",
            Trigger::StatusChange,
            Condition::Status {
                any_of: vec![ConversationStatus::Resolved],
            },
            vec![Action::AddNote {
                text: "auto-resolved".into(),
            }],
        ),
    ]);
    let mut f = facts(Channel::Email);
    f.text = "Got it, thank you!".into();
    let e = b.evaluate(RuleEvent::NewBuyerMessage, &f, NOW);
    assert_eq!(e.actions.len(), 2);
    assert_eq!(e.actions[1].rule_id, "note-on-resolve");
    assert_eq!(outcome(&e, "note-on-resolve"), TraceOutcome::OtherTrigger);
}

#[test]
fn trace_names_the_failing_condition_with_both_values() {
    let b = book(vec![rule(
        "amazon-de-high-value",
        Trigger::NewBuyerMessage,
        all(vec![
            Condition::Channel {
                any_of: vec![Channel::Amazon],
            },
            Condition::OrderValue {
                cmp: Comparison::Gte,
                amount_minor: 10_000,
                currency: "EUR".into(),
            },
        ]),
        vec![Action::Notify { agent: None }],
    )]);
    let mut f = facts(Channel::Amazon);
    f.order_value = Some(Money {
        amount_minor: 25_000,
        currency: "USD".into(),
    });
    let e = b.evaluate(RuleEvent::NewBuyerMessage, &f, NOW);
    let t = &e.traces[0];
    assert_eq!(t.outcome, TraceOutcome::NotMatched);
    assert_eq!(t.checks.len(), 1, "only the deciding check of an all()");
    let c = &t.checks[0];
    assert_eq!(
        (c.path.as_str(), c.code.as_str(), c.passed),
        ("1", "order_value", false)
    );
    assert_eq!(c.message_id, "rule-check-order-value-failed");
    assert_eq!(c.args["actual"], "25000 USD");
    assert_eq!(c.args["expected"], "gte 10000 EUR");
    assert!(trace_message_ids().contains(&c.message_id));
}

#[test]
fn any_explains_every_failing_branch() {
    let b = book(vec![rule(
        "angry",
        Trigger::NewBuyerMessage,
        Condition::Any {
            conditions: vec![
                Condition::Keywords {
                    any_of: vec!["chargeback".into(), "a-to-z".into()],
                },
                Condition::Regex {
                    pattern: r"\bpaypal\s+claim\b".into(),
                },
            ],
        },
        vec![Action::SetPriority {
            priority: Priority::High,
        }],
    )]);
    let e = b.evaluate(RuleEvent::NewBuyerMessage, &facts(Channel::Ebay), NOW);
    let codes: Vec<_> = e.traces[0]
        .checks
        .iter()
        .map(|c| (c.path.as_str(), c.code.as_str()))
        .collect();
    assert_eq!(codes, [("0", "keywords"), ("1", "regex")]);
    let mut f = facts(Channel::Ebay);
    f.text = "I will open a PayPal   claim today".into();
    let e = b.evaluate(RuleEvent::NewBuyerMessage, &f, NOW);
    assert_eq!(e.traces[0].outcome, TraceOutcome::Matched);
    assert_eq!(e.traces[0].checks[0].args["actual"], "PayPal   claim");
}

#[test]
fn disabled_and_other_trigger_rules_are_traced_but_never_fire() {
    let mut off = rule(
        "off",
        Trigger::NewBuyerMessage,
        all(vec![]),
        vec![Action::Tag { tag: "x".into() }],
    );
    off.enabled = false;
    let b = book(vec![
        off,
        rule(
            "on-reply",
            Trigger::AgentReply,
            all(vec![]),
            vec![Action::Tag { tag: "y".into() }],
        ),
    ]);
    let e = b.evaluate(RuleEvent::NewBuyerMessage, &facts(Channel::Email), NOW);
    assert_eq!(outcome(&e, "off"), TraceOutcome::Disabled);
    assert_eq!(outcome(&e, "on-reply"), TraceOutcome::OtherTrigger);
    assert!(e.actions.is_empty());
}

#[test]
fn pending_for_three_days_fires_once_per_anchor_and_tells_the_scheduler_when() {
    let b = book(vec![rule(
        "pending-3-days",
        Trigger::Time {
            anchor: TimeAnchor::StatusChange,
            after_minutes: 3 * 24 * 60,
        },
        Condition::Status {
            any_of: vec![ConversationStatus::Pending],
        },
        vec![Action::Notify { agent: None }],
    )]);
    let mut f = facts(Channel::Email);
    f.status = ConversationStatus::Pending;
    f.status_changed_at = Some(NOW);
    let early = b.due_time_rules(&f, NOW + 2 * DAY);
    assert!(early.fired.is_empty());
    assert_eq!(early.next_check_at, Some(NOW + 3 * DAY));
    assert_eq!(early.evaluation.traces[0].outcome, TraceOutcome::NotDue);

    let due = b.due_time_rules(&f, NOW + 3 * DAY);
    assert_eq!(due.fired, vec![("pending-3-days".to_owned(), NOW)]);
    assert_eq!(due.evaluation.actions.len(), 1);
    assert_eq!(due.next_check_at, None);

    let again = b.due_time_rules(&due.evaluation.facts, NOW + 4 * DAY);
    assert!(again.fired.is_empty(), "same anchor, no second reminder");
    f.status_changed_at = Some(NOW + 5 * DAY);
    f.time_rule_runs = due.evaluation.facts.time_rule_runs.clone();
    assert_eq!(
        b.due_time_rules(&f, NOW + 5 * DAY).next_check_at,
        Some(NOW + 8 * DAY)
    );
}

#[test]
fn unanswered_twenty_hours_on_amazon_becomes_urgent() {
    let b = book(vec![rule(
        "amazon-20h",
        Trigger::Time {
            anchor: TimeAnchor::LastBuyerMessage,
            after_minutes: 20 * 60,
        },
        all(vec![
            Condition::Channel {
                any_of: vec![Channel::Amazon],
            },
            Condition::AwaitingAgent { is: true },
        ]),
        vec![Action::SetPriority {
            priority: Priority::Urgent,
        }],
    )]);
    let mut answered = facts(Channel::Amazon);
    answered.last_agent_message_at = Some(NOW);
    let t = b.due_time_rules(&answered, NOW + 20 * HOUR);
    assert_eq!(t.evaluation.traces[0].outcome, TraceOutcome::NotMatched);
    let t = b.due_time_rules(&facts(Channel::Amazon), NOW + 19 * HOUR);
    assert_eq!(t.evaluation.facts.priority, Priority::Urgent);
}

#[test]
fn dry_run_shows_what_a_disabled_rule_would_do() {
    let mut r = rule(
        "damaged-to-aftersales",
        Trigger::NewBuyerMessage,
        Condition::LogisticsProblem {
            any_of: vec!["damaged".into()],
        },
        vec![
            Action::SetCategory {
                category: Category::Complaint,
            },
            Action::AutoReply {
                template_id: "damaged-item-apology".into(),
            },
        ],
    );
    r.enabled = false;
    let mut damaged = facts(Channel::Shopee);
    damaged.conversation_id = 1;
    damaged.logistics_problem = Some("damaged".into());
    let mut fine = facts(Channel::Shopee);
    fine.conversation_id = 2;
    let rows = dry_run(&r, &[damaged, fine], NOW).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (rows[0].conversation_id, rows[0].trace.outcome),
        (1, TraceOutcome::Matched)
    );
    assert_eq!(rows[0].actions.len(), 2);
    assert_eq!(
        (rows[1].conversation_id, rows[1].trace.outcome),
        (2, TraceOutcome::NotMatched)
    );
    assert_eq!(rows[1].trace.checks[0].args["actual"], "none");
    assert!(rows[1].actions.is_empty());
}

#[test]
fn language_matches_primary_subtag_and_keywords_ignore_case() {
    let b = book(vec![rule(
        "spanish-where",
        Trigger::NewBuyerMessage,
        all(vec![
            Condition::Language {
                any_of: vec!["es".into()],
            },
            Condition::Keywords {
                any_of: vec!["DÓNDE".into()],
            },
            Condition::BusinessHours { within: false },
            Condition::MinutesSinceBuyerMessage {
                cmp: Comparison::Lt,
                minutes: 90,
            },
        ]),
        vec![Action::ApplySlaPolicy {
            policy_id: "after-hours".into(),
        }],
    )]);
    let mut f = facts(Channel::Email);
    f.language = "es-MX".into();
    f.text = "¿dónde está mi pedido?".into();
    f.within_business_hours = false;
    let e = b.evaluate(RuleEvent::NewBuyerMessage, &f, NOW);
    assert_eq!(e.traces[0].outcome, TraceOutcome::Matched);
    assert_eq!(e.traces[0].checks.len(), 4);
}

#[test]
fn export_then_import_gives_the_same_rule_set() {
    let set = RuleSet::new(vec![rule(
        "r1",
        Trigger::Time {
            anchor: TimeAnchor::LastAgentMessage,
            after_minutes: 60,
        },
        Condition::Not {
            condition: Box::new(Condition::Blacklisted { is: true }),
        },
        vec![Action::AutoReply {
            template_id: "where-is-my-order".into(),
        }],
    )]);
    let json = export_rule_set(&set);
    assert!(json.contains("\"format\": \"bridgedesk.rules\""));
    assert!(json.contains("\"type\": \"auto_reply\""));
    let back = import_rule_set(&json, &["where-is-my-order"]).unwrap();
    assert_eq!(back, set);
}

#[test]
fn import_reports_every_problem_as_codes_with_arguments() {
    let mut bad_regex = rule(
        "dup",
        Trigger::NewBuyerMessage,
        Condition::Regex {
            pattern: "(".into(),
        },
        vec![],
    );
    bad_regex.actions = vec![Action::AutoReply {
        template_id: "nope".into(),
    }];
    let long = rule(
        "dup",
        Trigger::NewBuyerMessage,
        Condition::Regex {
            pattern: "a".repeat(MAX_REGEX_LEN + 1),
        },
        vec![],
    );
    let mut set = RuleSet::new(vec![bad_regex, long]);
    set.version = 9;
    let errors = import_rule_set(&export_rule_set(&set), &[]).unwrap_err();
    let codes: Vec<_> = errors.iter().map(|e| e.code()).collect();
    assert_eq!(
        codes,
        [
            "rules.unsupported_version",
            "rules.invalid_regex",
            "rules.no_actions",
            "rules.regex_too_long",
            "rules.duplicate_rule_id",
            "rules.unknown_template",
        ]
    );
    let app = errors[5].to_app_error();
    assert_eq!(app.message_id, "rules-unknown-template");
    assert_eq!(app.args["template"], "nope");
    let json_error = import_rule_set("{\n  \"format\": ", &[]).unwrap_err();
    assert_eq!(json_error[0].code(), "rules.invalid_json");
    assert_eq!(json_error[0].args()["line"], "2");
}

#[test]
fn deeply_nested_conditions_are_refused() {
    let mut c = Condition::All { conditions: vec![] };
    for _ in 0..=MAX_CONDITION_DEPTH {
        c = Condition::Not {
            condition: Box::new(c),
        };
    }
    let errors = RuleBook::compile(&RuleSet::new(vec![rule(
        "deep",
        Trigger::NewBuyerMessage,
        c,
        vec![Action::Tag { tag: "x".into() }],
    )]))
    .unwrap_err();
    assert_eq!(errors[0].code(), "rules.condition_too_deep");
}

#[test]
fn explain_gives_the_why_of_a_rule_recorded_without_checks() {
    let b = book(vec![rule(
        "ebay-only",
        Trigger::NewBuyerMessage,
        Condition::Channel {
            any_of: vec![Channel::Ebay],
        },
        vec![Action::Tag { tag: "ebay".into() }],
    )]);
    let f = facts(Channel::Lazada);
    let lean = b.evaluate_with(RuleEvent::NewBuyerMessage, &f, NOW, TraceDetail::Outcomes);
    assert_eq!(lean.traces[0].outcome, TraceOutcome::NotMatched);
    assert!(lean.traces[0].checks.is_empty());
    let why = b.explain("ebay-only", &f, NOW).unwrap();
    assert_eq!(why.checks[0].args["actual"], "lazada");
    assert_eq!(why.checks[0].args["expected"], "ebay");
    assert!(b.explain("missing", &f, NOW).is_none());
}

#[test]
fn starter_rules_validate_against_the_starter_templates_and_start_disabled() {
    let templates = starter_templates();
    let ids: Vec<&str> = templates.iter().map(|t| t.id.as_str()).collect();
    let set = starter_rule_set("en-US");
    assert_eq!(set.rules.len(), 6);
    assert_eq!(set.rules[0].name, "Amazon: unanswered for 20 h → urgent");
    let names = |lang: &str| -> Vec<String> {
        starter_rule_set(lang)
            .rules
            .into_iter()
            .map(|r| r.name)
            .collect()
    };
    assert_eq!(names("zh-TW")[1], "待處理 3 天 → 提醒負責人");
    assert_eq!(names("zh-CN")[1], "待处理 3 天 → 提醒负责人");
    assert_eq!(
        names("pt-BR")[3],
        "Chegou danificado → desculpas com opções"
    );
    for lang in [
        "en-US", "zh-CN", "zh-TW", "es-ES", "de-DE", "fr-FR", "ja-JP", "pt-BR", "ar",
    ] {
        let localized = names(lang);
        let mut unique = localized.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 6, "{lang}: every rule named, no two alike");
        if lang != "en-US" {
            assert!(
                localized.iter().zip(names("en")).all(|(l, e)| *l != e),
                "{lang} is translated"
            );
        }
    }
    assert!(set.rules.iter().all(|r| !r.enabled));
    validate_rule_set(&set, &ids).unwrap();
    // Dry-run the dispute rule on a threatening message.
    let dispute = set
        .rules
        .iter()
        .find(|r| r.id == "dispute-risk-to-lead")
        .unwrap();
    let mut f = facts(Channel::Ebay);
    f.text = "If you don't answer I will open a case with eBay".into();
    let rows = dry_run(dispute, &[f], NOW).unwrap();
    assert_eq!(rows[0].trace.outcome, TraceOutcome::Matched);
    assert_eq!(rows[0].actions.len(), 3);
}

#[test]
fn compiled_rules_and_word_lists_can_be_shared_between_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<RuleBook>();
    shared::<SensitiveWords>();
    shared::<ReplyTemplate>();
}

#[test]
fn rules_sharing_keywords_or_a_pattern_decide_and_explain_as_each_alone() {
    let words = |w: &[&str]| Condition::Keywords {
        any_of: w.iter().map(|s| (*s).to_owned()).collect(),
    };
    let pattern = || Condition::Regex {
        pattern: r"\border\s*#?\d{3}".into(),
    };
    let not = |c: Condition| Condition::Not {
        condition: Box::new(c),
    };
    let ebay = || Condition::Channel {
        any_of: vec![Channel::Ebay],
    };
    let note = || vec![Action::AddNote { text: "n".into() }];
    let conditions = [
        words(&["refund", "money back"]),
        not(words(&["refund", "money back"])),
        words(&["money back", "refund"]),
        all(vec![ebay(), words(&["refund", "money back"])]),
        Condition::Any {
            conditions: vec![pattern(), words(&["parcel"])],
        },
        not(pattern()),
        all(vec![pattern(), words(&["refund", "money back"])]),
    ];
    let b = book(
        conditions
            .iter()
            .enumerate()
            .map(|(i, c)| {
                rule(
                    &format!("r{i}"),
                    Trigger::NewBuyerMessage,
                    c.clone(),
                    note(),
                )
            })
            .collect(),
    );
    let texts = [
        "I want my MONEY BACK and a refund for order #123",
        "where is my parcel",
        "Order 12 never came, refund please",
        "",
    ];
    let mut matched = 0;
    for (n, text) in texts.iter().enumerate() {
        let mut f = facts(if n % 2 == 0 {
            Channel::Ebay
        } else {
            Channel::Lazada
        });
        f.text = (*text).into();
        let full = b.evaluate(RuleEvent::NewBuyerMessage, &f, NOW);
        let lean = b.evaluate_with(RuleEvent::NewBuyerMessage, &f, NOW, TraceDetail::Outcomes);
        assert_eq!(full.traces.len(), conditions.len());
        for (trace, lean_trace) in full.traces.iter().zip(&lean.traces) {
            let alone = b.explain(&trace.rule_id, &f, NOW).unwrap();
            assert_eq!(
                (trace.outcome, &trace.checks),
                (alone.outcome, &alone.checks),
                "{text}"
            );
            assert_eq!(lean_trace.outcome, alone.outcome, "{text}");
            if alone.outcome == TraceOutcome::Matched {
                assert_eq!(lean_trace.checks, alone.checks, "{text}");
                matched += 1;
            }
        }
        assert_eq!(full.actions, lean.actions);
    }
    // Outcomes of the first text: the money-back phrase is listed second in r0 and first in r2.
    let mut f = facts(Channel::Ebay);
    f.text = texts[0].into();
    let e = b.evaluate(RuleEvent::NewBuyerMessage, &f, NOW);
    let found = |id: &str| {
        e.traces.iter().find(|t| t.rule_id == id).map(|t| {
            t.checks
                .iter()
                .filter_map(|c| c.args.get("actual").cloned())
                .collect::<Vec<_>>()
        })
    };
    assert_eq!(found("r0"), Some(vec!["refund".to_owned()]));
    assert_eq!(found("r2"), Some(vec!["money back".to_owned()]));
    assert_eq!(outcome(&e, "r1"), TraceOutcome::NotMatched);
    assert_eq!(outcome(&e, "r5"), TraceOutcome::NotMatched);
    assert_eq!(outcome(&e, "r6"), TraceOutcome::Matched);
    assert!(matched >= 8, "only {matched} rules matched");
}
