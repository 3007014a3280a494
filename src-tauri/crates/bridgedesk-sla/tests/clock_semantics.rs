//! The internal clocks as a pure function of a conversation's events: what counts as a reply,
//! where next response starts, how pending freezes the remaining time, what resolve and reopen
//! do, and what the audit says.

mod common;

use bridgedesk_model::{AuthorKind, ConversationStatus as S, DeliveryState};
use bridgedesk_sla::{
    compute, AuditEvent as E, AuditReason as R, CalendarSet, ClockStatus, Policy, SlaEvent,
    SlaEventKind, SlaState, Target, HOUR, MINUTE,
};
use common::*;

const T: i64 = 1_772_000_000_000; // 2026-02-25T06:13:20Z, an arbitrary Wednesday

fn policy() -> Policy {
    Policy {
        first_response: Some(Target::calendar(2 * HOUR)),
        next_response: Some(Target::calendar(4 * HOUR)),
        resolution: Some(Target::calendar(48 * HOUR)),
        total_resolution: Some(Target::calendar(72 * HOUR)),
        warn_before_ms: 30 * MINUTE,
        ..Policy::new("standard", 7)
    }
}

fn run(events: &[SlaEvent], now: i64) -> SlaState {
    compute(events, &policy(), &CalendarSet::new(), now)
}

fn has(audit: &[bridgedesk_sla::AuditEntry], at: i64, event: E, reason: R) -> bool {
    audit
        .iter()
        .any(|a| a.at == at && a.event == event && a.reason == reason)
}

#[test]
fn first_response_is_met_by_a_public_accepted_agent_reply() {
    let state = run(
        &[SlaEvent::buyer(T), SlaEvent::reply(T + HOUR)],
        T + 3 * HOUR,
    );
    let frt = state.first_response.expect("first response clock");
    assert_eq!(frt.status, ClockStatus::Satisfied);
    assert_eq!(frt.satisfied_at, Some(T + HOUR));
    assert_eq!(frt.due_at, Some(T + 2 * HOUR));
    assert_eq!(frt.warn_at, Some(T + 90 * MINUTE));
    assert_eq!(frt.policy_version, Some(7));
    assert_eq!(state.policy_version, 7);
    assert!(has(&frt.audit, T, E::Started, R::BuyerMessage));
    assert!(has(&frt.audit, T + HOUR, E::Satisfied, R::AgentReply));
}

#[test]
fn auto_replies_internal_notes_and_system_messages_never_satisfy() {
    let system = SlaEvent::new(
        T + 10 * MINUTE,
        SlaEventKind::AgentReply {
            author: AuthorKind::System,
            public: true,
            delivery: DeliveryState::Accepted,
            accepted_at: Some(T + 10 * MINUTE),
        },
    );
    let events = [
        SlaEvent::buyer(T),
        SlaEvent::auto_reply(T + MINUTE),
        SlaEvent::internal_note(T + 5 * MINUTE),
        system,
    ];
    let frt = run(&events, T + 3 * HOUR).first_response.expect("clock");
    assert_eq!(frt.status, ClockStatus::Breached);
    assert_eq!(frt.breached_at, Some(T + 2 * HOUR));
    assert_eq!(frt.satisfied_at, None);
    assert!(has(&frt.audit, T + MINUTE, E::Ignored, R::AutoReply));
    assert!(has(&frt.audit, T + 5 * MINUTE, E::Ignored, R::InternalNote));
    assert!(has(
        &frt.audit,
        T + 10 * MINUTE,
        E::Ignored,
        R::NotHumanAuthor
    ));
    assert!(has(
        &frt.audit,
        T + 2 * HOUR,
        E::Breached,
        R::DeadlinePassed
    ));
}

