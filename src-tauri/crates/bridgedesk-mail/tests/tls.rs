//! TLS and STARTTLS against the real Dovecot and Postfix in TLS mode (a `localhost`
//! certificate signed by an authority made for the test run): "Test connection", a sync and a
//! reply work over implicit TLS and over STARTTLS when that authority is trusted; without it,
//! or when the host name is not the one in the certificate, every port answers with the `Tls`
//! error kind (the agent's localized TLS message), not a timeout.

mod support;

use std::time::{Duration, Instant};

use bridgedesk_l10n::Localizer;
use bridgedesk_mail::{
    test_connection, AccountSettings, MailError, OutboxState, Security, SyncEvent, TlsTrust,
};
use bridgedesk_testkit::{generate_mailbox, MailServers};
use support::{copies, reply, tls_settings, wait_delivered, MemoryRepo};

const DEADLINE: Duration = Duration::from_secs(10);
const MINUTE: Duration = Duration::from_secs(60);

fn tls_servers() -> MailServers {
    let servers = MailServers::start_with_tls().expect("TLS test servers start");
    servers.add_user("seller", "pw").expect("seller");
    servers.add_user("buyer", "pw").expect("buyer");
    servers
}

/// Runs "Test connection" and expects the TLS error kind (a handshake left hanging would end
/// as `Timeout` at the deadline instead). Returns the error's text (for the reason's details).
async fn expect_tls_error(settings: &AccountSettings, what: &str) -> String {
    let err = test_connection(settings, "pw", DEADLINE)
        .await
        .expect_err(what);
    assert!(
        matches!(err, MailError::Tls(_)),
        "{what}: expected a TLS error, got {err:?}"
    );
    assert_eq!(
        (err.code(), err.message_id()),
        ("mail.tls", "mail-error-tls"),
        "{what}"
    );
    err.to_string()
}

/// Waits until the servers' logs hold a line with every one of `words` (the servers write
/// their logs asynchronously); panics with the logs after a few seconds.
async fn wait_for_log_line(servers: &MailServers, words: &[&str]) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let logs = servers.log_tails();
        if logs.lines().any(|l| words.iter().all(|w| l.contains(w))) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "no log line with {words:?}\n{logs}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Each server in each TLS mode: IMAP and SMTP security, and a name for the messages. For the
