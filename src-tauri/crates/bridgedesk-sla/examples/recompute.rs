//! Benchmark: recompute every SLA clock (internal policy clocks and the marketplace clock) of
//! 100,000 synthetic conversations with 5–15 events each, on mixed channels, against a business
//! calendar with a lunch break and China's holidays. Target: under 1 s on a 2-core machine.
//!
//! Run: `cargo run --release -p bridgedesk-sla --example recompute [conversations]`

use bridgedesk_model::{Category, Channel, ConversationStatus, Priority};
use bridgedesk_sla::{
    compute, compute_marketplace_for_channel, holidays, BusinessCalendar, CalendarSet, ClockStatus,
    ConversationFacts, CustomerGrade, HolidayRegion, OpenInterval, Policy, PolicyConditions,
    PolicySet, SlaEvent, Target, HOUR, MINUTE,
};
use chrono::Weekday;
use std::time::Instant;

/// SplitMix64: a small deterministic generator, so every run measures the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

struct Conversation {
    facts: ConversationFacts,
    events: Vec<SlaEvent>,
}

fn calendars() -> CalendarSet {
    let weekdays = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];
    let lunch = [
        OpenInterval::hm(9, 0, 12, 0).expect("interval"),
        OpenInterval::hm(13, 30, 18, 0).expect("interval"),
    ];
    let shenzhen = BusinessCalendar::new("shenzhen", chrono_tz::Asia::Shanghai)
        .with_hours(&weekdays, &lunch)
        .with_hours(&[Weekday::Sat], &lunch[..1])
        .with_holidays(&holidays::for_region(HolidayRegion::China));
    CalendarSet::new().with(shenzhen)
}

fn policies() -> PolicySet {
    let business = |h: i64| Target::business(h, "shenzhen");
    let standard = Policy {
        first_response: Some(business(4 * HOUR)),
        next_response: Some(business(8 * HOUR)),
        resolution: Some(business(40 * HOUR)),
        total_resolution: Some(business(80 * HOUR)),
        warn_before_ms: 30 * MINUTE,
        ..Policy::new("standard", 3)
    };
    let chat = Policy {
        conditions: PolicyConditions {
            channels: vec![
                Channel::Shopee,
                Channel::Lazada,
                Channel::TiktokShop,
                Channel::Telegram,
            ],
            ..Default::default()
        },
        first_response: Some(Target::calendar(30 * MINUTE)),
        next_response: Some(business(HOUR)),
        resolution: Some(business(16 * HOUR)),
        warn_before_ms: 10 * MINUTE,
        ..Policy::new("chat", 5)
    };
    let vip = Policy {
        conditions: PolicyConditions {
            grades: vec![CustomerGrade::A],
            ..Default::default()
        },
        first_response: Some(business(HOUR)),
        next_response: Some(business(2 * HOUR)),
        resolution: Some(business(16 * HOUR)),
        ..Policy::new("vip", 2)
    };
    PolicySet {
        policies: vec![vip, chat, standard],
    }
}

fn synthesize(count: usize) -> Vec<Conversation> {
    let mut rng = Rng(0x5EED_B12D_6E5C);
    let channels = Channel::ALL;
    let grades = [
        CustomerGrade::A,
        CustomerGrade::B,
        CustomerGrade::Ordinary,
        CustomerGrade::Ordinary,
        CustomerGrade::Small,
        CustomerGrade::Blacklist,
    ];
    let year_2026 = 1_767_225_600_000i64; // 2026-01-01T00:00:00Z
    (0..count)
        .map(|_| {
            let mut t = year_2026 + rng.below(360 * 24 * 60) as i64 * MINUTE;
            let n = 5 + rng.below(11) as usize;
            let mut events = Vec::with_capacity(n);
            events.push(SlaEvent::buyer(t));
            while events.len() < n {
                t += match rng.below(4) {
                    0 => rng.below(30) as i64 * MINUTE,
                    1 => rng.below(8 * 60) as i64 * MINUTE,
                    2 => rng.below(48 * 60) as i64 * MINUTE,
                    _ => rng.below(5 * 24 * 60) as i64 * MINUTE,
                };
                events.push(match rng.below(20) {
                    0..=6 => SlaEvent::buyer(t),
                    7..=11 => SlaEvent::reply(t),
                    12 => SlaEvent::reply_accepted(t, t + rng.below(180) as i64 * MINUTE),
                    13 => SlaEvent::reply_queued(t),
                    14 => SlaEvent::auto_reply(t),
                    15 => SlaEvent::internal_note(t),
                    16 | 17 => SlaEvent::status(t, ConversationStatus::Pending),
                    18 => SlaEvent::status(t, ConversationStatus::Open),
                    _ => SlaEvent::status(t, ConversationStatus::Resolved),
                });
            }
            let facts = ConversationFacts {
                channel: rng.pick(channels),
                store_id: rng.below(12) as i64,
                priority: rng.pick(Priority::ALL),
                grade: rng.pick(&grades),
                category: rng.pick(Category::ALL),
                language: rng
                    .pick(&["en", "es", "de", "pt-BR", "zh-CN", "th"])
                    .to_string(),
            };
            Conversation { facts, events }
        })
        .collect()
}

fn main() {
    let count = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000usize);
    let calendars = calendars();
    let policies = policies();
    let conversations = synthesize(count);
    let events: usize = conversations.iter().map(|c| c.events.len()).sum();
    let now = 1_798_761_600_000i64; // 2027-01-01T00:00:00Z, after every event

    let started = Instant::now();
    let (mut clocks, mut breached, mut market_due) = (0usize, 0usize, 0usize);
    for conversation in &conversations {
        if let Some(policy) = policies.select(&conversation.facts) {
            let state = compute(&conversation.events, policy, &calendars, now);
            clocks += state.clocks().count();
            breached += state
                .clocks()
                .filter(|c| c.status == ClockStatus::Breached)
                .count();
        }
        let market = compute_marketplace_for_channel(
            conversation.facts.channel,
            &conversation.events,
            None,
            now,
        );
        if let Some(market) = market {
            clocks += market.cycles.len();
            market_due += usize::from(market.due_at().is_some());
        }
    }
    let elapsed = started.elapsed();

    let total_ms = elapsed.as_secs_f64() * 1000.0;
    let per_us = elapsed.as_secs_f64() * 1e6 / count.max(1) as f64;
    println!("conversations: {count}, events: {events}, clocks computed: {clocks}");
    println!("breached clocks: {breached}, marketplace clocks still due: {market_due}");
    println!("recompute all clocks: {total_ms:.1} ms total, {per_us:.2} µs per conversation");
    println!(
        "target < 1000 ms: {}",
        if total_ms < 1000.0 { "met" } else { "NOT met" }
    );
}
