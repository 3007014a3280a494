//! E-mail ingest in the store: idempotence by location and Message-ID, threading in both
//! directions, marketplace relay labels with the order linked, outbox transitions, and the
//! agent's archive-on-close and mark-unread reaching the server's copies.

use bridgedesk_model::*;
use bridgedesk_store::{
    AttachmentStore, EmailReply, IncomingEmail, ParsedEmail, RelayOrigin, RemoteImageRecord, Store,
};

fn setup() -> (tempfile::TempDir, Store, AttachmentStore, RowId) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
    let files = AttachmentStore::new(&dir.path().join("attachments"));
    let account = store
        .add_email_account(
            &EmailAccountInput {
                display_name: "Gadgets".into(),
                from_address: "service@shop.test".into(),
                imap_host: "127.0.0.1".into(),
                imap_port: 143,
                imap_security: MailSecurity::Plain,
                smtp_host: "127.0.0.1".into(),
                smtp_port: 587,
                smtp_security: MailSecurity::Plain,
                user_name: "service".into(),
                signature: String::new(),
                enabled: true,
                archive_on_close: true,
                password: None,
            },
            1,
        )
        .unwrap();
    (dir, store, files, account.id)
}

/// Stores one mail (at instant 5) and returns the conversation it joined.
fn conversation_of(store: &Store, files: &AttachmentStore, email: IncomingEmail) -> RowId {
    store.ingest_emails(files, &[email], 5).unwrap()[0].conversation_id
}

fn mail(
    account: RowId,
    uid: u32,
    id: &str,
    parent: Option<&str>,
    from: &str,
    subject: &str,
) -> IncomingEmail {
    IncomingEmail {
        account_id: account,
        folder: "INBOX".into(),
        uidvalidity: 7,
        uid,
        flags: vec![],
        raw: format!("Message-ID: <{id}>\r\n\r\nbody {uid}").into_bytes(),
        internal_date: Some(1_000 * uid as i64),
        parsed: ParsedEmail {
            message_id: Some(id.into()),
            in_reply_to: parent.map(|p| vec![p.to_owned()]).unwrap_or_default(),
            references: parent.map(|p| vec![p.to_owned()]).unwrap_or_default(),
            from_address: from.into(),
            from_name: "Ana".into(),
            to_addresses: vec!["service@shop.test".into()],
            subject: subject.into(),
            thread_subject: subject.trim_start_matches("Re: ").to_lowercase(),
            text: format!("text {uid}"),
            date: Some(1_000 * uid as i64),
            ..Default::default()
        },
    }
}

#[test]
fn the_same_location_or_message_id_is_stored_once() {
    let (_dir, store, files, account) = setup();
    let first = mail(account, 1, "a@x", None, "ana@buyer.test", "Parcel");
    let again = store
        .ingest_emails(&files, &[first.clone(), first.clone()], 5)
        .unwrap();
    assert!(again[0].created && !again[1].created);
    let mut copy = first.clone();
    copy.folder = "Archive".into();
    copy.uid = 99;
    let moved = store.ingest_emails(&files, &[copy], 5).unwrap();
    assert!(!moved[0].created);
    assert_eq!(moved[0].message_id, again[0].message_id);
    assert_eq!(store.email_message_count(account).unwrap(), 1);
}

#[test]
fn a_parent_arriving_after_its_reply_joins_the_replys_conversation() {
    let (_dir, store, files, account) = setup();
    let reply = conversation_of(
        &store,
        &files,
        mail(
            account,
            2,
            "b@x",
            Some("a@x"),
            "ana@buyer.test",
            "Re: Parcel",
        ),
    );
    let parent = conversation_of(
        &store,
        &files,
        mail(account, 1, "a@x", None, "ana@buyer.test", "Parcel"),
    );
    assert_eq!(reply, parent);
    let unrelated = conversation_of(
        &store,
        &files,
        mail(account, 3, "c@x", None, "bo@buyer.test", "Parcel"),
    );
    assert_ne!(unrelated, parent, "same subject, other buyer");
    assert_eq!(store.email_conversation_count(account).unwrap(), 2);
}

#[test]
fn a_reply_from_a_client_that_drops_threading_headers_joins_by_subject_and_buyer() {
    let (_dir, store, files, account) = setup();
    let first = conversation_of(
        &store,
        &files,
        mail(account, 1, "a@x", None, "ana@buyer.test", "Parcel 42"),
    );
    // No In-Reply-To, no References: only the subject (prefix stripped) and the buyer match.
    let reply = conversation_of(
        &store,
        &files,
        mail(account, 2, "b@x", None, "ana@buyer.test", "Re: Parcel 42"),
    );
    assert_eq!(reply, first);
    assert_eq!(store.email_conversation_count(account).unwrap(), 1);
}

