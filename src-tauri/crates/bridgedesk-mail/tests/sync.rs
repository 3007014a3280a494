//! The sync engine against a real Dovecot: initial sync, IDLE push, mirroring both ways,
//! UIDVALIDITY reset, a server killed mid-sync, and a folder of hostile mail.

mod support;

use std::time::{Duration, Instant};

use bridgedesk_mail::{LocalChange, LocalChangeKind, SpecialUse, SyncEvent};
use bridgedesk_testkit::{generate_mailbox, hostile_messages, MailServers};
use support::{simple_message, MemoryRepo};

const MINUTE: Duration = Duration::from_secs(60);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn initial_sync_of_2000_messages_stores_each_once_newest_first() {
    let servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "pw").unwrap();
    let mailbox = generate_mailbox(3, 2000);
    servers
        .write_maildir("seller", "INBOX", mailbox.messages.iter().cloned())
        .unwrap();
    let repo = MemoryRepo::new();

    let started = Instant::now();
    let mut run = support::spawn(
        support::settings(&servers, "seller"),
        "pw",
        repo.clone(),
        support::fast_options(),
    );
    let mut progress = Vec::new();
    loop {
        let event = run
            .wait_for(MINUTE, "INBOX synced", |e| {
                matches!(
                    e,
                    SyncEvent::Progress { .. } | SyncEvent::FolderSynced { .. }
                )
            })
            .await;
        match event {
            SyncEvent::Progress {
                folder,
                done,
                total,
                ..
            } if folder == "INBOX" => progress.push((done, total)),
            SyncEvent::FolderSynced { folder, .. } if folder == "INBOX" => break,
            _ => {}
        }
    }
    let elapsed = started.elapsed();
    println!(
        "initial sync of 2000 messages (login, download, in-memory ingest): {:.2} s",
        elapsed.as_secs_f64()
    );

    assert_eq!(repo.count("INBOX"), 2000);
    let state = repo.snapshot();
    assert!(
        state.ingest_calls.values().all(|n| *n == 1),
        "a message was fetched twice"
    );
    let ids: std::collections::BTreeSet<_> = state
        .messages
        .values()
        .filter_map(|m| m.message_id.clone())
        .collect();
    let expected: std::collections::BTreeSet<_> =
        mailbox.facts.iter().map(|f| f.message_id.clone()).collect();
    assert_eq!(ids, expected);
    // Stored bytes are the server's bytes.
    let first = state
        .messages
        .values()
        .find(|m| m.message_id.as_deref() == Some(mailbox.facts[0].message_id.as_str()))
        .unwrap();
    assert_eq!(first.raw, mailbox.messages[0]);
    // Newest first: the first batch holds the highest UIDs.
    let first_batch_max = state
        .ingest_calls
        .keys()
        .map(|(_, _, uid)| *uid)
        .max()
        .unwrap();
    assert_eq!(first_batch_max, 2000);
    drop(state);
    assert_eq!(progress.first(), Some(&(0, 2000)));
    assert_eq!(progress.last(), Some(&(2000, 2000)));
    assert!(
        progress.windows(2).all(|w| w[0].0 <= w[1].0),
        "progress never goes back: {progress:?}"
    );

    // A no-change round: wake the task and time the pass over every folder.
    let started = Instant::now();
    run.handle.wake();
    run.wait_synced(MINUTE, &["INBOX", "Sent", "Archive"]).await;
    println!(
        "no-change resync of all folders: {:.3} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        repo.state().ingest_calls.values().all(|n| *n == 1),
        "a resync fetched a message again"
    );
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_mail_while_idling_arrives_within_two_seconds() {
    let servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "pw").unwrap();
    let repo = MemoryRepo::new();
    let mut run = support::spawn(
        support::settings(&servers, "seller"),
        "pw",
        repo.clone(),
        support::fast_options(),
    );
    run.wait_synced(MINUTE, &["INBOX"]).await;
    // Let the task reach IDLE.
    tokio::time::sleep(Duration::from_millis(500)).await;

    let mut latencies = Vec::new();
    for i in 0..3 {
        let raw = simple_message(
            "buyer@example.net",
            "seller@example.test",
            &format!("idle-{i}@example.net"),
            "Where is my parcel?",
        );
        let sent = Instant::now();
        servers.deliver("seller", &raw).unwrap();
        run.wait_for(
            Duration::from_secs(5),
            "new mail",
            |e| matches!(e, SyncEvent::NewMail { folder, .. } if folder == "INBOX"),
        )
        .await;
        latencies.push(sent.elapsed());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    println!(
        "IDLE delivery-to-ingest latency: {:?}",
        latencies
            .iter()
            .map(|d| format!("{} ms", d.as_millis()))
            .collect::<Vec<_>>()
    );
    assert!(
        latencies.iter().all(|d| *d < Duration::from_secs(2)),
        "{latencies:?}"
    );
    assert_eq!(repo.count("INBOX"), 3);
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flags_moves_and_deletes_are_mirrored_both_ways_with_qresync() {
    mirror_both_ways(true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flags_moves_and_deletes_are_mirrored_both_ways_by_uid_list() {
    mirror_both_ways(false).await;
}

async fn mirror_both_ways(use_qresync: bool) {
    let servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "pw").unwrap();
    let msgs: Vec<Vec<u8>> = (0..6)
        .map(|i| {
            simple_message(
                "buyer@example.net",
                "seller@example.test",
                &format!("m{i}@example.net"),
                "Refund",
            )
        })
        .collect();
    servers
        .write_maildir("seller", "INBOX", msgs.into_iter())
        .unwrap();
    let admin = servers.imap_admin("seller");
    let mut options = support::fast_options();
    options.use_qresync = use_qresync;
    let repo = MemoryRepo::new();
    let mut run = support::spawn(
        support::settings(&servers, "seller"),
        "pw",
        repo.clone(),
        options,
    );
    run.wait_synced(MINUTE, &["INBOX", "Archive"]).await;
    assert_eq!(repo.count("INBOX"), 6);
    let uidvalidity = support::stored_uidvalidity(&repo, "INBOX");
    let uids = admin.uids("INBOX").unwrap();
    assert_eq!(uids.len(), 6);

    // Server -> app: another client flags, moves and expunges.
    admin
        .add_flags("INBOX", &[uids[0]], &["\\Seen", "\\Flagged"])
        .unwrap();
    admin.move_messages("INBOX", &[uids[1]], "Archive").unwrap();
    admin.expunge("INBOX", &[uids[2]]).unwrap();
    run.handle.wake();
    run.wait_synced(MINUTE, &["INBOX", "Archive"]).await;
    {
        let state = repo.snapshot();
        let m0 = &state.messages[&("INBOX".to_owned(), uidvalidity, uids[0])];
        assert!(m0.flags.seen && m0.flags.flagged);
        assert!(!state
            .messages
            .contains_key(&("INBOX".to_owned(), uidvalidity, uids[1])));
        assert!(!state
            .messages
            .contains_key(&("INBOX".to_owned(), uidvalidity, uids[2])));
        let archived: Vec<_> = state
            .messages
            .iter()
            .filter(|((f, _, _), _)| f == "Archive")
            .map(|(_, m)| m.message_id.clone())
            .collect();
        assert_eq!(archived, vec![Some("m1@example.net".to_owned())]);
    }
    assert_eq!(repo.count("INBOX"), 4);

    // App -> server: the agent reads, un-reads, archives and deletes.
    let change = |id, uid, kind| LocalChange {
        id,
        folder: "INBOX".into(),
        uidvalidity,
        uid,
        kind,
    };
    repo.add_local_change(change(1, uids[3], LocalChangeKind::SetSeen(true)));
    repo.add_local_change(change(2, uids[0], LocalChangeKind::SetSeen(false)));
    repo.add_local_change(change(
        3,
        uids[4],
        LocalChangeKind::MoveTo(SpecialUse::Archive),
    ));
    repo.add_local_change(change(4, uids[5], LocalChangeKind::Delete));
    repo.add_local_change(LocalChange {
        id: 5,
        folder: "INBOX".into(),
        uidvalidity: uidvalidity.wrapping_add(7),
        uid: uids[3],
        kind: LocalChangeKind::Delete,
    });
    run.handle.wake();
    run.wait_synced(MINUTE, &["INBOX", "Archive"]).await;
    assert!(
        repo.state().local_changes.is_empty(),
        "every change was applied or dropped"
    );
    assert_eq!(
        admin.flags("INBOX", uids[3]).unwrap(),
        vec!["\\Seen".to_owned()]
    );
    assert_eq!(
        admin.flags("INBOX", uids[0]).unwrap(),
        vec!["\\Flagged".to_owned()]
    );
    assert_eq!(
        admin.uids("INBOX").unwrap(),
        vec![uids[0], uids[3]],
        "the stale-UIDVALIDITY delete was not applied"
    );
    assert_eq!(admin.uids("Archive").unwrap().len(), 2);
    // And the engine's own changes come back into the store consistently.
    assert_eq!(repo.count("INBOX"), 2);
    assert_eq!(repo.count("Archive"), 2);
    assert!(
        !repo.state().messages[&("INBOX".to_owned(), uidvalidity, uids[0])]
            .flags
            .seen
    );
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uidvalidity_reset_keeps_one_copy_of_each_message() {
    let servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "pw").unwrap();
    let mailbox = generate_mailbox(11, 120);
    servers
        .write_maildir("seller", "INBOX", mailbox.messages.iter().cloned())
        .unwrap();
    let repo = MemoryRepo::new();
    let mut run = support::spawn(
        support::settings(&servers, "seller"),
        "pw",
        repo.clone(),
        support::fast_options(),
    );
    run.wait_synced(MINUTE, &["INBOX"]).await;
    assert_eq!(repo.count("INBOX"), 120);
    run.handle.stop().await;

    let new = support::reset_uidvalidity(
        &servers,
        "seller",
        "INBOX",
        support::stored_uidvalidity(&repo, "INBOX"),
    );
    let mut run = support::spawn(
        support::settings(&servers, "seller"),
        "pw",
        repo.clone(),
        support::fast_options(),
    );
    run.wait_synced(MINUTE, &["INBOX"]).await;
    assert_eq!(repo.count("INBOX"), 120, "no duplicates after the reset");
    let state = repo.snapshot();
    assert!(
        state.messages.keys().all(|(_, v, _)| *v == new),
        "every message re-keyed to the new UIDVALIDITY"
    );
    assert_eq!(state.folders["INBOX"].uidvalidity, new);
    drop(state);
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_killed_mid_sync_then_resync_loses_and_duplicates_nothing() {
    let mut servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "pw").unwrap();
    let mailbox = generate_mailbox(5, 1500);
    servers
        .write_maildir("seller", "INBOX", mailbox.messages.iter().cloned())
        .unwrap();
    let repo = MemoryRepo::new();
    let mut options = support::fast_options();
    options.batch_size = 50;
    let mut run = support::spawn(
        support::settings(&servers, "seller"),
        "pw",
        repo.clone(),
        options,
    );
    run.wait_for(
        MINUTE,
        "some progress",
        |e| matches!(e, SyncEvent::Progress { done, .. } if *done >= 200),
    )
    .await;
    servers.kill_imap();
    let partial = repo.count("INBOX");
    run.wait_for(MINUTE, "the disconnect", |e| {
        matches!(e, SyncEvent::Error { .. })
    })
    .await;
    assert!(
        !repo.snapshot().folders.contains_key("INBOX"),
        "the cursor is not saved before the folder is complete"
    );
    servers.restart_imap().unwrap();
    run.wait_synced(MINUTE, &["INBOX"]).await;
    println!(
        "killed after {partial} of 1500 messages; resumed to {}",
        repo.count("INBOX")
    );
    assert!(partial < 1500);
    assert_eq!(repo.count("INBOX"), 1500);
    let state = repo.snapshot();
    let ids: std::collections::BTreeSet<_> = state
        .messages
        .values()
        .filter_map(|m| m.message_id.clone())
        .collect();
    assert_eq!(ids.len(), 1500);
    let stored_twice = state
        .ingest_calls
        .iter()
        .filter(|(k, n)| **n > 1 && state.messages.contains_key(*k))
        .count();
    println!("messages handed to ingest again after the reconnect (fetched in the killed batch): {stored_twice}");
    drop(state);
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_folder_of_malformed_and_hostile_mail_is_stored_whole() {
    let servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "pw").unwrap();
    let hostile = hostile_messages().unwrap();
    assert!(hostile.len() >= 5);
    servers
        .write_maildir("seller", "Hostile", hostile.iter().map(|m| m.raw.clone()))
        .unwrap();
    let repo = MemoryRepo::new();
    let mut run = support::spawn(
        support::settings(&servers, "seller"),
        "pw",
        repo.clone(),
        support::fast_options(),
    );
    run.wait_synced(MINUTE, &["INBOX", "Hostile"]).await;
    assert_eq!(repo.count("Hostile"), hostile.len());
    let stored: Vec<Vec<u8>> = repo
        .state()
        .messages
        .iter()
        .filter(|((f, _, _), _)| f == "Hostile")
        .map(|(_, m)| m.raw.clone())
        .collect();
    let on_server = servers.mailbox_messages("seller", "Hostile").unwrap();
    // IMAP serves CRLF line ends and Dovecot replaces NUL bytes with 0x80 (RFC 3501 forbids
    // NUL in literals); apart from that the stored bytes are the server's bytes.
    let imap_form = |raw: &[u8]| -> Vec<u8> {
        let mut out = Vec::with_capacity(raw.len());
        let mut prev = 0u8;
        for &b in raw {
            if b == b'\n' && prev != b'\r' {
                out.push(b'\r');
            }
            out.push(if b == 0 { 0x80 } else { b });
            prev = b;
        }
        out
    };
    let mut a: Vec<Vec<u8>> = stored.iter().map(|r| imap_form(r)).collect();
    let mut b: Vec<Vec<u8>> = on_server.iter().map(|r| imap_form(r)).collect();
    a.sort();
    b.sort();
    let differing = a.iter().zip(&b).filter(|(x, y)| x != y).count();
    assert_eq!(
        differing, 0,
        "{differing} stored messages differ from the server's copy"
    );
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_idle_new_mail_is_found_by_polling() {
    let servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "pw").unwrap();
    let repo = MemoryRepo::new();
    let mut options = support::fast_options();
    options.use_idle = false;
    options.poll_interval = Duration::from_millis(500);
    let mut run = support::spawn(
        support::settings(&servers, "seller"),
        "pw",
        repo.clone(),
        options,
    );
    run.wait_synced(MINUTE, &["INBOX"]).await;
    let raw = simple_message(
        "buyer@example.net",
        "seller@example.test",
        "poll-1@example.net",
        "Polling",
    );
    let sent = Instant::now();
    servers.deliver("seller", &raw).unwrap();
    run.wait_for(
        Duration::from_secs(5),
        "polled mail",
        |e| matches!(e, SyncEvent::NewMail { folder, .. } if folder == "INBOX"),
    )
    .await;
    println!(
        "polling (500 ms period) delivery-to-ingest latency: {} ms",
        sent.elapsed().as_millis()
    );
    assert_eq!(repo.count("INBOX"), 1);
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_is_reissued_after_its_interval_on_the_same_connection() {
    let servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "pw").unwrap();
    let repo = MemoryRepo::new();
    let mut options = support::fast_options();
    options.idle_interval = Duration::from_millis(300);
    let mut run = support::spawn(
        support::settings(&servers, "seller"),
        "pw",
        repo.clone(),
        options,
    );
    // Each IDLE period ends with DONE and a full round (which reports Sent synced), then
    // a fresh IDLE; the connection never drops.
    let started = Instant::now();
    let mut rounds = 0;
    let mut errors = 0;
    while rounds < 4 {
        match run
            .wait_for(Duration::from_secs(10), "a round", |e| {
                matches!(e, SyncEvent::FolderSynced { folder, .. } if folder == "Sent")
                    || matches!(e, SyncEvent::Error { .. })
            })
            .await
        {
            SyncEvent::Error { .. } => errors += 1,
            _ => rounds += 1,
        }
    }
    assert_eq!(errors, 0);
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "rounds are paced by the IDLE interval"
    );
    // Still responsive to push after several re-issues.
    let raw = simple_message(
        "buyer@example.net",
        "seller@example.test",
        "after-reissue@example.net",
        "Hi",
    );
    servers.deliver("seller", &raw).unwrap();
    run.wait_for(Duration::from_secs(5), "new mail", |e| {
        matches!(e, SyncEvent::NewMail { .. })
    })
    .await;
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelling_an_initial_sync_keeps_what_was_stored_and_resumes_later() {
    let servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "pw").unwrap();
    let mailbox = generate_mailbox(9, 1000);
    servers
        .write_maildir("seller", "INBOX", mailbox.messages.iter().cloned())
        .unwrap();
    let repo = MemoryRepo::new();
    let mut options = support::fast_options();
    options.batch_size = 50;
    let mut run = support::spawn(
        support::settings(&servers, "seller"),
        "pw",
        repo.clone(),
        options.clone(),
    );
    run.wait_for(
        MINUTE,
        "some progress",
        |e| matches!(e, SyncEvent::Progress { done, .. } if *done >= 100),
    )
    .await;
    let asked = Instant::now();
    run.handle.stop().await;
    let stop_took = asked.elapsed();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let partial = repo.count("INBOX");
    println!(
        "cancelled after {partial} of 1000 messages; stop took {} ms",
        stop_took.as_millis()
    );
    assert!(stop_took < Duration::from_secs(2));
    assert!(partial < 1000);
    assert!(!repo.snapshot().folders.contains_key("INBOX"));

    let mut run = support::spawn(
        support::settings(&servers, "seller"),
        "pw",
        repo.clone(),
        options,
    );
    run.wait_synced(MINUTE, &["INBOX"]).await;
    assert_eq!(repo.count("INBOX"), 1000);
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_once_runs_one_full_round_and_returns() {
    let servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "pw").unwrap();
    let mailbox = generate_mailbox(21, 300);
    servers
        .write_maildir("seller", "INBOX", mailbox.messages.iter().cloned())
        .unwrap();
    servers
        .write_maildir(
            "seller",
            "Orders/2026",
            mailbox.messages[..20].iter().cloned(),
        )
        .unwrap();
    let repo = MemoryRepo::new();
    let secrets = std::sync::Arc::new(bridgedesk_mail::MemorySecretStore::new());
    bridgedesk_mail::SecretStore::set(secrets.as_ref(), support::ACCOUNT, "pw").unwrap();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    bridgedesk_mail::AccountSync::sync_once(
        support::settings(&servers, "seller"),
        secrets.clone(),
        repo.clone(),
        tx.clone(),
        support::fast_options(),
    )
    .await
    .expect("one round");
    assert_eq!(repo.count("INBOX"), 300);
    assert_eq!(repo.count("Orders/2026"), 20);
    let mut synced = Vec::new();
    while let Ok(event) = rx.try_recv() {
        if let SyncEvent::FolderSynced { folder, .. } = event {
            synced.push(folder);
        }
    }
    assert_eq!(
        synced.first().map(String::as_str),
        Some("INBOX"),
        "INBOX first: {synced:?}"
    );
    assert!(synced.iter().any(|f| f == "Orders/2026"));

    let err = bridgedesk_mail::AccountSync::sync_once(
        support::settings(&servers, "seller"),
        std::sync::Arc::new(bridgedesk_mail::MemorySecretStore::new()),
        repo,
        tx,
        support::fast_options(),
    )
    .await
    .unwrap_err();
    assert_eq!(err.code(), "mail.missing_secret");
}