#[test]
fn a_queued_reply_does_not_count_until_the_channel_accepts_it() {
    // Written offline 30 min after the buyer, still queued an hour later: the clock runs.
    let queued = [SlaEvent::buyer(T), SlaEvent::reply_queued(T + 30 * MINUTE)];
    let frt = run(&queued, T + HOUR).first_response.expect("clock");
    assert_eq!(frt.status, ClockStatus::Running);
    assert!(has(
        &frt.audit,
        T + 30 * MINUTE,
        E::Ignored,
        R::ReplyNotAccepted
    ));

    // Accepted at 1 h 30: met then, not at compose time.
    let accepted = [
        SlaEvent::buyer(T),
        SlaEvent::reply_accepted(T + 30 * MINUTE, T + 90 * MINUTE),
    ];
    let frt = run(&accepted, T + 3 * HOUR).first_response.expect("clock");
    assert_eq!(frt.satisfied_at, Some(T + 90 * MINUTE));
    assert_eq!(frt.status, ClockStatus::Satisfied);

    // Accepted at 2 h 30, after the 2 h due: breached, met late.
    let late = [
        SlaEvent::buyer(T),
        SlaEvent::reply_accepted(T + 30 * MINUTE, T + 150 * MINUTE),
    ];
    let frt = run(&late, T + 3 * HOUR).first_response.expect("clock");
    assert_eq!(frt.status, ClockStatus::Breached);
    assert_eq!(frt.breached_at, Some(T + 2 * HOUR));
    assert_eq!(frt.satisfied_at, Some(T + 150 * MINUTE));

    // Accepted after `now`: not seen yet.
    let frt = run(&late, T + 100 * MINUTE).first_response.expect("clock");
    assert_eq!(frt.status, ClockStatus::Running);
}

#[test]
fn a_reply_exactly_at_the_due_instant_is_in_time() {
    let frt = run(
        &[SlaEvent::buyer(T), SlaEvent::reply(T + 2 * HOUR)],
        T + 5 * HOUR,
    )
    .first_response
    .expect("clock");
    assert_eq!(frt.status, ClockStatus::Satisfied);
    assert_eq!(frt.breached_at, None);
}

#[test]
fn next_response_runs_from_the_oldest_unanswered_buyer_message() {
    let mut events = vec![
        SlaEvent::buyer(T),
        SlaEvent::reply(T + HOUR),
        SlaEvent::buyer(T + 2 * HOUR),
        SlaEvent::buyer(T + 3 * HOUR),
    ];
    let state = run(&events, T + 5 * HOUR);
    let nrt = state.next_response().expect("next response clock");
    assert_eq!(nrt.started_at, T + 2 * HOUR);
    assert_eq!(nrt.due_at, Some(T + 6 * HOUR));
    assert_eq!(nrt.status, ClockStatus::Running);
    assert!(has(
        &nrt.audit,
        T + 2 * HOUR,
        E::Started,
        R::OldestUnansweredBuyerMessage
    ));

    // A late reply breaches that cycle; the next buyer message starts a new one.
    events.push(SlaEvent::reply(T + 7 * HOUR));
    events.push(SlaEvent::buyer(T + 8 * HOUR));
    let state = run(&events, T + 9 * HOUR);
    assert_eq!(state.next_responses.len(), 2);
    let first_cycle = &state.next_responses[0];
    assert_eq!(first_cycle.status, ClockStatus::Breached);
    assert_eq!(first_cycle.breached_at, Some(T + 6 * HOUR));
    assert_eq!(first_cycle.satisfied_at, Some(T + 7 * HOUR));
    assert_eq!(
        state.next_response().and_then(|c| c.due_at),
        Some(T + 12 * HOUR)
    );
}