#[test]
fn mail_with_an_empty_subject_and_no_threading_headers_never_merges() {
    let (_dir, store, files, account) = setup();
    let one = conversation_of(
        &store,
        &files,
        mail(account, 1, "a@x", None, "ana@buyer.test", ""),
    );
    let two = conversation_of(
        &store,
        &files,
        mail(account, 2, "b@x", None, "ana@buyer.test", "  "),
    );
    assert_ne!(one, two);
    assert_eq!(store.email_conversation_count(account).unwrap(), 2);
}

#[test]
fn an_amazon_relay_mail_is_labelled_amazon_and_linked_to_its_order() {
    let (_dir, store, files, account) = setup();
    store
        .import_stores(&[StoreRecord {
            key: "amz-us".into(),
            name: "Gadgets US".into(),
            marketplace: Channel::Amazon,
            site: "US".into(),
        }])
        .unwrap();
    let customer = CustomerRecord {
        key: "c1".into(),
        name: "Ana Buyer".into(),
        country: "US".into(),
        time_zone: "America/New_York".into(),
        language: "en".into(),
        identities: vec![],
    };
    let order = OrderRecord {
        key: "o1".into(),
        store_key: "amz-us".into(),
        customer_key: "c1".into(),
        marketplace: Channel::Amazon,
        site: "US".into(),
        order_number: "114-3941689-8772232".into(),
        items: vec![],
        amount_minor: 1999,
        currency: "USD".into(),
        placed_at: 0,
        carrier: None,
        tracking_number: None,
        status: OrderStatus::Shipped,
    };
    store.import_batch(&[customer], &[order], &[]).unwrap();
    let mut relay = mail(
        account,
        1,
        "r@x",
        None,
        "abc123@marketplace.amazon.com",
        "Order 114-3941689-8772232",
    );
    relay.parsed.relay = Some(RelayOrigin {
        channel: Channel::Amazon,
        order_number: Some("114-3941689-8772232".into()),
    });
    let outcome = store.ingest_emails(&files, &[relay], 5).unwrap();
    let detail = store
        .conversation_detail(outcome[0].conversation_id)
        .unwrap();
    assert_eq!(detail.summary.channel, Channel::Amazon);
    assert_eq!(detail.summary.store_name, "Gadgets US");
    assert_eq!(detail.customer.name, "Ana Buyer");
    assert!(detail
        .orders
        .iter()
        .any(|o| o.order_number == "114-3941689-8772232"));
    assert!(detail
        .customer
        .identities
        .iter()
        .any(|i| i.handle == "abc123@marketplace.amazon.com"));
}

#[test]
fn a_message_that_could_not_be_parsed_is_kept_with_its_warnings() {
    let (_dir, store, files, account) = setup();
    let mut broken = mail(account, 1, "", None, "", "");
    broken.parsed.message_id = None;
    broken.parsed.warnings = vec![("unparsable".into(), String::new())];
    let outcome = store.ingest_emails(&files, &[broken], 5).unwrap();
    let detail = store
        .conversation_detail(outcome[0].conversation_id)
        .unwrap();
    assert_eq!(
        detail.messages[0].parse_warnings,
        vec!["unparsable".to_owned()]
    );
}

#[test]
fn reading_a_conversation_queues_seen_for_its_unread_mail_on_the_server() {
    let (_dir, store, files, account) = setup();
    let outcome = store
        .ingest_emails(
            &files,
            &[mail(account, 4, "u@x", None, "ana@buyer.test", "Unread")],
            5,
        )
        .unwrap();
    store.mark_read(outcome[0].conversation_id, 9).unwrap();
    let changes = store.pending_mail_changes(account).unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(
        (
            changes[0].kind.as_str(),
            changes[0].uid,
            changes[0].folder.as_str()
        ),
        ("read", 4, "INBOX")
    );
    store.mark_read(outcome[0].conversation_id, 10).unwrap();
    assert_eq!(
        store.pending_mail_changes(account).unwrap().len(),
        1,
        "already read: nothing new"
    );
}

fn folders(store: &Store, account: RowId) {
    store
        .record_mail_folders(
            account,
            &[
                ("INBOX".into(), "inbox".into()),
                ("Archive".into(), "archive".into()),
            ],
        )
        .unwrap();
}

