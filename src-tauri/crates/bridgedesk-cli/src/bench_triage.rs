//! `bench-triage`: triage plus an enabled rule set over generated buyer messages on one core,
//! the ingest path's pure work (issue 6: triage + 200 rules over 100k messages, target
//! ≥ 20,000 messages per second). Messages come from the scale generator (nine languages,
//! realistic phrasing); the rules mix every kind of condition the editor offers.

use crate::args::Args;
use crate::emit;
use bridgedesk_demo::ScaleGenerator;
use bridgedesk_model::{Category, Channel, ConversationStatus, Direction, Priority, UtcMillis};
use bridgedesk_rules::{
    Action, Comparison, Condition, ConversationFacts, Rule, RuleBook, RuleEvent, RuleSet,
    TraceDetail, Trigger,
};
use bridgedesk_triage::{BuyerMessage, Triager};
use std::time::Instant;

const NOW: UtcMillis = 1_795_000_000_000;
const TARGET_PER_SECOND: f64 = 20_000.0;

/// The `i`-th of a varied, deterministic set of rules.
fn rule(i: usize) -> Rule {
    let channels = Channel::ALL;
    let categories = Category::ALL;
    let languages = ["en", "es", "de", "fr", "pt", "ru", "ja", "zh", "ar"];
    let problems = [
        "damaged",
        "wrong_item",
        "no_tracking_update",
        "customs_hold",
    ];
    let leaf = |k: usize| -> Condition {
        match k % 10 {
            0 => Condition::Channel {
                any_of: vec![channels[k % channels.len()]],
            },
            1 => Condition::Category {
                any_of: vec![categories[k % categories.len()]],
            },
            2 => Condition::Language {
                any_of: vec![languages[k % languages.len()].to_owned()],
            },
            3 => Condition::LogisticsProblem {
                any_of: vec![problems[k % problems.len()].to_owned()],
            },
            4 => Condition::Keywords {
                any_of: vec!["refund".into(), "reembolso".into(), "退款".into()],
            },
            5 => Condition::Priority {
                any_of: vec![Priority::Urgent],
            },
            6 => Condition::MinutesSinceBuyerMessage {
                cmp: Comparison::Lte,
                minutes: (k as i64 % 48) * 60,
            },
            7 => Condition::CustomerGrade {
                any_of: vec!["key_a".into(), "key_b".into()],
            },
            8 => Condition::Regex {
                pattern: format!(r"\b(order|pedido|Bestellung)\s*#?\d{{{}}}", 3 + k % 4),
            },
            _ => Condition::Status {
                any_of: vec![ConversationStatus::Pending],
            },
        }
    };
    // Nine rules in ten need two facts at once (a channel and a category, a language and a
    // logistics problem …); the tenth takes any of two narrow signals, as agents' rule sets do.
    let condition = if i % 10 != 9 {
        Condition::All {
            conditions: vec![leaf(i), leaf(i + 3)],
        }
    } else {
        Condition::Any {
            conditions: vec![leaf(4), leaf(3 + 10 * (i / 10))],
        }
    };
    Rule {
        id: format!("bench-{i}"),
        name: format!("Bench rule {i}"),
        enabled: true,
        trigger: Trigger::NewBuyerMessage,
        condition,
        actions: vec![Action::Tag {
            tag: format!("bench-{}", i % 17),
        }],
        stop_after_match: false,
    }
}

/// CPU time of this thread so far (Linux `/proc/thread-self/schedstat`), if the OS says.
fn cpu_seconds() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: f64 = text.split_whitespace().next()?.parse().ok()?;
    Some(nanos / 1e9)
}

/// Runs the benchmark and prints the figure.
pub fn run(args: &mut Args) -> Result<(), String> {
    let messages: usize = args.number("--messages").unwrap_or(100_000);
    let rules: usize = args.number("--rules").unwrap_or(200);
    let set = RuleSet::new((0..rules).map(rule).collect());
    let book =
        RuleBook::compile(&set).map_err(|errors| format!("bench rules refused: {errors:?}"))?;
    let triager = Triager::new();

    // Buyer messages with the facts of their conversations, generated before timing.
    let generator = ScaleGenerator::new(20_261_111, NOW, (messages / 4).max(10), messages * 2);
    let mut inputs: Vec<(ConversationFacts, String)> = Vec::with_capacity(messages);
    'batches: for batch in generator.batches(2_000) {
        for (n, conversation) in batch.conversations.iter().enumerate() {
            for message in conversation
                .messages
                .iter()
                .filter(|m| m.direction == Direction::Inbound)
            {
                let mut facts = ConversationFacts::new(n as i64, conversation.channel);
                facts.priority = conversation.priority;
                facts.status = conversation.status;
                facts.last_buyer_message_at = Some(message.sent_at);
                inputs.push((facts, message.text.clone()));
                if inputs.len() == messages {
                    break 'batches;
                }
            }
        }
    }
    let total = inputs.len();
    for detail in [TraceDetail::Outcomes, TraceDetail::Full] {
        let mut work = inputs.clone();
        let cpu_start = cpu_seconds().unwrap_or(0.0);
        let started = Instant::now();
        let (mut matched, mut planned) = (0usize, 0usize);
        for (facts, text) in &mut work {
            let triage = triager.triage(&BuyerMessage::body(text));
            facts.language = triage.language.clone().unwrap_or_default();
            facts.category = triage.category;
            facts.logistics_problem = triage.logistics_problem.map(|p| p.as_str().to_owned());
            std::mem::swap(&mut facts.text, text);
            let evaluation = book.evaluate_with(RuleEvent::NewBuyerMessage, facts, NOW, detail);
            matched += usize::from(!evaluation.actions.is_empty());
            planned += evaluation.actions.len();
        }
        let seconds = started.elapsed().as_secs_f64();
        let rate = total as f64 / seconds.max(f64::EPSILON);
        // The machine may be shared: the CPU time this thread got is the fairer figure.
        let cpu = cpu_seconds().map(|c| c - cpu_start);
        let mode = match detail {
            TraceDetail::Outcomes => "outcome traces (checks of matched rules only)",
            TraceDetail::Full => "full traces (every check of every rule explained)",
        };
        let cpu_rate = cpu.map(|c| total as f64 / c.max(f64::EPSILON));
        let best = cpu_rate.unwrap_or(rate).max(rate);
        emit(&format!(
            "bench-triage: {total} buyer messages, {rules} enabled rules, one core, {mode}: {seconds:.2} s wall = {rate:.0} messages/s{}; target ≥ {TARGET_PER_SECOND:.0}/s {}; {matched} messages matched a rule, {planned} actions planned",
            cpu_rate.map(|r| format!(", {r:.0} messages/s of CPU time")).unwrap_or_default(),
            if best >= TARGET_PER_SECOND { "met" } else { "NOT met" }
        ));
    }
    Ok(())
}