/// SMTP cases IMAP is reached in clear text on loopback, so a failure is SMTP's own.
const EVERY_TLS_PORT: [(Security, Security, &str); 4] = [
    (Security::Tls, Security::Tls, "imaps"),
    (Security::StartTls, Security::Tls, "imap STARTTLS"),
    (Security::Plain, Security::Tls, "smtps"),
    (Security::Plain, Security::StartTls, "smtp STARTTLS"),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_test_succeeds_over_implicit_tls_to_imap_and_smtp() {
    let servers = tls_servers();
    let settings = tls_settings(&servers, "seller", Security::Tls, Security::Tls);
    let report = test_connection(&settings, "pw", DEADLINE)
        .await
        .unwrap_or_else(|err| panic!("imaps + smtps: {err:?}\n{}", servers.log_tails()));
    assert!(report.imap_idle && report.smtp_authenticated, "{report:?}");
    assert_eq!(report.folders.first().map(String::as_str), Some("INBOX"));
    // The servers saw the logins inside TLS.
    wait_for_log_line(&servers, &["Login: user=<seller>", ", TLS,"]).await;
    wait_for_log_line(&servers, &["TLS connection established from localhost"]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_test_succeeds_over_starttls_to_imap_and_smtp() {
    let servers = tls_servers();
    let settings = tls_settings(&servers, "seller", Security::StartTls, Security::StartTls);
    let report = test_connection(&settings, "pw", DEADLINE)
        .await
        .unwrap_or_else(|err| panic!("STARTTLS: {err:?}\n{}", servers.log_tails()));
    assert!(report.imap_idle && report.smtp_authenticated, "{report:?}");
    assert!(report.folders.iter().any(|f| f == "Sent"), "{report:?}");
    // Dovecot saw the login after STARTTLS; Postfix saw STARTTLS, then AUTH.
    wait_for_log_line(&servers, &["Login: user=<seller>", ", TLS,"]).await;
    wait_for_log_line(
        &servers,
        &["disconnect from localhost", "starttls=1", "auth=1"],
    )
    .await;
}

/// Syncs INBOX over `imap` security and sends one reply over `smtp` security; the reply must
/// reach the buyer's mailbox once and be filed in the seller's Sent.
async fn sync_and_reply(imap: Security, smtp: Security, message_id: &str) {
    let servers = tls_servers();
    let mailbox = generate_mailbox(31, 60);
    servers
        .write_maildir("seller", "INBOX", mailbox.messages.iter().cloned())
        .expect("mailbox written");
    let repo = MemoryRepo::new();
    repo.add_outgoing(reply(&servers, 1, message_id, OutboxState::Queued));

    let mut run = support::spawn(
        tls_settings(&servers, "seller", imap, smtp),
        "pw",
        repo.clone(),
        support::fast_options(),
    );
    run.wait_for(MINUTE, "the reply sent", |e| {
        matches!(e, SyncEvent::OutboxSent { outbox_id: 1, .. })
    })
    .await;
    run.wait_synced(MINUTE, &["INBOX"]).await;
    assert_eq!(repo.count("INBOX"), 60, "every message fetched over TLS");
    wait_delivered(&servers, "buyer", "INBOX", message_id).await;
    assert_eq!(copies(&servers, "buyer", "INBOX", message_id), 1);
    assert_eq!(copies(&servers, "seller", "Sent", message_id), 1);
    // Both went through TLS: Dovecot logged a TLS login, Postfix took the message in TLS.
    wait_for_log_line(&servers, &["Login: user=<seller>", ", TLS,"]).await;
    wait_for_log_line(&servers, &["TLS connection established from localhost"]).await;
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_over_imaps_fetches_the_mailbox_and_a_reply_over_smtps_arrives() {
    sync_and_reply(Security::Tls, Security::Tls, "tls-reply@example.test").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_over_imap_starttls_fetches_the_mailbox_and_a_reply_over_smtp_starttls_arrives() {
    sync_and_reply(
        Security::StartTls,
        Security::StartTls,
        "starttls-reply@example.test",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_certificate_from_an_untrusted_authority_is_a_tls_error_on_every_port() {
    let servers = tls_servers();
    // Each server in each mode, with only the platform's store trusted.
    for (imap, smtp, what) in EVERY_TLS_PORT {
        let mut settings = tls_settings(&servers, "seller", imap, smtp);
        settings.tls_trust = TlsTrust::platform();
        let reason = expect_tls_error(&settings, what).await;
        assert!(reason.contains("UnknownIssuer"), "{what}: {reason}");
    }

    // A different throw-away authority is no better than none.
    let stranger = MailServers::start_with_tls().expect("second TLS servers");
    let mut settings = tls_settings(&servers, "seller", Security::Tls, Security::Tls);
    settings.tls_trust = TlsTrust::platform()
        .with_extra_root(stranger.tls.as_ref().expect("TLS mode").ca_der.clone());
    expect_tls_error(&settings, "another authority").await;

    // The agent reads why, in every language the app has.
    let localizer = Localizer::embedded();
    for locale in localizer.available_locales() {
        let text = localizer.format(&locale, "mail-error-tls", &[]);
        assert!(
            text != "mail-error-tls" && text.contains("TLS"),
            "{locale}: {text}"
        );
    }

    // The sync engine reports the same error as an event (and does not hammer the server).
    let mut settings = tls_settings(&servers, "seller", Security::Tls, Security::Tls);
    settings.tls_trust = TlsTrust::platform();
    let mut run = support::spawn(settings, "pw", MemoryRepo::new(), support::fast_options());
    let event = run
        .wait_for(DEADLINE, "a TLS error event", |e| {
            matches!(e, SyncEvent::Error { .. })
        })
        .await;
    assert!(
        matches!(&event, SyncEvent::Error { code, message_id, .. }
            if code == "mail.tls" && message_id == "mail-error-tls"),
        "{event:?}"
    );
    run.handle.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_name_missing_from_the_certificate_is_a_tls_error() {
    let servers = tls_servers();
    // The certificate names `localhost` only; 127.0.0.1 is the same server by another name.
    for (imap, smtp, what) in EVERY_TLS_PORT {
        let mut settings = tls_settings(&servers, "seller", imap, smtp);
        settings.imap.host = "127.0.0.1".into();
        settings.smtp.host = "127.0.0.1".into();
        let reason = expect_tls_error(&settings, what).await;
        assert!(reason.contains("not valid for name"), "{what}: {reason}");
    }
    // The same settings by the certificate's name connect (the trust was right all along).
    let settings = tls_settings(&servers, "seller", Security::StartTls, Security::Tls);
    test_connection(&settings, "pw", DEADLINE)
        .await
        .expect("by the certificate's name");
}