fn closed(store: &Store, id: RowId) {
    store
        .set_status(
            id,
            bridgedesk_store::StatusChange {
                status: ConversationStatus::Closed,
                at: 20,
            },
        )
        .unwrap();
}

#[test]
fn an_archived_message_outlives_its_inbox_expunge_and_is_found_again_in_archive() {
    let (_dir, store, files, account) = setup();
    folders(&store, account);
    let first = mail(account, 1, "a@x", None, "ana@buyer.test", "Parcel");
    let stored = store
        .ingest_emails(&files, std::slice::from_ref(&first), 5)
        .unwrap();
    let conversation = stored[0].conversation_id;
    closed(&store, conversation);
    assert_eq!(
        store.archive_closed_conversation(conversation, 21).unwrap(),
        vec![account]
    );
    assert!(
        store
            .archive_closed_conversation(conversation, 22)
            .unwrap()
            .is_empty(),
        "already on its way: not queued twice"
    );
    // Reopened before the sync ran: the mail stays; closed again: queued again.
    assert_eq!(store.cancel_pending_archive(conversation).unwrap(), 1);
    assert!(store.pending_mail_changes(account).unwrap().is_empty());
    assert_eq!(
        store.archive_closed_conversation(conversation, 23).unwrap(),
        vec![account]
    );
    let changes = store.pending_mail_changes(account).unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!((changes[0].kind.as_str(), changes[0].uid), ("archive", 1));
    // The server moved it: INBOX reports the UID gone before Archive is synced.
    store.complete_mail_change(changes[0].id).unwrap();
    store.apply_mail_expunge(account, "INBOX", 7, &[1]).unwrap();
    assert_eq!(store.email_message_count(account).unwrap(), 1);
    let mut archived = first;
    archived.folder = "Archive".into();
    archived.uid = 40;
    let found = store.ingest_emails(&files, &[archived], 30).unwrap();
    assert!(!found[0].created);
    assert_eq!(found[0].message_id, stored[0].message_id);
    let detail = store.conversation_detail(conversation).unwrap();
    assert_eq!(detail.messages.len(), 1);
    assert_eq!(detail.summary.status, ConversationStatus::Closed);
    // Arrived: deleting it on the server later removes it as usual.
    store
        .apply_mail_expunge(account, "Archive", 7, &[40])
        .unwrap();
    assert_eq!(store.email_message_count(account).unwrap(), 0);
}

#[test]
fn closing_queues_no_archive_without_an_archive_folder_or_with_the_setting_off() {
    let (_dir, store, files, account) = setup();
    let stored = store
        .ingest_emails(
            &files,
            &[mail(account, 1, "a@x", None, "ana@buyer.test", "Parcel")],
            5,
        )
        .unwrap();
    let conversation = stored[0].conversation_id;
    store
        .record_mail_folders(account, &[("INBOX".into(), "inbox".into())])
        .unwrap();
    assert!(store
        .archive_closed_conversation(conversation, 21)
        .unwrap()
        .is_empty());
    folders(&store, account);
    let mut input = store.email_account(account).unwrap().to_input();
    assert!(input.archive_on_close, "on unless the agent turns it off");
    input.archive_on_close = false;
    let updated = store.update_email_account(account, &input, 22).unwrap();
    assert!(!updated.archive_on_close);
    assert!(store
        .archive_closed_conversation(conversation, 23)
        .unwrap()
        .is_empty());
    assert!(store.pending_mail_changes(account).unwrap().is_empty());
}

#[test]
fn marking_unread_unreads_the_buyers_last_message_and_queues_unseen() {
    let (_dir, store, files, account) = setup();
    let stored = store
        .ingest_emails(
            &files,
            &[
                mail(account, 1, "a@x", None, "ana@buyer.test", "Parcel"),
                mail(
                    account,
                    2,
                    "b@x",
                    Some("a@x"),
                    "ana@buyer.test",
                    "Re: Parcel",
                ),
            ],
            5,
        )
        .unwrap();
    let conversation = stored[0].conversation_id;
    store.mark_read(conversation, 6).unwrap();
    for change in store.pending_mail_changes(account).unwrap() {
        store.complete_mail_change(change.id).unwrap();
    }
    let marked = store.mark_unread(conversation, 7).unwrap();
    assert_eq!(marked.summary.unread_count, 1);
    assert_eq!(marked.accounts, vec![account]);
    let changes = store.pending_mail_changes(account).unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!((changes[0].kind.as_str(), changes[0].uid), ("unread", 2));
    assert_eq!(
        store
            .conversation_summary(conversation)
            .unwrap()
            .unread_count,
        1,
        "only the last buyer message"
    );
}

