//! The workspace runs the SLA clocks: due times come from the policies and the business
//! calendar, a queued reply does not stop the clock until the channel accepts it, pending
//! pauses it, and the conversation pane gets the internal and the marketplace clock.

use bridgedesk_model::*;

mod common;
use common::*;

#[test]
fn a_shopee_message_gets_the_internal_and_the_marketplace_clock() {
    let dir = tempfile::tempdir().unwrap();
    let buyer_at = monday_10_shanghai();
    one_conversation(dir.path(), Channel::Shopee, "SG", buyer_at);
    let (workspace, _) = workspace_at(dir.path(), buyer_at + HOUR);
    let detail = workspace.open_conversation(1).unwrap();
    let sla = detail.sla.expect("a policy applies");
    assert_eq!(sla.policy_id, "marketplace-chat");
    let first = &sla.clocks[0];
    assert_eq!(
        (first.metric.as_str(), first.status.as_str()),
        ("first_response", "running")
    );
    // 4 business hours from Monday 10:00: 10–12 (2 h), lunch, 13:30–15:30 (2 h).
    let expected = chrono::DateTime::parse_from_rfc3339("2026-11-16T15:30:00+08:00")
        .unwrap()
        .timestamp_millis();
    assert_eq!(first.due_at, Some(expected));
    let marketplace = sla.marketplace.expect("Shopee has its own clock");
    assert_eq!(marketplace.rule, "shopee_12h");
    assert_eq!(marketplace.reference_zone, "Asia/Singapore");
    assert_eq!(
        marketplace.current.unwrap().due_at,
        Some(buyer_at + 12 * HOUR)
    );
    // The inbox sorts by the nearest due instant.
    let page = workspace
        .inbox_list(&InboxFilter::default(), 0, 10)
        .unwrap();
    assert_eq!(page.items[0].due_at, Some(expected));
    assert!(page.items[0].warn_at.is_some_and(|w| w < expected));
}

#[test]
fn a_queued_reply_does_not_stop_the_clock_until_the_channel_accepts_it() {
    let dir = tempfile::tempdir().unwrap();
    let buyer_at = monday_10_shanghai();
    one_conversation(dir.path(), Channel::Email, "", buyer_at);
    let (workspace, _) = workspace_at(dir.path(), buyer_at + HOUR);
    workspace
        .send_reply(1, "Your parcel left our warehouse today.")
        .unwrap();
    let detail = workspace.open_conversation(1).unwrap();
    let first = &detail.sla.unwrap().clocks[0];
    assert_eq!(
        first.status, "running",
        "queued offline: not yet a qualifying reply"
    );
    assert!(detail.summary.due_at.is_some());
}

#[test]
fn pending_pauses_the_clock_and_keeps_the_remaining_time() {
    let dir = tempfile::tempdir().unwrap();
    let buyer_at = monday_10_shanghai();
    one_conversation(dir.path(), Channel::Email, "", buyer_at);
    let (workspace, clock) = workspace_at(dir.path(), buyer_at + HOUR);
    clock.advance(HOUR);
    let summary = workspace
        .set_status(1, ConversationStatus::Pending)
        .unwrap();
    assert_eq!(summary.due_at, None, "a paused clock is not due");
    let detail = workspace.open_conversation(1).unwrap();
    let first = &detail.sla.unwrap().clocks[0];
    assert_eq!(first.status, "paused");
    // 9 business hours target, 2 used (10:00–12:00): 7 left.
    assert_eq!(first.paused_remaining_ms, Some(7 * HOUR));
    assert!(
        first
            .audit
            .iter()
            .any(|a| a.event == "paused" && a.reason == "status_pending"),
        "{:?}",
        first.audit
    );
}

#[test]
fn the_demo_inbox_is_sorted_by_computed_due_times() {
    let dir = tempfile::tempdir().unwrap();
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    workspace.load_demo().unwrap();
    let page = workspace
        .inbox_list(
            &InboxFilter {
                status: Some(ConversationStatus::Open),
                ..Default::default()
            },
            0,
            500,
        )
        .unwrap();
    let dues: Vec<i64> = page
        .items
        .iter()
        .map(|c| c.due_at.unwrap_or(i64::MAX))
        .collect();
    assert!(dues.windows(2).all(|w| w[0] <= w[1]), "sorted by due");
    assert!(page.items.iter().filter(|c| c.due_at.is_some()).count() > 20);
}

#[test]
fn when_the_marketplace_deadline_comes_first_the_inbox_warns_an_hour_before_it() {
    let dir = tempfile::tempdir().unwrap();
    // Friday 20:00 in Shanghai: the office is closed until Saturday 09:00, but Shopee's 12 h
    // run through the night.
    let buyer_at = chrono::DateTime::parse_from_rfc3339("2026-11-20T20:00:00+08:00")
        .unwrap()
        .timestamp_millis();
    one_conversation(dir.path(), Channel::Shopee, "SG", buyer_at);
    let (workspace, _) = workspace_at(dir.path(), buyer_at + HOUR);
    workspace.open_conversation(1).unwrap();
    let row = &workspace
        .inbox_list(&InboxFilter::default(), 0, 1)
        .unwrap()
        .items[0];
    assert_eq!(row.due_at, Some(buyer_at + 12 * HOUR));
    assert_eq!(row.warn_at, Some(buyer_at + 11 * HOUR));
}

#[test]
fn no_reply_needed_stops_the_waiting_reply_clocks_and_amazons_but_not_resolution() {
    let dir = tempfile::tempdir().unwrap();
    let buyer_at = monday_10_shanghai();
    one_conversation(dir.path(), Channel::Amazon, "US", buyer_at);
    let (workspace, _) = workspace_at(dir.path(), buyer_at + HOUR);
    let before = workspace.open_conversation(1).unwrap();
    let sla = before.sla.expect("a policy applies");
    assert_eq!(sla.clocks[0].status, "running");
    assert!(sla
        .marketplace
        .as_ref()
        .and_then(|m| m.current.as_ref())
        .is_some_and(|c| c.due_at.is_some()));
    assert!(before.summary.due_at.is_some());

    let summary = workspace.mark_no_response_needed(1).unwrap();
    let after = workspace.open_conversation(1).unwrap().sla.unwrap();
    // No reply is owed; resolving the conversation still is.
    let resolution = after
        .clocks
        .iter()
        .find(|c| c.metric == "resolution")
        .expect("a resolution clock");
    assert_eq!(resolution.status, "running");
    assert_eq!(summary.due_at, resolution.due_at);
    assert!(summary.due_at > before.summary.due_at);
    let first = &after.clocks[0];
    assert_eq!(first.status, "stopped");
    assert!(first
        .audit
        .iter()
        .any(|e| e.event == "stopped" && e.reason == "no_response_needed"));
    let amazon = after.marketplace.unwrap().current.unwrap();
    assert!(
        amazon
            .audit
            .iter()
            .any(|e| e.reason == "no_response_needed"),
        "Amazon's own clock excludes the message: {:?}",
        amazon.audit
    );
    assert!(matches!(
        workspace.mark_no_response_needed(999),
        Err(bridgedesk_core::CoreError::Store(_))
    ));
}
