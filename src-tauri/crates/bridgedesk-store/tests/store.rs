//! Store behaviour on a real SQLite file: migrations, refusal of newer and damaged files, the
//! inbox order and filters, CJK and Latin search, and the outbox.

mod fixture;

use bridgedesk_model::*;
use bridgedesk_store::{migrations, move_aside, ReplyDraft, StatusChange, Store, StoreError};
use fixture::*;
use rusqlite::Connection;

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bridgedesk.sqlite3")).unwrap();
    (dir, store)
}

fn subjects(page: &InboxPage) -> Vec<&str> {
    page.items.iter().map(|c| c.subject.as_str()).collect()
}

#[test]
fn an_empty_file_is_migrated_to_the_latest_schema_in_wal_mode() {
    let (dir, store) = temp_store();
    assert_eq!(
        store.stats().unwrap().schema_version,
        migrations::LATEST_VERSION
    );
    let conn = Connection::open(dir.path().join("bridgedesk.sqlite3")).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_database_at_the_previous_schema_is_migrated_and_keeps_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bridgedesk.sqlite3");
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations::migrate_to(&mut conn, migrations::LATEST_VERSION - 1).unwrap();
        if migrations::LATEST_VERSION > 1 {
            conn.execute(
                "INSERT INTO settings (key, value) VALUES ('ui.locale', 'zh-CN')",
                [],
            )
            .unwrap();
        }
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.stats().unwrap().schema_version,
        migrations::LATEST_VERSION
    );
    if migrations::LATEST_VERSION > 1 {
        assert_eq!(
            store.setting("ui.locale").unwrap().as_deref(),
            Some("zh-CN")
        );
    }
    // Opening again is a no-op.
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.stats().unwrap().schema_version,
        migrations::LATEST_VERSION
    );
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bridgedesk.sqlite3");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x INTEGER); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    match Store::open(&path) {
        Err(StoreError::TooNew {
            found: 99,
            supported,
        }) => assert_eq!(supported, migrations::LATEST_VERSION),
        Err(other) => panic!("expected TooNew, got {other:?}"),
        Ok(_) => panic!("a newer database was opened"),
    }
    assert!(
        std::fs::read(&path).unwrap() == before,
        "the newer database must stay byte-identical"
    );
    let error = StoreError::TooNew {
        found: 99,
        supported: 1,
    }
    .to_app_error();
    assert_eq!(error.message_id, "error-store-too-new");
}

#[test]
fn a_garbage_file_is_reported_corrupt_and_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bridgedesk.sqlite3");
    let garbage: Vec<u8> = (0..65_536u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&path, &garbage).unwrap();
    let err = Store::open(&path).err().expect("garbage must not open");
    assert!(err.is_recoverable_by_moving_aside(), "{err:?}");
    assert_eq!(err.to_app_error().code, "store.corrupt");
    assert!(
        std::fs::read(&path).unwrap() == garbage,
        "the damaged file must stay byte-identical"
    );

    let moved = move_aside(&path, "20261122-120000").unwrap();
    assert!(!path.exists());
    assert!(
        std::fs::read(&moved).unwrap() == garbage,
        "the moved file keeps every byte"
    );
    assert!(moved
        .file_name()
        .unwrap()
        .to_string_lossy()
        .contains("corrupt"));
    Store::open(&path).expect("a fresh store opens after moving aside");
}

#[test]
fn inbox_lists_what_is_due_first_then_the_newest_activity() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let page = store.inbox_page(&InboxFilter::default(), 0, 50).unwrap();
    assert_eq!(page.total, 3);
    assert_eq!(
        subjects(&page),
        ["退款申请", "Pedido no recibido", "注文について"]
    );
    let spanish = &page.items[1];
    assert_eq!(spanish.unread_count, 1);
    assert_eq!(spanish.message_count, 3);
    assert!(spanish.snippet.starts_with("Sigue sin llegar"));
}

#[test]
fn filters_narrow_the_inbox_by_channel_language_and_assignee() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let by_channel = InboxFilter {
        channel: Some(Channel::Ebay),
        ..Default::default()
    };
    assert_eq!(
        subjects(&store.inbox_page(&by_channel, 0, 50).unwrap()),
        ["Pedido no recibido"]
    );
    let by_language = InboxFilter {
        language: Some("ja".into()),
        ..Default::default()
    };
    assert_eq!(
        subjects(&store.inbox_page(&by_language, 0, 50).unwrap()),
        ["注文について"]
    );
    let id = store.inbox_page(&by_language, 0, 1).unwrap().items[0].id;
    store.assign(id, Some("Chen Jing")).unwrap();
    let unassigned = InboxFilter {
        assignee: Some(String::new()),
        ..Default::default()
    };
    assert_eq!(store.inbox_page(&unassigned, 0, 50).unwrap().total, 2);
    let mine = InboxFilter {
        assignee: Some("Chen Jing".into()),
        ..Default::default()
    };
    assert_eq!(
        subjects(&store.inbox_page(&mine, 0, 50).unwrap()),
        ["注文について"]
    );
}

