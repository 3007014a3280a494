//! E-mail ingest in the store: idempotence by location and Message-ID, threading in both
//! directions, marketplace relay labels with the order linked, and outbox transitions.

use bridgedesk_model::*;
use bridgedesk_store::{AttachmentStore, IncomingEmail, ParsedEmail, RelayOrigin, Store};

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
                password: None,
            },
            1,
        )
        .unwrap();
    (dir, store, files, account.id)
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
    let reply = store
        .ingest_emails(
            &files,
            &[mail(
                account,
                2,
                "b@x",
                Some("a@x"),
                "ana@buyer.test",
                "Re: Parcel",
            )],
            5,
        )
        .unwrap();
    let parent = store
        .ingest_emails(
            &files,
            &[mail(account, 1, "a@x", None, "ana@buyer.test", "Parcel")],
            5,
        )
        .unwrap();
    assert_eq!(reply[0].conversation_id, parent[0].conversation_id);
    let unrelated = store
        .ingest_emails(
            &files,
            &[mail(account, 3, "c@x", None, "bo@buyer.test", "Parcel")],
            5,
        )
        .unwrap();
    assert_ne!(
        unrelated[0].conversation_id, parent[0].conversation_id,
        "same subject, other buyer"
    );
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
