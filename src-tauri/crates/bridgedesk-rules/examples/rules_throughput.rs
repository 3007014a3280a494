//! Throughput of the rules engine: 200 enabled rules evaluated for a new buyer message on each
//! of 100 000 generated conversations, on one core, traces included. Prints messages per second
//! (the issue's target is 20 000/s for triage and rules together; the CLI bench adds triage).
//!
//! `cargo run --release -p bridgedesk-rules --example rules_throughput [-- <messages>]`

use bridgedesk_model::{Category, Channel, ConversationStatus, Priority};
use bridgedesk_rules::{
    check_reply, Action, Comparison, Condition, ConversationFacts, Money, Rule, RuleBook,
    RuleEvent, RuleSet, SensitiveWords, TimeAnchor, TraceDetail, TraceOutcome, Trigger,
};
use std::time::Instant;

const NOW: i64 = 1_772_000_000_000;
const RULES: usize = 200;
const LANGS: [&str; 9] = ["en", "es", "de", "fr", "pt", "ru", "ja", "zh", "ar"];
const COUNTRIES: [&str; 8] = ["US", "ES", "DE", "FR", "BR", "JP", "SG", "MX"];
const GRADES: [&str; 4] = ["key_a", "key_b", "ordinary", "small"];
const SEGMENTS: [&str; 4] = ["new", "returning", "potential", "dormant"];
const PROBLEMS: [&str; 6] = [
    "damaged",
    "wrong_item",
    "delivered_not_received",
    "no_tracking_update",
    "customs_hold",
    "returned_to_sender",
];
const PHRASES: [&str; 12] = [
    "where is my order, tracking has not moved for a week",
    "el paquete llegó roto, quiero un reembolso",
    "Ich möchte den Artikel zurückschicken",
    "colis bloqué en douane depuis 10 jours",
    "o produto veio errado, cor diferente",
    "посылка не пришла, трек не обновляется",
    "商品が届きません。追跡番号を教えてください",
    "包裹显示已签收但我没收到",
    "وصل المنتج تالفاً، أريد استبداله",
    "I will open a PayPal claim if no answer today",
    "great product, thanks!",
    "do you have this in size M? also chargeback is not my plan",
];
const KEYWORDS: [&str; 10] = [
    "refund",
    "reembolso",
    "chargeback",
    "claim",
    "douane",
    "tracking",
    "zurück",
    "签收",
    "تالف",
    "size",
];

/// A small deterministic generator (xorshift64*), so every run measures the same data.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn leaf(d: &mut Dice) -> Condition {
    match d.below(11) {
        0 => Condition::Channel {
            any_of: vec![*d.pick(Channel::ALL), *d.pick(Channel::ALL)],
        },
        1 => Condition::Language {
            any_of: vec![d.pick(&LANGS).to_string()],
        },
        2 => Condition::Category {
            any_of: vec![*d.pick(Category::ALL)],
        },
        3 => Condition::Keywords {
            any_of: (0..3).map(|_| d.pick(&KEYWORDS).to_string()).collect(),
        },
        4 => Condition::OrderValue {
            cmp: Comparison::Gte,
            amount_minor: 5_000 + d.below(50_000) as i64,
            currency: "USD".into(),
        },
        5 => Condition::CustomerGrade {
            any_of: vec![d.pick(&GRADES).to_string()],
        },
        6 => Condition::Priority {
            any_of: vec![*d.pick(Priority::ALL)],
        },
        7 => Condition::AwaitingAgent { is: true },
        8 => Condition::LogisticsProblem {
            any_of: vec![d.pick(&PROBLEMS).to_string()],
        },
        9 => Condition::MinutesSinceBuyerMessage {
            cmp: Comparison::Gte,
            minutes: d.below(48 * 60) as i64,
        },
        _ => Condition::Country {
            any_of: vec![d.pick(&COUNTRIES).to_string()],
        },
    }
}

/// Like real rule sets, each rule is scoped (one channel, store or language) and narrowed by one
/// to three more conditions.
fn scope(d: &mut Dice) -> Condition {
    match d.below(3) {
        0 => Condition::Channel {
            any_of: vec![*d.pick(Channel::ALL)],
        },
        1 => Condition::StoreId {
            any_of: vec![d.below(10) as i64],
        },
        _ => Condition::Language {
            any_of: vec![d.pick(&LANGS).to_string()],
        },
    }
}

fn rule(d: &mut Dice, i: usize) -> Rule {
    let mut conditions = vec![scope(d)];
    conditions.extend((0..1 + d.below(3)).map(|_| leaf(d)));
    if i.is_multiple_of(10) {
        conditions.push(Condition::Any {
            conditions: vec![
                leaf(d),
                Condition::Regex {
                    pattern: r"\b(paypal|a-to-z)\s+claim\b".into(),
                },
            ],
        });
    }
    let trigger = match i % 10 {
        0..=6 => Trigger::NewBuyerMessage,
        7 => Trigger::AgentReply,
        8 => Trigger::StatusChange,
        _ => Trigger::Time {
            anchor: TimeAnchor::LastBuyerMessage,
            after_minutes: 20 * 60,
        },
    };
    let action = match d.below(10) {
        0 => Action::Tag {
            tag: format!("t{}", d.below(20)),
        },
        1 => Action::SetPriority {
            priority: *d.pick(Priority::ALL),
        },
        2 => Action::Assign {
            agent: format!("agent{}", d.below(8)),
        },
        3 => Action::SetStatus {
            status: *d.pick(ConversationStatus::ALL),
        },
        4 => Action::ApplySlaPolicy {
            policy_id: "priority".into(),
        },
        5 => Action::AddNote {
            text: "check the order history".into(),
        },
        _ => Action::Notify { agent: None },
    };
    Rule {
        id: format!("rule-{i:03}"),
        name: format!("Rule {i}"),
        enabled: true,
        trigger,
        condition: Condition::All { conditions },
        actions: vec![action],
        stop_after_match: false,
    }
}