#[test]
fn two_character_chinese_and_japanese_words_are_found_in_unsegmented_text() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    for (word, subject) in [
        ("退款", "退款申请"),
        ("物流", "退款申请"),
        ("注文", "注文について"),
        ("配送", "注文について"),
    ] {
        let filter = InboxFilter {
            query: Some(word.into()),
            ..Default::default()
        };
        assert_eq!(
            subjects(&store.inbox_page(&filter, 0, 50).unwrap()),
            [subject],
            "searching {word}"
        );
    }
    let none = InboxFilter {
        query: Some("差评".into()),
        ..Default::default()
    };
    assert_eq!(store.inbox_page(&none, 0, 50).unwrap().total, 0);
}

#[test]
fn a_cjk_phrase_matches_only_as_a_contiguous_substring() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let hit = InboxFilter {
        query: Some("申请退款".into()),
        ..Default::default()
    };
    assert_eq!(store.inbox_page(&hit, 0, 50).unwrap().total, 1);
    // Both bigrams occur in the text, but not next to each other.
    let miss = InboxFilter {
        query: Some("退款物流".into()),
        ..Default::default()
    };
    assert_eq!(store.inbox_page(&miss, 0, 50).unwrap().total, 0);
}

#[test]
fn spanish_search_ignores_accents_and_needs_every_word() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    for query in ["no ha llegado", "numero de seguimiento", "REEMBOLSO"] {
        let filter = InboxFilter {
            query: Some(query.into()),
            ..Default::default()
        };
        assert_eq!(
            subjects(&store.inbox_page(&filter, 0, 50).unwrap()),
            ["Pedido no recibido"],
            "searching {query}"
        );
    }
    let filter = InboxFilter {
        query: Some("llegado mañana".into()),
        ..Default::default()
    };
    assert_eq!(store.inbox_page(&filter, 0, 50).unwrap().total, 0);
}

#[test]
fn search_combines_with_filters() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let filter = InboxFilter {
        query: Some("退款".into()),
        channel: Some(Channel::Ebay),
        ..Default::default()
    };
    assert_eq!(store.inbox_page(&filter, 0, 50).unwrap().total, 0);
}

#[test]
fn a_reply_is_queued_in_the_outbox_and_clears_the_draft_and_due_time() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let id = store
        .inbox_page(&InboxFilter::default(), 0, 1)
        .unwrap()
        .items[0]
        .id;
    store.save_draft(id, "您好，", NOW).unwrap();
    assert_eq!(store.conversation_detail(id).unwrap().draft, "您好，");
    let sent = store
        .queue_reply(
            id,
            &ReplyDraft {
                author: "Lin Wei",
                text: "您好，我们已为您办理退款。",
                at: NOW,
            },
        )
        .unwrap();
    assert_eq!(sent.delivery, Some(DeliveryState::Queued));
    assert_eq!(sent.direction, Direction::Outbound);
    let detail = store.conversation_detail(id).unwrap();
    assert_eq!(detail.draft, "");
    assert_eq!(detail.summary.due_at, None);
    assert_eq!(
        detail.messages.last().unwrap().text,
        "您好，我们已为您办理退款。"
    );
    assert_eq!(store.stats().unwrap().queued_replies, 1);
    // The reply is searchable at once.
    let filter = InboxFilter {
        query: Some("办理".into()),
        ..Default::default()
    };
    assert_eq!(store.inbox_page(&filter, 0, 10).unwrap().total, 1);
}

#[test]
fn an_empty_reply_is_refused() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let id = store
        .inbox_page(&InboxFilter::default(), 0, 1)
        .unwrap()
        .items[0]
        .id;
    let err = store
        .queue_reply(
            id,
            &ReplyDraft {
                author: "Lin Wei",
                text: "   \n",
                at: NOW,
            },
        )
        .unwrap_err();
    assert_eq!(err.to_app_error().code, "store.invalid");
    assert_eq!(store.stats().unwrap().queued_replies, 0);
}