#[test]
fn pending_pauses_and_freezes_the_remaining_calendar_time() {
    let events = [
        SlaEvent::buyer(T),
        SlaEvent::reply(T + HOUR),
        SlaEvent::buyer(T + 2 * HOUR), // next response due T+6h
        SlaEvent::status(T + 3 * HOUR, S::Pending), // 3 h left
    ];
    let paused = run(&events, T + 9 * HOUR);
    let nrt = paused.next_response().expect("clock");
    assert_eq!(nrt.status, ClockStatus::Paused);
    assert_eq!(nrt.due_at, None);
    assert_eq!(nrt.paused_remaining_ms, Some(3 * HOUR));
    assert_eq!(paused.nearest_due(), None, "nothing counts while paused");

    // The buyer writes at T+10h: resumed with the frozen 3 h (not breached at T+6h).
    let mut resumed = events.to_vec();
    resumed.push(SlaEvent::buyer(T + 10 * HOUR));
    let state = run(&resumed, T + 11 * HOUR);
    let nrt = state.next_response().expect("clock");
    assert_eq!(nrt.status, ClockStatus::Running);
    assert_eq!(nrt.due_at, Some(T + 13 * HOUR));
    assert!(has(&nrt.audit, T + 3 * HOUR, E::Paused, R::StatusPending));
    assert!(has(&nrt.audit, T + 10 * HOUR, E::Resumed, R::BuyerMessage));
    // Resolution was paused too: 45 h left at T+3h, due T+55h.
    assert_eq!(state.resolution.and_then(|c| c.due_at), Some(T + 55 * HOUR));
    assert_eq!(state.status, S::Open);
}

#[test]
fn pending_freezes_remaining_business_time_and_an_agent_can_reopen() {
    let calendars = CalendarSet::new().with(shanghai_office());
    let policy = Policy {
        first_response: Some(Target::business(4 * HOUR, "sh")),
        ..Policy::new("business", 1)
    };
    // Fri 2026-03-06 15:00 +08: 3 h Friday + 1 h Monday -> due Mon 10:00 +08 (02:00Z).
    let buyer = SlaEvent::buyer(at("2026-03-06T07:00:00Z"));
    let state = compute(
        std::slice::from_ref(&buyer),
        &policy,
        &calendars,
        at("2026-03-06T08:00:00Z"),
    );
    assert_eq!(
        state.first_response.and_then(|c| c.due_at),
        Some(at("2026-03-09T02:00:00Z"))
    );

    // Pending at Fri 17:00 +08 leaves 2 business hours (1 h Friday, 1 h Monday). Reopened by
    // the agent on Sat 12:00 +08 (closed): due Mon 09:00 + 2 h = 11:00 +08 = 03:00Z.
    let events = [
        buyer,
        SlaEvent::status(at("2026-03-06T09:00:00Z"), S::Pending),
        SlaEvent::status(at("2026-03-07T04:00:00Z"), S::Open),
    ];
    let frt = compute(&events, &policy, &calendars, at("2026-03-07T05:00:00Z"))
        .first_response
        .expect("clock");
    assert_eq!(frt.due_at, Some(at("2026-03-09T03:00:00Z")));
    assert!(has(
        &frt.audit,
        at("2026-03-07T04:00:00Z"),
        E::Resumed,
        R::StatusOpen
    ));
}

