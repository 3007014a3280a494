//! Each marketplace's own clock, with its boundary cases: Lazada's 18:00 cut-off, Amazon's
//! weekend-inclusive 24 hours, marketplace clocks that do not pause when the internal one does,
//! auto-replies that must not satisfy, queued replies that count only once accepted, TikTok Shop
//! exclusions, Shopee's first-reply rule and eBay's business days.

mod common;

use bridgedesk_model::{Channel, ConversationStatus as S};
use bridgedesk_sla::{
    compute, compute_marketplace, compute_marketplace_for_channel, site_zone, AuditEvent,
    AuditReason, CalendarSet, ClockStatus, MarketplaceRule as M, Policy, SlaEvent, SlaEventKind,
    Target, HOUR, MINUTE,
};
use chrono_tz::{America, Asia};
use common::*;

fn lazada_due(message: &str) -> Option<i64> {
    let clock = compute_marketplace(
        M::LazadaDailyCycle,
        &[SlaEvent::buyer(at(message))],
        Asia::Kuala_Lumpur,
        at(message),
    );
    clock.due_at()
}

#[test]
fn lazada_message_at_1759_is_due_at_1900_the_same_day() {
    // Mon 2026-03-02 17:59 +08 -> 19:00 +08 = 11:00Z.
    assert_eq!(
        lazada_due("2026-03-02T17:59:00+08:00"),
        Some(at("2026-03-02T11:00:00Z"))
    );
}

#[test]
fn lazada_message_at_1801_is_due_at_1900_the_next_day() {
    // Mon 18:01 +08 belongs to Tuesday's cycle -> Tue 19:00 +08 = 11:00Z.
    assert_eq!(
        lazada_due("2026-03-02T18:01:00+08:00"),
        Some(at("2026-03-03T11:00:00Z"))
    );
    // 18:00:00 itself opens the next cycle (window [18:00 yesterday, 18:00 today)).
    assert_eq!(
        lazada_due("2026-03-02T18:00:00+08:00"),
        Some(at("2026-03-03T11:00:00Z"))
    );
    // Just after midnight: the same day's 19:00.
    assert_eq!(
        lazada_due("2026-03-03T00:30:00+08:00"),
        Some(at("2026-03-03T11:00:00Z"))
    );
}

#[test]
fn lazada_reply_before_1900_satisfies_and_after_breaches() {
    let buyer = SlaEvent::buyer(at("2026-03-02T17:59:00+08:00"));
    let in_time = [
        buyer.clone(),
        SlaEvent::reply(at("2026-03-02T18:59:00+08:00")),
    ];
    let late = [buyer, SlaEvent::reply(at("2026-03-02T19:01:00+08:00"))];
    let now = at("2026-03-03T00:00:00+08:00");
    let zone = Asia::Kuala_Lumpur;
    let ok = compute_marketplace(M::LazadaDailyCycle, &in_time, zone, now);
    assert_eq!(ok.current().map(|c| c.status), Some(ClockStatus::Satisfied));
    let bad = compute_marketplace(M::LazadaDailyCycle, &late, zone, now);
    assert_eq!(bad.current().map(|c| c.status), Some(ClockStatus::Breached));
    assert_eq!(bad.reference_zone, "Asia/Kuala_Lumpur");
}

#[test]
fn amazon_saturday_message_is_due_sunday_weekends_count() {
    // Sat 2026-03-14 10:00 PDT (17:00Z) + 24 h calendar time = Sun 17:00Z.
    let clock = compute_marketplace_for_channel(
        Channel::Amazon,
        &[SlaEvent::buyer(at("2026-03-14T17:00:00Z"))],
        None,
        at("2026-03-14T18:00:00Z"),
    )
    .expect("amazon has a clock");
    assert_eq!(clock.due_at(), Some(at("2026-03-15T17:00:00Z")));
    assert_eq!(clock.reference_zone, "America/Los_Angeles");
    assert_eq!(clock.rule, M::Amazon24h);
}

#[test]
fn amazon_24_hours_are_real_hours_over_the_dst_change() {
    // Sat 2026-03-07 10:00 PST (18:00Z) -> Sun 18:00Z, which reads 11:00 PDT in Seattle.
    let clock = compute_marketplace(
        M::Amazon24h,
        &[SlaEvent::buyer(at("2026-03-07T18:00:00Z"))],
        America::Los_Angeles,
        at("2026-03-07T18:00:00Z"),
    );
    assert_eq!(clock.due_at(), Some(at("2026-03-08T11:00:00-07:00")));
}

