//! The e-mail channel end to end against real servers: a private Dovecot (IMAP) and Postfix
//! (SMTP, delivering into Dovecot over LMTP) started on loopback by bridgedesk-testkit, and
//! the real workspace with its store, mail engine and outbox. Each test starts its own servers
//! and data folder. Needs `dovecot-imapd dovecot-lmtpd postfix` (tests/tools/setup-debian.sh).

use bridgedesk_core::{
    AgentEnvironment, FixedClock, Localizer, RecordingSink, Store, SystemClock, Workspace,
};
use bridgedesk_mail::MemorySecretStore;
use bridgedesk_model::{ConversationStatus, EmailAccountInput, InboxFilter, MailSecurity, RowId};
use bridgedesk_testkit::{generate_mailbox, hostile_messages, MailServers};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

const PASSWORD: &str = "correct horse";

fn workspace(dir: &Path) -> Workspace {
    workspace_telling(dir, Arc::new(RecordingSink::default()))
}

fn workspace_telling(dir: &Path, events: Arc<RecordingSink>) -> Workspace {
    Workspace::open(
        dir,
        Arc::new(SystemClock),
        events,
        Arc::new(Localizer::embedded()),
        AgentEnvironment {
            locales: vec!["en-US".into()],
            time_zone: "Asia/Shanghai".into(),
            user_name: "Lin Wei".into(),
        },
    )
    .with_secret_store(Arc::new(MemorySecretStore::new()))
}

fn account(servers: &MailServers, user: &str, password: &str) -> EmailAccountInput {
    EmailAccountInput {
        display_name: "Shenzhen Gadget Store".into(),
        from_address: servers.address(user),
        imap_host: "127.0.0.1".into(),
        imap_port: servers.imap_port,
        imap_security: MailSecurity::Plain,
        smtp_host: "127.0.0.1".into(),
        smtp_port: servers.smtp_port,
        smtp_security: MailSecurity::Plain,
        user_name: user.into(),
        signature: "Lin Wei\nShenzhen Gadget Store".into(),
        enabled: true,
        archive_on_close: true,
        password: Some(password.into()),
    }
}

/// Polls `check` until it returns `Some` or `limit` passes.
fn eventually<T>(limit: Duration, what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(value) = check() {
            return value;
        }
        assert!(start.elapsed() < limit, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn reader(dir: &Path) -> Store {
    Store::open(&dir.join(bridgedesk_core::DATABASE_FILE_NAME)).unwrap()
}

fn header<'a>(raw: &'a str, name: &str) -> Option<&'a str> {
    raw.lines()
        .find(|l| {
            l.len() > name.len()
                && l[..name.len()].eq_ignore_ascii_case(name)
                && l[name.len()..].starts_with(':')
        })
        .map(|l| l[name.len() + 1..].trim())
}

fn raw_mail(
    from: &str,
    to: &str,
    id: &str,
    in_reply_to: Option<&str>,
    subject: &str,
    body: &str,
) -> Vec<u8> {
    raw_mail_dated(
        from,
        to,
        id,
        in_reply_to,
        subject,
        body,
        "Mon, 23 Nov 2026 02:00:00 +0000",
    )
}