#[test]
fn resolving_stops_response_clocks_and_a_buyer_message_reopens() {
    let mut events = vec![SlaEvent::buyer(T), SlaEvent::status(T + HOUR, S::Resolved)];
    let state = run(&events, T + 2 * HOUR);
    let frt = state.first_response.as_ref().expect("clock");
    assert_eq!(frt.status, ClockStatus::Stopped);
    assert_eq!(frt.stopped_at, Some(T + HOUR));
    assert!(has(&frt.audit, T + HOUR, E::Stopped, R::Resolved));
    let res = state.resolution.as_ref().expect("clock");
    assert_eq!(
        (res.status, res.satisfied_at),
        (ClockStatus::Satisfied, Some(T + HOUR))
    );
    assert_eq!(state.nearest_due(), None);

    // The buyer writes again: a next-response cycle starts (first response is not restarted),
    // total resolution continues with its 71 h left, first resolution stays met.
    events.push(SlaEvent::buyer(T + 5 * HOUR));
    let state = run(&events, T + 6 * HOUR);
    assert_eq!(state.status, S::Open);
    assert_eq!(state.next_responses.len(), 1);
    assert_eq!(
        state.next_response().and_then(|c| c.due_at),
        Some(T + 9 * HOUR)
    );
    let total = state.total_resolution.as_ref().expect("clock");
    assert_eq!(total.status, ClockStatus::Running);
    assert_eq!(total.due_at, Some(T + 76 * HOUR));
    assert!(has(
        &total.audit,
        T + 5 * HOUR,
        E::Reopened,
        R::BuyerMessage
    ));
    assert_eq!(
        state.resolution.as_ref().map(|c| c.status),
        Some(ClockStatus::Satisfied)
    );
    assert_eq!(state.nearest_due(), Some(T + 9 * HOUR));
}

#[test]
fn no_response_needed_stops_the_waiting_clock() {
    let events = [
        SlaEvent::buyer(T),
        SlaEvent::new(T + HOUR, SlaEventKind::NoResponseNeeded),
    ];
    let frt = run(&events, T + 5 * HOUR).first_response.expect("clock");
    assert_eq!(frt.status, ClockStatus::Stopped);
    assert!(has(&frt.audit, T + HOUR, E::Stopped, R::NoResponseNeeded));
}

#[test]
fn event_order_in_the_input_does_not_matter_and_future_events_are_unseen() {
    let events = [
        SlaEvent::buyer(T + 2 * HOUR),
        SlaEvent::reply(T + HOUR),
        SlaEvent::buyer(T),
        SlaEvent::reply(T + 10 * HOUR),
    ];
    let state = run(&events, T + 5 * HOUR);
    assert_eq!(
        state.first_response.as_ref().map(|c| c.satisfied_at),
        Some(Some(T + HOUR))
    );
    let nrt = state.next_response().expect("clock");
    assert_eq!(
        (nrt.started_at, nrt.status),
        (T + 2 * HOUR, ClockStatus::Running)
    );
    assert_eq!(nrt.satisfied_at, None, "the reply at T+10h is after now");
}

#[test]
fn an_agent_initiated_conversation_starts_first_response_at_the_buyers_message() {
    let events = [SlaEvent::reply(T), SlaEvent::buyer(T + HOUR)];
    let frt = run(&events, T + 90 * MINUTE).first_response.expect("clock");
    assert_eq!(frt.started_at, T + HOUR);
    assert_eq!(frt.status, ClockStatus::Running);
    assert!(run(&[SlaEvent::reply(T)], T + HOUR)
        .first_response
        .is_none());
}

#[test]
fn a_missing_calendar_falls_back_to_calendar_time_and_says_so() {
    let policy = Policy {
        first_response: Some(Target::business(HOUR, "gone")),
        ..Policy::new("p", 2)
    };
    let frt = compute(&[SlaEvent::buyer(T)], &policy, &CalendarSet::new(), T)
        .first_response
        .expect("clock");
    assert_eq!(frt.due_at, Some(T + HOUR));
    assert!(has(
        &frt.audit,
        T,
        E::CalendarTimeFallback,
        R::CalendarMissing
    ));
}

#[test]
fn warning_starts_at_due_minus_lead_and_breached_clocks_sort_first() {
    let state = run(&[SlaEvent::buyer(T)], T + 100 * MINUTE);
    let frt = state.first_response.as_ref().expect("clock");
    assert!(frt.is_warning(T + 100 * MINUTE));
    assert!(!frt.is_warning(T + 80 * MINUTE));
    assert_eq!(state.nearest_due(), Some(T + 2 * HOUR));
    let breached = run(&[SlaEvent::buyer(T)], T + 3 * HOUR);
    assert_eq!(
        breached.nearest_due(),
        Some(T + 2 * HOUR),
        "overdue clocks still sort"
    );
    assert!(breached.any_breached());
}