#[test]
fn internal_pending_pauses_but_the_marketplace_clock_keeps_running() {
    let t = at("2026-03-14T17:00:00Z");
    let events = [
        SlaEvent::buyer(t),
        SlaEvent::status(t + 2 * HOUR, S::Pending),
        SlaEvent::status(t + 30 * HOUR, S::Open),
    ];
    let now = t + 31 * HOUR;
    let policy = Policy {
        first_response: Some(Target::calendar(4 * HOUR)),
        ..Policy::new("p", 1)
    };
    let internal = compute(&events, &policy, &CalendarSet::new(), now);
    let frt = internal.first_response.expect("clock");
    // Paused with 2 h left at t+2h, resumed at t+30h: due t+32h, not breached.
    assert_eq!(
        (frt.status, frt.due_at),
        (ClockStatus::Running, Some(t + 32 * HOUR))
    );
    let amazon = compute_marketplace(M::Amazon24h, &events, America::Los_Angeles, now);
    let cycle = amazon.current().expect("cycle");
    assert_eq!(
        (cycle.status, cycle.breached_at),
        (ClockStatus::Breached, Some(t + 24 * HOUR))
    );
}

#[test]
fn an_auto_reply_never_satisfies_a_marketplace_clock() {
    let t = at("2026-03-02T01:00:00Z");
    let events = [SlaEvent::buyer(t), SlaEvent::auto_reply(t + MINUTE)];
    for (rule, hours) in [
        (M::Amazon24h, 24),
        (M::Shopee12h, 12),
        (M::TiktokShop12h, 12),
    ] {
        let clock = compute_marketplace(rule, &events, rule.default_zone(), t + 25 * HOUR);
        let cycle = clock.current().expect("cycle");
        assert_eq!(cycle.status, ClockStatus::Breached, "{rule:?}");
        assert_eq!(cycle.breached_at, Some(t + hours * HOUR), "{rule:?}");
        assert!(cycle
            .audit
            .iter()
            .any(|a| a.event == AuditEvent::Ignored && a.reason == AuditReason::AutoReply));
    }
}

#[test]
fn a_queued_reply_counts_for_the_marketplace_only_once_accepted() {
    let t = at("2026-03-02T01:00:00Z");
    // Written after 1 h while offline, accepted by Shopee after 13 h: late.
    let events = [
        SlaEvent::buyer(t),
        SlaEvent::reply_accepted(t + HOUR, t + 13 * HOUR),
    ];
    let clock = compute_marketplace(M::Shopee12h, &events, Asia::Singapore, t + 14 * HOUR);
    let cycle = clock.current().expect("cycle");
    assert_eq!(cycle.status, ClockStatus::Breached);
    assert_eq!(cycle.satisfied_at, Some(t + 13 * HOUR));
    // Still queued: the cycle waits.
    let queued = [SlaEvent::buyer(t), SlaEvent::reply_queued(t + HOUR)];
    let clock = compute_marketplace(M::Shopee12h, &queued, Asia::Singapore, t + 2 * HOUR);
    assert_eq!(clock.due_at(), Some(t + 12 * HOUR));
}

#[test]
fn amazon_no_response_needed_excludes_the_message() {
    let t = at("2026-03-02T01:00:00Z");
    let events = [
        SlaEvent::buyer(t),
        SlaEvent::new(t + HOUR, SlaEventKind::NoResponseNeeded),
    ];
    let clock = compute_marketplace(M::Amazon24h, &events, America::Los_Angeles, t + 30 * HOUR);
    assert_eq!(
        clock.current().map(|c| c.status),
        Some(ClockStatus::Stopped)
    );
    assert_eq!(clock.due_at(), None);
    // Shopee has no such mark: its clock still breaches.
    let shopee = compute_marketplace(M::Shopee12h, &events, Asia::Singapore, t + 30 * HOUR);
    assert_eq!(
        shopee.current().map(|c| c.status),
        Some(ClockStatus::Breached)
    );
}

#[test]
fn amazon_answers_every_earlier_message_with_one_reply_and_restarts_after() {
    let t = at("2026-03-02T01:00:00Z");
    let events = [
        SlaEvent::buyer(t),
        SlaEvent::buyer(t + 5 * HOUR),
        SlaEvent::reply(t + 6 * HOUR),
        SlaEvent::buyer(t + 7 * HOUR),
    ];
    let clock = compute_marketplace(M::Amazon24h, &events, America::Los_Angeles, t + 8 * HOUR);
    assert_eq!(clock.cycles.len(), 2);
    assert_eq!(clock.cycles[0].status, ClockStatus::Satisfied);
    assert_eq!(clock.due_at(), Some(t + 31 * HOUR));
}

#[test]
fn shopee_counts_only_the_first_reply_of_a_chat() {
    let t = at("2026-03-02T01:00:00Z");
    let events = [
        SlaEvent::buyer(t),
        SlaEvent::reply(t + HOUR),
        SlaEvent::buyer(t + 2 * HOUR),
    ];
    let clock = compute_marketplace(M::Shopee12h, &events, Asia::Singapore, t + 20 * HOUR);
    assert_eq!(clock.cycles.len(), 1);
    assert_eq!(clock.due_at(), None);
    assert_eq!(clock.exclusions.len(), 1);
    assert_eq!(clock.exclusions[0].reason, AuditReason::FirstReplyOnly);
}