fn raw_mail_dated(
    from: &str,
    to: &str,
    id: &str,
    in_reply_to: Option<&str>,
    subject: &str,
    body: &str,
    date: &str,
) -> Vec<u8> {
    let mut mail = format!(
        "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\nDate: {date}\r\n"
    );
    if let Some(parent) = in_reply_to {
        mail.push_str(&format!(
            "In-Reply-To: <{parent}>\r\nReferences: <{parent}>\r\n"
        ));
    }
    mail.push_str(&format!(
        "Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ));
    mail.into_bytes()
}

#[test]
fn initial_sync_of_2000_messages_finds_every_thread_and_fills_the_inbox_as_it_goes() {
    let servers = MailServers::start_imap_only().unwrap();
    servers.add_user("service", PASSWORD).unwrap();
    let mailbox = generate_mailbox(3, 2_000);
    servers
        .write_maildir("service", "INBOX", mailbox.messages.iter().cloned())
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let events = Arc::new(RecordingSink::default());
    let ws = workspace_telling(dir.path(), events.clone());
    let added = ws
        .add_mail_account(&account(&servers, "service", PASSWORD))
        .unwrap();
    let store = reader(dir.path());
    eventually(Duration::from_secs(300), "2,000 messages", || {
        (store.email_message_count(added.id).unwrap() == 2_000).then_some(())
    });
    assert_eq!(
        store.email_conversation_count(added.id).unwrap(),
        mailbox.threads as u64,
        "conversations after the initial sync"
    );
    let page = ws.inbox_list(&InboxFilter::default(), 0, 10).unwrap();
    assert_eq!(page.total as usize, mailbox.threads);
    // The inbox heard of the first stored batch before the folder was done (four batches of
    // 500), not only once at the end of the download.
    let told = eventually(Duration::from_secs(30), "the end-of-folder notice", || {
        let told = events.inbox.lock().unwrap().len();
        (told >= 2).then_some(told)
    });
    assert!(told >= 2, "inbox-changed events during the sync: {told}");
}

#[test]
fn a_reply_reaches_the_buyer_threaded_and_the_answer_joins_the_same_conversation() {
    let servers = MailServers::start().unwrap();
    servers.add_user("service", PASSWORD).unwrap();
    servers.add_user("buyer", PASSWORD).unwrap();
    let shop = servers.address("service");
    let buyer = servers.address("buyer");
    servers
        .deliver(
            "service",
            &raw_mail(
                &format!("Ana <{buyer}>"),
                &shop,
                "q1@buyer.test",
                None,
                "Where is my parcel?",
                "Hola, ¿dónde está mi pedido?",
            ),
        )
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace(dir.path());
    ws.add_mail_account(&account(&servers, "service", PASSWORD))
        .unwrap();
    let conversation = eventually(Duration::from_secs(60), "the buyer's mail", || {
        ws.inbox_list(&InboxFilter::default(), 0, 10)
            .unwrap()
            .items
            .first()
            .map(|c| c.id)
    });
    let sent = ws
        .send_reply(conversation, "Your parcel left Shenzhen yesterday.")
        .unwrap();
    assert_eq!(sent.delivery.map(|d| d.as_str()), Some("queued"));

    let arrived = eventually(
        Duration::from_secs(60),
        "the reply in the buyer's mailbox",
        || {
            servers
                .mailbox_messages("buyer", "INBOX")
                .unwrap()
                .into_iter()
                .next()
        },
    );
    let arrived = String::from_utf8_lossy(&arrived).into_owned();
    assert_eq!(header(&arrived, "In-Reply-To"), Some("<q1@buyer.test>"));
    assert!(header(&arrived, "References").is_some_and(|r| r.contains("<q1@buyer.test>")));
    assert!(header(&arrived, "Subject").is_some_and(|s| s.starts_with("Re:")));
    assert!(
        arrived.contains("Shenzhen Gadget Store"),
        "the signature is in the mail"
    );
    let reply_id = header(&arrived, "Message-ID")
        .unwrap()
        .trim_matches(['<', '>'])
        .to_owned();

    eventually(
        Duration::from_secs(30),
        "the outbox entry to be sent",
        || {
            let detail = ws.open_conversation(conversation).unwrap();
            (detail
                .messages
                .iter()
                .any(|m| m.delivery.map(|d| d.as_str()) == Some("sent")))
            .then_some(())
        },
    );
    servers
        .deliver(
            "service",
            &raw_mail(
                &format!("Ana <{buyer}>"),
                &shop,
                "q2@buyer.test",
                Some(&reply_id),
                "Re: Where is my parcel?",
                "¡Gracias!",
            ),
        )
        .unwrap();
    eventually(
        Duration::from_secs(30),
        "the buyer's answer in the same conversation",
        || {
            let detail = ws.open_conversation(conversation).unwrap();
            detail
                .messages
                .iter()
                .any(|m| m.text.contains("¡Gracias!"))
                .then_some(())
        },
    );
    assert_eq!(
        ws.inbox_list(&InboxFilter::default(), 0, 10).unwrap().total,
        1
    );
}

#[test]
fn replies_queued_while_smtp_is_down_are_delivered_once_when_it_returns() {
    let mut servers = MailServers::start().unwrap();
    servers.add_user("service", PASSWORD).unwrap();
    servers.add_user("buyer", PASSWORD).unwrap();
    let buyer = servers.address("buyer");
    servers
        .deliver(
            "service",
            &raw_mail(
                &buyer,
                &servers.address("service"),
                "late@buyer.test",
                None,
                "Refund?",
                "Any news?",
            ),
        )
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace(dir.path());
    ws.add_mail_account(&account(&servers, "service", PASSWORD))
        .unwrap();
    let conversation = eventually(Duration::from_secs(60), "the buyer's mail", || {
        ws.inbox_list(&InboxFilter::default(), 0, 10)
            .unwrap()
            .items
            .first()
            .map(|c| c.id)
    });
    servers.stop_smtp();
    for text in ["First answer.", "Second answer."] {
        ws.send_reply(conversation, text).unwrap();
    }
    eventually(
        Duration::from_secs(60),
        "a failed attempt with a retry time",
        || {
            let detail = ws.open_conversation(conversation).unwrap();
            detail
                .messages
                .iter()
                .any(|m| {
                    m.delivery.map(|d| d.as_str()) == Some("failed")
                        && m.delivery_retry_at.is_some()
                })
                .then_some(())
        },
    );
    assert!(servers
        .mailbox_messages("buyer", "INBOX")
        .unwrap()
        .is_empty());
    servers.start_smtp().unwrap();
    // The outbox retries on its backoff; editing the account (or starting the app) makes the
    // failed replies due at once.
    let account_id = ws.mail_accounts().unwrap()[0].id;
    let mut input = account(&servers, "service", PASSWORD);
    input.password = None;
    ws.update_mail_account(account_id, &input).unwrap();
    eventually(Duration::from_secs(120), "both replies delivered", || {
        (servers.mailbox_messages("buyer", "INBOX").unwrap().len() >= 2).then_some(())
    });
    std::thread::sleep(Duration::from_secs(3));
    let delivered = servers.mailbox_messages("buyer", "INBOX").unwrap();
    assert_eq!(delivered.len(), 2, "each reply exactly once");
    let texts: Vec<String> = delivered
        .iter()
        .map(|m| String::from_utf8_lossy(m).into_owned())
        .collect();
    assert!(texts.iter().any(|t| t.contains("First answer.")));
    assert!(texts.iter().any(|t| t.contains("Second answer.")));
}

#[test]
fn a_folder_of_malformed_and_hostile_mail_syncs_and_every_message_is_stored() {
    let servers = MailServers::start_imap_only().unwrap();
    servers.add_user("service", PASSWORD).unwrap();
    let hostile = hostile_messages().unwrap();
    assert!(!hostile.is_empty());
    servers
        .write_maildir("service", "INBOX", hostile.iter().map(|m| m.raw.clone()))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace(dir.path());
    let added = ws
        .add_mail_account(&account(&servers, "service", PASSWORD))
        .unwrap();
    let store = reader(dir.path());
    // Every message on the server has its stored location; samples that share a Message-ID
    // are one message (ingest is keyed by it), every other sample is its own.
    eventually(
        Duration::from_secs(120),
        "a location for every hostile message",
        || {
            let folder = store
                .mail_folders(added.id)
                .unwrap()
                .into_iter()
                .find(|f| f.name == "INBOX")?;
            let uids = store
                .known_uids(added.id, "INBOX", folder.uidvalidity)
                .unwrap();
            (folder.uidvalidity != 0 && uids.len() == hostile.len()).then_some(())
        },
    );
    let mut identities: Vec<String> = hostile
        .iter()
        .map(|m| match bridgedesk_mime::parse(&m.raw).message_id {
            Some(id) if !id.trim().is_empty() => id.trim().to_owned(),
            // Without a Message-ID a message is known by its bytes.
            _ => format!("raw:{}", String::from_utf8_lossy(&m.raw)),
        })
        .collect();
    identities.sort();
    identities.dedup();
    assert_eq!(
        store.email_message_count(added.id).unwrap() as usize,
        identities.len()
    );
    let page = ws.inbox_list(&InboxFilter::default(), 0, 500).unwrap();
    for summary in page.items {
        for message in ws.open_conversation(summary.id).unwrap().messages {
            if let Some(html) = message.html {
                let lower = html.to_lowercase();
                assert!(!lower.contains("<script"), "a script survived sanitizing");
                assert!(
                    !lower.contains("onerror="),
                    "an event handler survived sanitizing"
                );
            }
        }
    }
}

#[test]
fn a_wrong_password_is_reported_in_the_agents_language() {
    let servers = MailServers::start_imap_only().unwrap();
    servers.add_user("service", PASSWORD).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(
        dir.path(),
        Arc::new(FixedClock::at(0)),
        Arc::new(RecordingSink::default()),
        Arc::new(Localizer::embedded()),
        AgentEnvironment {
            locales: vec!["en-US".into()],
            time_zone: "UTC".into(),
            user_name: "Lin".into(),
        },
    );
    let result = ws
        .test_mail_connection(None, &account(&servers, "service", "wrong password"))
        .unwrap();
    let error = result.error.expect("the login must fail");
    assert_eq!(error.code, "mail.auth_imap");
    let localizer = Localizer::embedded();
    assert_eq!(
        localizer.format("en-US", &error.message_id, &[]),
        "The incoming mail server (IMAP) rejected the user name or password."
    );
    assert_eq!(
        localizer.format("zh-CN", &error.message_id, &[]),
        "收件服务器 (IMAP) 拒绝了用户名或密码。"
    );
}

#[test]
fn synced_buyer_mail_is_triaged_and_only_recent_mail_runs_the_rules() {
    let servers = MailServers::start_imap_only().unwrap();
    servers.add_user("service", PASSWORD).unwrap();
    let shop = servers.address("service");
    let now = chrono::Utc::now();
    let history = raw_mail_dated(
        "Ana Ruiz <ana.ruiz@example.net>",
        &shop,
        "history-1@example.net",
        None,
        "Lamp from last spring",
        "The parcel arrived damaged, the box was crushed and the lamp inside is broken.",
        "Mon, 03 Mar 2025 02:00:00 +0000",
    );
    let fresh = raw_mail_dated(
        "Tom Baker <tom.baker@example.net>",
        &shop,
        "fresh-1@example.net",
        None,
        "Lamp from this week",
        "The parcel arrived damaged, the box was crushed and the lamp inside is broken.",
        &(now - chrono::Duration::hours(1)).to_rfc2822(),
    );
    servers
        .write_maildir("service", "INBOX", [history, fresh].into_iter())
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ws = Arc::new(workspace(dir.path()));
    ws.attach();
    ws.rule_save(
        None,
        &serde_json::json!({
            "id": "", "name": "Damaged parcels are urgent", "enabled": true,
            "trigger": { "type": "new_buyer_message" },
            "condition": { "type": "all", "conditions": [
                { "type": "logistics_problem", "any_of": ["damaged"] }
            ]},
            "actions": [{ "type": "tag", "tag": "damage-claim" }],
            "stop_after_match": false
        }),
    )
    .unwrap();
    ws.add_mail_account(&account(&servers, "service", PASSWORD))
        .unwrap();
    let items = eventually(Duration::from_secs(60), "two triaged conversations", || {
        let items = ws.inbox_list(&InboxFilter::default(), 0, 10).unwrap().items;
        (items.len() == 2 && items.iter().all(|c| c.triage.is_some())).then_some(items)
    });
    for item in &items {
        let triage = item.triage.as_ref().unwrap();
        assert_eq!(
            triage.logistics_problem.as_deref(),
            Some("damaged"),
            "{}",
            item.subject
        );
        assert_eq!(item.language, "en", "{}", item.subject);
    }
    let tagged = |subject: &str| {
        items
            .iter()
            .find(|c| c.subject == subject)
            .map(|c| c.tags.contains(&"damage-claim".to_owned()))
            .unwrap()
    };
    assert!(tagged("Lamp from this week"), "recent mail runs the rules");
    assert!(
        !tagged("Lamp from last spring"),
        "an account's history never triggers rules"
    );
}

/// A buyer's question and follow-up (one thread) in the INBOX of a synced account; returns the
/// workspace's conversation and the account.
fn synced_thread(servers: &MailServers, ws: &Workspace, archive_on_close: bool) -> (RowId, RowId) {
    let shop = servers.address("service");
    let first = raw_mail(
        "Ana Ruiz <ana.ruiz@example.net>",
        &shop,
        "lamp-1@example.net",
        None,
        "Broken lamp",
        "The lamp arrived broken.",
    );
    let second = raw_mail_dated(
        "Ana Ruiz <ana.ruiz@example.net>",
        &shop,
        "lamp-2@example.net",
        Some("lamp-1@example.net"),
        "Re: Broken lamp",
        "Here is a photo of the box.",
        "Mon, 23 Nov 2026 03:00:00 +0000",
    );
    servers
        .write_maildir("service", "INBOX", [first, second].into_iter())
        .unwrap();
    let mut input = account(servers, "service", PASSWORD);
    input.archive_on_close = archive_on_close;
    let added = ws.add_mail_account(&input).unwrap();
    let conversation = eventually(Duration::from_secs(60), "the synced thread", || {
        let items = ws.inbox_list(&InboxFilter::default(), 0, 10).unwrap().items;
        items
            .first()
            .filter(|c| items.len() == 1 && c.message_count == 2)
            .map(|c| c.id)
    });
    (conversation, added.id)
}

fn stored_uids(store: &Store, account: RowId, folder: &str) -> Vec<u32> {
    let Some(state) = store
        .mail_folders(account)
        .unwrap()
        .into_iter()
        .find(|f| f.name == folder && f.uidvalidity != 0)
    else {
        return Vec::new();
    };
    store
        .known_uids(account, folder, state.uidvalidity)
        .unwrap()
}

#[test]
fn closing_a_synced_conversation_moves_its_mail_to_archive_and_keeps_each_message_once() {
    let servers = MailServers::start_imap_only().unwrap();
    servers.add_user("service", PASSWORD).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace(dir.path());
    let (conversation, account_id) = synced_thread(&servers, &ws, true);
    let store = reader(dir.path());
    let before: Vec<RowId> = store
        .conversation_detail(conversation)
        .unwrap()
        .messages
        .iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(before.len(), 2);

    ws.set_status(conversation, ConversationStatus::Closed)
        .unwrap();
    let admin = servers.imap_admin("service");
    eventually(
        Duration::from_secs(30),
        "both messages moved to Archive on the server",
        || {
            (admin.uids("INBOX").unwrap().is_empty() && admin.uids("Archive").unwrap().len() == 2)
                .then_some(())
        },
    );
    // The sync that follows the move sees the INBOX copies vanish and the Archive copies
    // appear: the same two messages, now located in Archive.
    eventually(Duration::from_secs(30), "the Archive copies synced", || {
        (stored_uids(&store, account_id, "Archive").len() == 2
            && stored_uids(&store, account_id, "INBOX").is_empty())
        .then_some(())
    });
    let detail = store.conversation_detail(conversation).unwrap();
    let after: Vec<RowId> = detail.messages.iter().map(|m| m.id).collect();
    assert_eq!(after, before, "the conversation keeps exactly its messages");
    assert_eq!(store.email_message_count(account_id).unwrap(), 2);
    assert_eq!(store.email_conversation_count(account_id).unwrap(), 1);
    assert_eq!(detail.summary.status, ConversationStatus::Closed);
    assert_eq!(
        ws.inbox_list(&InboxFilter::default(), 0, 10).unwrap().total,
        1
    );
}

#[test]
fn with_archive_on_close_off_closing_leaves_the_mail_in_inbox() {
    let servers = MailServers::start_imap_only().unwrap();
    servers.add_user("service", PASSWORD).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace(dir.path());
    let (conversation, _) = synced_thread(&servers, &ws, false);
    let admin = servers.imap_admin("service");
    let last = *admin.uids("INBOX").unwrap().last().unwrap();
    admin.add_flags("INBOX", &[last], &["\\Seen"]).unwrap();

    ws.set_status(conversation, ConversationStatus::Closed)
        .unwrap();
    // Changes are pushed in the order they were made: once the later "unread" reached the
    // server, an archive queued by the close would have been carried out too.
    ws.mark_unread(conversation).unwrap();
    eventually(
        Duration::from_secs(30),
        "the unread mark on the server",
        || {
            (!admin
                .flags("INBOX", last)
                .unwrap()
                .contains(&"\\Seen".to_owned()))
            .then_some(())
        },
    );
    assert_eq!(admin.uids("INBOX").unwrap().len(), 2);
    assert!(admin.uids("Archive").unwrap().is_empty());
}

#[test]
fn marking_a_conversation_unread_clears_seen_on_the_buyers_last_message() {
    let servers = MailServers::start_imap_only().unwrap();
    servers.add_user("service", PASSWORD).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ws = workspace(dir.path());
    let (conversation, _) = synced_thread(&servers, &ws, true);
    let admin = servers.imap_admin("service");
    let uids = admin.uids("INBOX").unwrap();
    let seen = |uid: u32| {
        admin
            .flags("INBOX", uid)
            .unwrap()
            .contains(&"\\Seen".to_owned())
    };
    // Opening reads the conversation here and on the server.
    ws.open_conversation(conversation).unwrap();
    eventually(Duration::from_secs(30), "\\Seen on the server", || {
        uids.iter().all(|uid| seen(*uid)).then_some(())
    });

    let summary = ws.mark_unread(conversation).unwrap();
    assert_eq!(summary.unread_count, 1);
    eventually(
        Duration::from_secs(30),
        "\\Seen cleared on the last message",
        || (!seen(uids[1])).then_some(()),
    );
    assert!(seen(uids[0]), "the earlier message stays read");
    assert_eq!(summary.status, ConversationStatus::Open);
}
