//! Figures, not assertions: the engine's initial and no-change sync of a 10,000-message
//! mailbox (network, IMAP parsing and an in-memory repository; no MIME parsing, no
//! SQLite) against `mbsync` pulling the same mailbox into a Maildir, in the same run.
//! Run with `cargo test --release -p bridgedesk-mail --test bench_vs_mbsync -- --ignored --nocapture`.

mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use bridgedesk_mail::SyncEvent;
use bridgedesk_testkit::{generate_mailbox, MailServers};
use support::MemoryRepo;

const MESSAGES: usize = 10_000;

fn mbsync(config: &std::path::Path) -> Duration {
    let started = Instant::now();
    let status = Command::new("mbsync")
        .arg("-q")
        .arg("-c")
        .arg(config)
        .arg("bench")
        .status()
        .expect("mbsync runs (Debian package isync)");
    assert!(status.success(), "mbsync failed");
    started.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: prints figures; needs mbsync"]
async fn initial_and_no_change_sync_of_10000_messages_against_mbsync() {
    let servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "pw").unwrap();
    let mailbox = generate_mailbox(42, MESSAGES);
    let bytes: usize = mailbox.messages.iter().map(Vec::len).sum();
    servers
        .write_maildir("seller", "INBOX", mailbox.messages.iter().cloned())
        .unwrap();
    // Let Dovecot build its index before anyone is timed.
    assert_eq!(
        servers.imap_admin("seller").uids("INBOX").unwrap().len(),
        MESSAGES
    );

    let repo = MemoryRepo::new();
    let started = Instant::now();
    let mut run = support::spawn(
        support::settings(&servers, "seller"),
        "pw",
        repo.clone(),
        support::fast_options(),
    );
    run.wait_synced(Duration::from_secs(300), &["INBOX"]).await;
    let ours_initial = started.elapsed();
    assert_eq!(repo.count("INBOX"), MESSAGES);
    run.wait_synced(Duration::from_secs(60), &["Sent", "Archive"])
        .await;
    let started = Instant::now();
    run.handle.wake();
    run.wait_for(
        Duration::from_secs(60),
        "the no-change round",
        |e| matches!(e, SyncEvent::FolderSynced { folder, .. } if folder == "INBOX"),
    )
    .await;
    let ours_resync = started.elapsed();
    run.handle.stop().await;

    let temp = tempfile::tempdir().unwrap();
    let maildir = temp.path().join("mail");
    std::fs::create_dir_all(&maildir).unwrap();
    let config = temp.path().join("mbsyncrc");
    std::fs::write(
        &config,
        format!(
            "IMAPAccount bench\nHost 127.0.0.1\nPort {port}\nUser seller\nPass pw\nSSLType None\nAuthMechs LOGIN PLAIN\n\n\
             IMAPStore remote\nAccount bench\n\n\
             MaildirStore local\nPath {dir}/\nInbox {dir}/INBOX\n\n\
             Channel bench\nFar :remote:\nNear :local:\nPatterns INBOX\nCreate Near\nSyncState *\n",
            port = servers.imap_port,
            dir = maildir.display()
        ),
    )
    .unwrap();
    let theirs_initial = mbsync(&config);
    let pulled = std::fs::read_dir(maildir.join("INBOX").join("cur"))
        .map(|d| d.count())
        .unwrap_or(0)
        + std::fs::read_dir(maildir.join("INBOX").join("new"))
            .map(|d| d.count())
            .unwrap_or(0);
    assert_eq!(pulled, MESSAGES, "mbsync pulled the whole mailbox");
    let theirs_resync = mbsync(&config);

    println!("mailbox: {MESSAGES} messages, {:.1} MB", bytes as f64 / 1e6);
    println!(
        "initial sync: bridgedesk-mail {:.2} s, mbsync {:.2} s, ratio {:.2}",
        ours_initial.as_secs_f64(),
        theirs_initial.as_secs_f64(),
        ours_initial.as_secs_f64() / theirs_initial.as_secs_f64()
    );
    println!(
        "no-change resync: bridgedesk-mail {:.3} s (all folders), mbsync {:.3} s (INBOX)",
        ours_resync.as_secs_f64(),
        theirs_resync.as_secs_f64()
    );
}