fn facts(d: &mut Dice, id: i64) -> ConversationFacts {
    let mut f = ConversationFacts::new(id, *d.pick(Channel::ALL));
    f.store_id = d.below(10) as i64;
    f.language = d.pick(&LANGS).to_string();
    f.country = d.pick(&COUNTRIES).to_string();
    f.category = *d.pick(Category::ALL);
    f.logistics_problem = (d.below(3) == 0).then(|| d.pick(&PROBLEMS).to_string());
    f.customer_grade = d.pick(&GRADES).to_string();
    f.segment = d.pick(&SEGMENTS).to_string();
    f.text = d.pick(&PHRASES).to_string();
    f.order_value = Some(Money {
        amount_minor: d.below(80_000) as i64,
        currency: "USD".into(),
    });
    f.priority = *d.pick(Priority::ALL);
    f.last_buyer_message_at = Some(NOW - d.below(72 * 60) as i64 * 60_000);
    f.last_agent_message_at = (d.below(2) == 0).then(|| NOW - d.below(96 * 60) as i64 * 60_000);
    f
}

/// CPU time this thread has used, in nanoseconds (Linux `schedstat`); `None` elsewhere. On a
/// shared machine it tells the single-core cost apart from waiting for the core.
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Prints one measured figure: wall-clock rate, and CPU-time rate where the OS tells it.
fn report(what: &str, count: usize, unit: &str, wall: std::time::Duration, cpu: Option<u64>) {
    let wall_s = wall.as_secs_f64();
    let per_cpu = cpu
        .filter(|ns| *ns > 0)
        .map(|ns| {
            format!(
                ", {:.0} {unit}/s of CPU time",
                count as f64 / (ns as f64 / 1e9)
            )
        })
        .unwrap_or_default();
    println!(
        "{what}: {count} {unit} in {wall_s:.3} s = {:.0} {unit}/s wall{per_cpu}",
        count as f64 / wall_s
    );
}

fn main() -> Result<(), String> {
    let messages: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse().map_err(|_| format!("not a count: {a}")))
        .transpose()?
        .unwrap_or(100_000);
    let mut d = Dice(0x5EED_CAFE_F00D_u64);
    let set = RuleSet::new((0..RULES).map(|i| rule(&mut d, i)).collect());
    let book = RuleBook::compile(&set).map_err(|e| format!("{e:?}"))?;
    let conversations: Vec<ConversationFacts> =
        (0..messages).map(|i| facts(&mut d, i as i64)).collect();

    for (detail, label) in [
        (TraceDetail::Full, "full traces"),
        (TraceDetail::Outcomes, "outcome traces"),
    ] {
        let start = Instant::now();
        let cpu_start = thread_cpu_ns();
        let (mut matched, mut actions, mut traces, mut checks) = (0usize, 0usize, 0usize, 0usize);
        for f in &conversations {
            let e = book.evaluate_with(RuleEvent::NewBuyerMessage, f, NOW, detail);
            traces += e.traces.len();
            actions += e.actions.len();
            for t in &e.traces {
                checks += t.checks.len();
                matched += usize::from(t.outcome == TraceOutcome::Matched);
            }
        }
        let cpu = thread_cpu_ns()
            .zip(cpu_start)
            .map(|(end, begin)| end - begin);
        report(
            &format!("rules ({RULES} enabled, {label}, one core)"),
            messages,
            "messages",
            start.elapsed(),
            cpu,
        );
        let per = |n: usize| n as f64 / messages as f64;
        println!(
            "rules ({label}): per message {:.2} rules matched, {:.2} actions, {:.1} traces, {:.1} checks",
            per(matched),
            per(actions),
            per(traces),
            per(checks)
        );
    }

    let start = Instant::now();
    let cpu_start = thread_cpu_ns();
    let mut due = 0usize;
    for f in &conversations {
        due += book.due_time_rules(f, NOW).fired.len();
    }
    let cpu = thread_cpu_ns()
        .zip(cpu_start)
        .map(|(end, begin)| end - begin);
    report(
        "time rules",
        messages,
        "conversations",
        start.elapsed(),
        cpu,
    );
    println!("time rules: {due} fired");

    let words = SensitiveWords::starter();
    let reply = "Hello, your parcel is with the carrier; write to shop@example.com or see www.example.com/track. Idiot-proof packaging!";
    let checks = messages.min(20_000);
    let start = Instant::now();
    let cpu_start = thread_cpu_ns();
    let mut findings = 0usize;
    for i in 0..checks {
        findings += check_reply(
            reply,
            *Channel::ALL.get(i % 7).unwrap_or(&Channel::Email),
            "en",
            &words,
        )
        .len();
    }
    let cpu = thread_cpu_ns()
        .zip(cpu_start)
        .map(|(end, begin)| end - begin);
    report("send check", checks, "replies", start.elapsed(), cpu);
    println!("send check: {findings} findings");
    Ok(())
}