#[test]
fn no_events_means_no_clocks() {
    let state = run(&[], T);
    assert_eq!(state.clocks().count(), 0);
    assert_eq!(state.nearest_due(), None);
}

mod invariants {
    use super::*;
    use proptest::prelude::*;

    /// A random event of the kinds a conversation has, at a given instant.
    fn event(kind: u8, t: i64, delay: i64) -> SlaEvent {
        match kind % 10 {
            0..=2 => SlaEvent::buyer(t),
            3 | 4 => SlaEvent::reply(t),
            5 => SlaEvent::reply_accepted(t, t + delay),
            6 => SlaEvent::auto_reply(t),
            7 => SlaEvent::status(t, S::Pending),
            8 => SlaEvent::status(t, S::Open),
            _ => SlaEvent::status(t, S::Resolved),
        }
    }

    fn events() -> impl Strategy<Value = Vec<SlaEvent>> {
        prop::collection::vec((any::<u8>(), 1i64..(30 * HOUR), 0i64..(3 * HOUR)), 1..20).prop_map(
            |steps| {
                let mut t = at("2026-02-13T00:00:00Z");
                steps
                    .into_iter()
                    .map(|(kind, gap, delay)| {
                        // Distinct minutes, so no two events share an instant.
                        t += gap - gap % MINUTE + MINUTE;
                        event(kind, t, delay - delay % MINUTE + 30_000)
                    })
                    .collect()
            },
        )
    }

    fn business_policy() -> (Policy, CalendarSet) {
        let policy = Policy {
            first_response: Some(Target::business(4 * HOUR, "sh")),
            next_response: Some(Target::business(2 * HOUR, "sh")),
            resolution: Some(Target::calendar(48 * HOUR)),
            total_resolution: Some(Target::business(30 * HOUR, "sh")),
            warn_before_ms: 15 * MINUTE,
            ..Policy::new("b", 4)
        };
        (policy, CalendarSet::new().with(shanghai_office()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn every_clock_is_consistent_with_its_status(events in events(), later in 0i64..(100 * HOUR)) {
            let (policy, calendars) = business_policy();
            let now = events.iter().map(|e| e.at).max().unwrap_or(T) + later;
            let state = compute(&events, &policy, &calendars, now);
            for clock in state.clocks() {
                prop_assert_eq!(clock.status == ClockStatus::Breached, clock.breached_at.is_some());
                prop_assert!(clock.satisfied_at.is_none_or(|s| s >= clock.started_at));
                prop_assert!(clock.breached_at.is_none_or(|b| b >= clock.started_at && b < now));
                if clock.status == ClockStatus::Running {
                    prop_assert!(clock.due_at.is_some_and(|d| d >= now), "running but overdue");
                }
                if clock.status == ClockStatus::Paused {
                    prop_assert!(clock.paused_remaining_ms.is_some_and(|r| r >= 0));
                    prop_assert_eq!(clock.due_at, None);
                }
                prop_assert!(clock.audit.windows(2).all(|w| w[0].at <= w[1].at), "audit in order");
                prop_assert_eq!(clock.policy_version, Some(4));
            }
        }

        #[test]
        fn the_input_order_of_events_does_not_matter(events in events(), seed in any::<u64>()) {
            let (policy, calendars) = business_policy();
            let now = events.iter().map(|e| e.at).max().unwrap_or(T) + HOUR;
            let mut shuffled = events.clone();
            // A deterministic shuffle from the seed.
            let mut s = seed;
            for i in (1..shuffled.len()).rev() {
                s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                shuffled.swap(i, (s >> 33) as usize % (i + 1));
            }
            prop_assert_eq!(
                compute(&events, &policy, &calendars, now),
                compute(&shuffled, &policy, &calendars, now)
            );
        }
    }
}