#[test]
fn tiktok_excludes_holiday_mode_and_seller_initiated_chats() {
    let t = at("2026-03-02T01:00:00Z");
    let on = SlaEvent::new(t - HOUR, SlaEventKind::HolidayMode { on: true });
    let off = SlaEvent::new(t + HOUR, SlaEventKind::HolidayMode { on: false });
    let events = [
        on,
        SlaEvent::buyer(t),
        off,
        SlaEvent::reply(t + 2 * HOUR),
        SlaEvent::buyer(t + 3 * HOUR),
    ];
    let clock = compute_marketplace(
        M::TiktokShop12h,
        &events,
        America::Los_Angeles,
        t + 4 * HOUR,
    );
    assert_eq!(clock.exclusions.len(), 1);
    assert_eq!(clock.exclusions[0].reason, AuditReason::HolidayMode);
    assert_eq!(
        clock.cycles.len(),
        1,
        "the message after holiday mode counts"
    );
    assert_eq!(clock.due_at(), Some(t + 15 * HOUR));

    let seller_first = [SlaEvent::reply(t), SlaEvent::buyer(t + HOUR)];
    let clock = compute_marketplace(
        M::TiktokShop12h,
        &seller_first,
        America::Los_Angeles,
        t + 20 * HOUR,
    );
    assert!(clock.cycles.is_empty());
    assert_eq!(clock.exclusions[0].reason, AuditReason::SellerInitiated);
}

fn inr(opened: &str, now: &str, answered: Option<&str>) -> bridgedesk_sla::MarketplaceClock {
    let mut events = vec![SlaEvent::new(
        at(opened),
        SlaEventKind::ItemNotReceivedOpened,
    )];
    if let Some(a) = answered {
        events.push(SlaEvent::new(at(a), SlaEventKind::ItemNotReceivedAnswered));
    }
    events.push(SlaEvent::reply(at(opened) + HOUR)); // a chat message does not resolve it
    compute_marketplace(
        M::EbayItemNotReceived,
        &events,
        America::Los_Angeles,
        at(now),
    )
}

#[test]
fn ebay_item_not_received_is_due_in_three_business_days() {
    // Opened Fri 2026-03-13 15:00 PDT: 9 h Friday, Mon, Tue, 15 h Wednesday -> Wed 15:00 PDT.
    let clock = inr("2026-03-13T15:00:00-07:00", "2026-03-14T00:00:00Z", None);
    assert_eq!(clock.due_at(), Some(at("2026-03-18T15:00:00-07:00")));
    // Opened on Saturday: counting starts Monday 00:00 -> end of Wednesday = Thu 00:00 PDT.
    let clock = inr("2026-03-14T10:00:00-07:00", "2026-03-14T18:00:00Z", None);
    assert_eq!(clock.due_at(), Some(at("2026-03-19T00:00:00-07:00")));
    // Over the US DST change: Fri 2026-03-06 12:00 PST -> Wed 2026-03-11 12:00 PDT (19:00Z).
    let clock = inr("2026-03-06T12:00:00-08:00", "2026-03-06T21:00:00Z", None);
    assert_eq!(clock.due_at(), Some(at("2026-03-11T19:00:00Z")));
}

#[test]
fn ebay_item_not_received_is_met_only_by_answering_the_request() {
    let open = inr("2026-03-13T15:00:00-07:00", "2026-03-19T00:00:00Z", None);
    assert_eq!(
        open.current().map(|c| c.status),
        Some(ClockStatus::Breached)
    );
    let met = inr(
        "2026-03-13T15:00:00-07:00",
        "2026-03-19T00:00:00Z",
        Some("2026-03-16T09:00:00-07:00"),
    );
    assert_eq!(
        met.current().map(|c| c.status),
        Some(ClockStatus::Satisfied)
    );
}

#[test]
fn channels_without_a_marketplace_have_no_clock_and_sites_have_zones() {
    assert!(
        compute_marketplace_for_channel(Channel::Email, &[SlaEvent::buyer(0)], None, 0).is_none()
    );
    assert_eq!(site_zone("my"), Some(Asia::Kuala_Lumpur));
    assert_eq!(site_zone("US"), Some(America::Los_Angeles));
    assert_eq!(site_zone("XX"), None);
    for rule in M::ALL {
        assert!(!rule.rule_text().is_empty() && !rule.source().is_empty());
    }
}

mod invariants {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn auto_replies_and_notes_never_satisfy_any_marketplace_cycle(
            steps in prop::collection::vec((0u8..4, 1i64..(20 * HOUR)), 1..25),
            rule in 0usize..5,
        ) {
            let rule = M::ALL[rule];
            let mut t = at("2026-03-06T00:00:00Z");
            let events: Vec<SlaEvent> = steps
                .into_iter()
                .map(|(kind, gap)| {
                    t += gap;
                    match kind {
                        0 => SlaEvent::buyer(t),
                        1 => SlaEvent::auto_reply(t),
                        2 => SlaEvent::internal_note(t),
                        _ => SlaEvent::new(t, SlaEventKind::ItemNotReceivedOpened),
                    }
                })
                .collect();
            let clock = compute_marketplace(rule, &events, rule.default_zone(), t + HOUR);
            prop_assert!(clock.cycles.iter().all(|c| c.satisfied_at.is_none()));
            prop_assert!(clock.cycles.len() <= 1, "nothing answered, so one cycle at most");
        }
    }
}
