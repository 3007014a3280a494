//! The outbox against real Postfix (delivering into Dovecot): queued while SMTP is down and
//! delivered exactly once when it returns; an item left in `sending` by a crash is found
//! in Sent and not sent again; an item the server accepted before a crash only gets its Sent
//! copy filed.

mod support;

use std::time::Duration;

use bridgedesk_mail::{OutboxState, OutboxTransition, SyncEvent};
use bridgedesk_testkit::MailServers;
use support::{copies, reply, wait_delivered, MemoryRepo};

const MINUTE: Duration = Duration::from_secs(60);

/// Loopback servers with the accounts `seller` and `buyer` (password `pw`).
fn seller_and_buyer() -> MailServers {
    let servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "pw").unwrap();
    servers.add_user("buyer", "pw").unwrap();
    servers
}

/// The sync engine of the seller's account over `repo`, with short retry delays.
fn seller_engine(servers: &MailServers, repo: &std::sync::Arc<MemoryRepo>) -> support::Running {
    support::spawn(
        support::settings(servers, "seller"),
        "pw",
        repo.clone(),
        support::fast_options(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reply_queued_while_smtp_is_down_is_delivered_exactly_once_when_it_returns() {
    let mut servers = seller_and_buyer();
    servers.stop_smtp();
    let repo = MemoryRepo::new();
    repo.add_outgoing(reply(
        &servers,
        1,
        "reply-1@example.test",
        OutboxState::Queued,
    ));

    let mut run = seller_engine(&servers, &repo);
    let failed = run
        .wait_for(MINUTE, "a failed attempt", |e| {
            matches!(e, SyncEvent::OutboxFailed { .. })
        })
        .await;
    assert!(
        matches!(&failed, SyncEvent::OutboxFailed { code, outbox_id: 1, .. } if code == "mail.refused"),
        "{failed:?}"
    );
    assert_eq!(repo.state().outbox[&1].mail.state, OutboxState::Failed);

    servers.start_smtp().unwrap();
    run.wait_for(MINUTE, "the reply sent", |e| {
        matches!(e, SyncEvent::OutboxSent { outbox_id: 1, .. })
    })
    .await;
    wait_delivered(&servers, "buyer", "INBOX", "reply-1@example.test").await;
    // Give a duplicate time to show up, then count.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        copies(&servers, "buyer", "INBOX", "reply-1@example.test"),
        1,
        "delivered exactly once"
    );
    assert_eq!(
        copies(&servers, "seller", "Sent", "reply-1@example.test"),
        1,
        "one copy filed in Sent"
    );

    let state = repo.snapshot();
    let row = &state.outbox[&1];
    assert!(row.sent);
    let sends = row
        .transitions
        .iter()
        .filter(|t| matches!(t, OutboxTransition::Sent { .. }))
        .count();
    assert_eq!(sends, 1);
    // The acceptance is on record before the Sent copy is filed.
    assert!(
        matches!(
            row.transitions.as_slice(),
            [
                OutboxTransition::Sending { .. },
                OutboxTransition::Failed { .. },
                OutboxTransition::Sending { .. },
                OutboxTransition::Accepted { .. },
                OutboxTransition::Sent { .. }
            ]
        ),
        "{:?}",
        row.transitions
    );
    let failure = row.transitions.iter().find_map(|t| match t {
        OutboxTransition::Failed {
            reason,
            message_id,
            permanent,
            ..
        } => Some((reason.clone(), message_id.clone(), *permanent)),
        _ => None,
    });
    assert_eq!(
        failure,
        Some((
            "mail.refused".to_owned(),
            "mail-error-refused".to_owned(),
            false
        ))
    );
    drop(state);
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_item_left_sending_by_a_crash_is_found_in_sent_and_not_sent_again() {
    let mut servers = seller_and_buyer();
    // The crashed attempt had delivered and filed its copy; SMTP is down now, so any
    // resend attempt would show up as a failure.
    let crashed = reply(&servers, 7, "crashed-7@example.test", OutboxState::Sending);
    servers
        .write_maildir("seller", "Sent", std::iter::once(crashed.raw.clone()))
        .unwrap();
    servers.stop_smtp();
    let repo = MemoryRepo::new();
    repo.add_outgoing(crashed);

    let mut run = seller_engine(&servers, &repo);
    settled_without_a_new_attempt(&mut run, &repo, 7, "the crashed item settled").await;
    assert_eq!(
        copies(&servers, "seller", "Sent", "crashed-7@example.test"),
        1
    );

    // A crash before the message left: nothing in Sent, so it is sent (once) now.
    servers.start_smtp().unwrap();
    repo.add_outgoing(reply(
        &servers,
        8,
        "crashed-8@example.test",
        OutboxState::Sending,
    ));
    run.handle.wake();
    run.wait_for(MINUTE, "the second item sent", |e| {
        matches!(e, SyncEvent::OutboxSent { outbox_id: 8, .. })
    })
    .await;
    wait_delivered(&servers, "buyer", "INBOX", "crashed-8@example.test").await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(
        copies(&servers, "buyer", "INBOX", "crashed-8@example.test"),
        1
    );
    assert_eq!(
        copies(&servers, "buyer", "INBOX", "crashed-7@example.test"),
        0,
        "the recovered item was not resent"
    );
    assert_eq!(
        copies(&servers, "seller", "Sent", "crashed-8@example.test"),
        1
    );
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_item_accepted_before_a_crash_gets_its_sent_copy_and_is_never_submitted_again() {
    let mut servers = seller_and_buyer();
    // The server took it, then the app stopped before filing the copy. SMTP is down now, so a
    // resubmission would show up as a failure (and, with SMTP up, as a second delivery).
    servers.stop_smtp();
    let repo = MemoryRepo::new();
    repo.add_outgoing(reply(
        &servers,
        9,
        "accepted-9@example.test",
        OutboxState::Accepted,
    ));

    let mut run = seller_engine(&servers, &repo);
    settled_without_a_new_attempt(&mut run, &repo, 9, "the accepted item settled").await;
    assert_eq!(
        copies(&servers, "seller", "Sent", "accepted-9@example.test"),
        1,
        "the missing copy is filed once"
    );
    assert_eq!(
        copies(&servers, "buyer", "INBOX", "accepted-9@example.test"),
        0,
        "not submitted again"
    );
    run.handle.stop().await;
}

/// Waits until the sender is done with `outbox_id`, and checks it was marked sent without a
/// new attempt (no `Sending`, no failure).
async fn settled_without_a_new_attempt(
    run: &mut support::Running,
    repo: &MemoryRepo,
    outbox_id: i64,
    what: &str,
) {
    run.wait_for(MINUTE, what, |e| {
        matches!(
            e,
            SyncEvent::OutboxSent { outbox_id: id, .. } | SyncEvent::OutboxFailed { outbox_id: id, .. }
                if *id == outbox_id
        )
    })
    .await;
    let state = repo.snapshot();
    let row = &state.outbox[&outbox_id];
    assert!(row.sent);
    assert!(
        matches!(row.transitions.as_slice(), [OutboxTransition::Sent { .. }]),
        "no new attempt: {:?}",
        row.transitions
    );
}