#[test]
fn an_accepted_reply_shows_as_sent_and_stays_due_only_for_its_sent_copy() {
    let (_dir, store, files, account) = setup();
    let first = store
        .ingest_emails(
            &files,
            &[mail(account, 1, "a@x", None, "ana@buyer.test", "Parcel")],
            5,
        )
        .unwrap();
    let conversation = first[0].conversation_id;
    let reply = store
        .queue_email_reply(
            conversation,
            &EmailReply {
                account_id: account,
                author: "Lin".into(),
                text: "On its way".into(),
                at: 10,
                raw_mime: b"Message-ID: <r1@shop.test>\r\n\r\nOn its way".to_vec(),
                envelope_from: "service@shop.test".into(),
                envelope_to: vec!["ana@buyer.test".into()],
                rfc_message_id: "r1@shop.test".into(),
                in_reply_to: vec!["a@x".into()],
                references: vec!["a@x".into()],
                subject: "Re: Parcel".into(),
                thread_subject: "parcel".into(),
            },
        )
        .unwrap();
    let due = |at| store.due_outgoing_emails(account, at).unwrap();
    assert_eq!(due(11).len(), 1);
    store.outbox_mark_sending(reply.id, 11).unwrap();
    store.outbox_mark_accepted(reply.id, 12).unwrap();
    let pending = due(13);
    assert_eq!(pending.len(), 1, "due again, for its Sent copy only");
    assert!(pending[0].copy_pending && !pending[0].maybe_sent);
    let shown = store.conversation_detail(conversation).unwrap();
    let delivery = shown
        .messages
        .iter()
        .find(|m| m.id == reply.id)
        .and_then(|m| m.delivery);
    assert_eq!(
        delivery,
        Some(DeliveryState::Sent),
        "the agent sees it sent"
    );
    store.outbox_mark_sent(reply.id, 14).unwrap();
    assert!(due(15).is_empty());
}

#[test]
fn remote_image_outcomes_are_kept_per_message_and_a_retry_replaces_them() {
    let (_dir, store, files, account) = setup();
    let mut html = mail(account, 1, "img@x", None, "ana@buyer.test", "Photos");
    html.parsed.has_remote_images = true;
    let plain = mail(account, 2, "txt@x", None, "bo@buyer.test", "Parcel");
    let stored = store.ingest_emails(&files, &[html, plain], 5).unwrap();
    let (with_images, without) = (stored[0].message_id, stored[1].message_id);

    // Not allowed yet: the conversation is known, the raw mail is not handed out.
    assert_eq!(
        store.allowed_remote_image_source(with_images).unwrap(),
        (stored[0].conversation_id, None)
    );
    store
        .allow_remote_images(with_images, RemoteImageScope::Sender, 6)
        .unwrap();
    let (_, raw) = store.allowed_remote_image_source(with_images).unwrap();
    assert!(raw.is_some_and(|hash| hash.len() == 64));
    assert_eq!(
        store.allowed_remote_image_source(without).unwrap().1,
        None,
        "another sender's mail stays blocked"
    );
    assert!(matches!(
        store.allowed_remote_image_source(9_999),
        Err(bridgedesk_store::StoreError::NotFound { .. })
    ));

    let unreachable = RemoteImageRecord {
        url: "https://shop.example/a.png".into(),
        outcome: "unreachable:timeout".into(),
        sha256: String::new(),
        mime_type: String::new(),
    };
    let refused = RemoteImageRecord {
        url: "https://shop.example/b.svg".into(),
        outcome: "refused:svg".into(),
        ..unreachable.clone()
    };
    store
        .record_remote_images(with_images, &[unreachable.clone(), refused.clone()], 7)
        .unwrap();
    let fetched = RemoteImageRecord {
        outcome: "stored".into(),
        sha256: "ab".repeat(32),
        mime_type: "image/png".into(),
        ..unreachable.clone()
    };
    store
        .record_remote_images(with_images, std::slice::from_ref(&fetched), 8)
        .unwrap();
    let kept = store.remote_images_of(with_images).unwrap();
    assert_eq!(kept, [fetched.clone(), refused]);
    assert!(kept[0].is_stored() && !kept[0].is_unreachable());
    assert!(store.remote_images_of(without).unwrap().is_empty());
}