#[test]
fn resolving_clears_the_due_time_and_reopening_keeps_the_conversation() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let id = store
        .inbox_page(&InboxFilter::default(), 0, 1)
        .unwrap()
        .items[0]
        .id;
    let resolved = store
        .set_status(
            id,
            StatusChange {
                status: ConversationStatus::Resolved,
                at: NOW,
            },
        )
        .unwrap();
    assert_eq!(resolved.status, ConversationStatus::Resolved);
    assert_eq!(resolved.due_at, None);
    let open = InboxFilter {
        status: Some(ConversationStatus::Open),
        ..Default::default()
    };
    assert_eq!(store.inbox_page(&open, 0, 50).unwrap().total, 2);
    store
        .set_status(
            id,
            StatusChange {
                status: ConversationStatus::Open,
                at: NOW,
            },
        )
        .unwrap();
    assert_eq!(store.inbox_page(&open, 0, 50).unwrap().total, 3);
}

#[test]
fn opening_marks_read_and_shows_customer_orders_and_notes() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let filter = InboxFilter {
        channel: Some(Channel::Ebay),
        ..Default::default()
    };
    let id = store.inbox_page(&filter, 0, 1).unwrap().items[0].id;
    store.mark_read(id, NOW).unwrap();
    store
        .add_note(id, "Lin Wei", "已联系物流商，等待回复", NOW)
        .unwrap();
    let detail = store.conversation_detail(id).unwrap();
    assert_eq!(detail.summary.unread_count, 0);
    assert_eq!(detail.customer.time_zone, "America/Mexico_City");
    assert_eq!(
        detail.orders[0].tracking_number.as_deref(),
        Some("LX123456785CN")
    );
    assert_eq!(detail.orders[0].items[0].quantity, 2);
    assert_eq!(detail.notes[0].text, "已联系物流商，等待回复");
    assert_eq!(detail.messages.len(), 3);
    assert_eq!(detail.messages[1].delivery, Some(DeliveryState::Sent));
}

#[test]
fn importing_the_same_messages_twice_stores_them_once() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let messages_before = store.stats().unwrap().messages;
    let again = conversation(
        Channel::Shopee,
        "wang",
        "退款申请",
        "zh",
        None,
        vec![message(
            "zh-1",
            Direction::Inbound,
            "你好，我收到的耳机坏了，我要申请退款。物流也很慢。",
            NOW - 2 * HOUR,
            false,
        )],
    );
    let counts = store.import_batch(&[], &[], &[again]).unwrap();
    assert_eq!(counts.messages, 0);
    assert_eq!(store.stats().unwrap().messages, messages_before);
}

#[test]
fn tags_are_trimmed_deduplicated_and_sorted() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let id = store
        .inbox_page(&InboxFilter::default(), 0, 1)
        .unwrap()
        .items[0]
        .id;
    let summary = store
        .set_tags(
            id,
            &[
                " customs ".into(),
                "vip".into(),
                "customs".into(),
                "".into(),
            ],
        )
        .unwrap();
    assert_eq!(summary.tags, ["customs", "vip"]);
    let err = store.set_tags(id, &["x".repeat(41)]).unwrap_err();
    assert_eq!(err.to_app_error().code, "store.invalid");
}

#[test]
fn an_order_number_seen_again_under_another_key_links_to_the_same_order() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let mut order = OrderRecord {
        key: "another-key".into(),
        store_key: "store-ebay".into(),
        customer_key: "garcia".into(),
        marketplace: Channel::Ebay,
        site: "US".into(),
        order_number: "12-34567-89012".into(),
        items: vec![],
        amount_minor: 3998,
        currency: "USD".into(),
        placed_at: NOW,
        carrier: None,
        tracking_number: None,
        status: OrderStatus::Delivered,
    };
    let mut follow_up = conversation(
        Channel::Ebay,
        "garcia",
        "Re: Pedido no recibido",
        "es",
        None,
        vec![message(
            "es-9",
            Direction::Inbound,
            "¿Alguna novedad?",
            NOW,
            false,
        )],
    );
    follow_up.order_key = Some("another-key".into());
    store
        .import_batch(&[], std::slice::from_mut(&mut order), &[follow_up])
        .unwrap();
    assert_eq!(store.stats().unwrap().orders, 1);
    let filter = InboxFilter {
        query: Some("novedad".into()),
        ..Default::default()
    };
    let id = store.inbox_page(&filter, 0, 1).unwrap().items[0].id;
    assert_eq!(
        store.conversation_detail(id).unwrap().orders[0].order_number,
        "12-34567-89012"
    );
}
