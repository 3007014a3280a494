//! Test helpers shared by the SLA test files: a one-conversation store and a workspace on a
//! fixed clock.
#![allow(dead_code)]

use bridgedesk_core::*;
use bridgedesk_model::*;
use std::sync::Arc;

pub const HOUR: i64 = 3_600_000;

/// Monday 2026-11-16 10:00 in Shanghai (02:00 UTC), a working day.
pub fn monday_10_shanghai() -> UtcMillis {
    chrono::DateTime::parse_from_rfc3339("2026-11-16T10:00:00+08:00")
        .unwrap()
        .timestamp_millis()
}

pub fn one_conversation(dir: &std::path::Path, channel: Channel, site: &str, buyer_at: UtcMillis) {
    let store = Store::open(&dir.join(DATABASE_FILE_NAME)).unwrap();
    store
        .import_stores(&[StoreRecord {
            key: "s".into(),
            name: "Brightway".into(),
            marketplace: channel,
            site: site.into(),
        }])
        .unwrap();
    let customer = CustomerRecord {
        key: "c".into(),
        name: "Nur Aisyah".into(),
        country: site.into(),
        time_zone: "Asia/Singapore".into(),
        language: "en".into(),
        identities: vec![],
    };
    let conversation = ConversationRecord {
        channel,
        store_key: "s".into(),
        customer_key: "c".into(),
        order_key: None,
        subject: "Where is my parcel?".into(),
        status: ConversationStatus::Open,
        priority: Priority::Normal,
        category: Category::OrderLogistics,
        language: "en".into(),
        assignee: None,
        tags: vec![],
        due_at: None,
        messages: vec![MessageRecord {
            external_id: "m1".into(),
            direction: Direction::Inbound,
            author_kind: AuthorKind::Customer,
            author_name: "Nur Aisyah".into(),
            text: "Where is my parcel?".into(),
            html: None,
            sent_at: buyer_at,
            delivery: None,
            read: false,
        }],
        notes: vec![],
    };
    store
        .import_batch(&[customer], &[], &[conversation])
        .unwrap();
}

pub fn workspace_at(dir: &std::path::Path, now: UtcMillis) -> (Workspace, Arc<FixedClock>) {
    let (workspace, clock, _) = workspace_with_events(dir, now);
    (workspace, clock)
}

/// A workspace on a fixed clock, with the sink that records its events.
pub fn workspace_with_events(
    dir: &std::path::Path,
    now: UtcMillis,
) -> (Workspace, Arc<FixedClock>, Arc<RecordingSink>) {
    let clock = Arc::new(FixedClock::at(now));
    let sink = Arc::new(RecordingSink::default());
    let environment = AgentEnvironment {
        locales: vec!["en-US".into()],
        time_zone: "Asia/Shanghai".into(),
        user_name: "Lin Wei".into(),
    };
    let workspace = Workspace::open(
        dir,
        clock.clone(),
        sink.clone(),
        Arc::new(Localizer::embedded()),
        environment,
    );
    (workspace, clock, sink)
}
