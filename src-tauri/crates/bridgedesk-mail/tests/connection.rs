//! "Test connection" against the real test servers and against sockets that misbehave:
//! every failure comes back with its own stable code (and Fluent id) for the account dialog.

mod support;

use std::time::Duration;

use bridgedesk_mail::{test_connection, MailError, Security};
use bridgedesk_testkit::MailServers;

const DEADLINE: Duration = Duration::from_secs(10);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_errors_each_have_their_own_code() {
    let servers = MailServers::start().expect("test servers start");
    servers.add_user("seller", "right-password").unwrap();
    let good = support::settings(&servers, "seller");

    let report = test_connection(&good, "right-password", DEADLINE)
        .await
        .expect("good settings connect");
    assert!(
        report.imap_idle && report.imap_condstore && report.smtp_authenticated,
        "{report:?}"
    );
    assert_eq!(report.folders.first().map(String::as_str), Some("INBOX"));
    assert!(
        report.folders.iter().any(|f| f == "Sent"),
        "{:?}",
        report.folders
    );

    // Quotes, backslashes, spaces and non-ASCII survive the LOGIN quoting.
    servers.add_user("quoter", "p\"a\\ss wörd").unwrap();
    let mut quoter = good.clone();
    quoter.imap.user = "quoter".into();
    quoter.smtp.user = "quoter".into();
    test_connection(&quoter, "p\"a\\ss wörd", DEADLINE)
        .await
        .expect("special characters in passwords");

    let err = test_connection(&good, "wrong-password", DEADLINE)
        .await
        .unwrap_err();
    assert_eq!(
        (err.code(), err.message_id()),
        ("mail.auth_imap", "mail-error-auth-imap")
    );

    // IMAP accepts the password; SMTP is asked for a user that does not exist.
    let mut smtp_wrong = good.clone();
    smtp_wrong.smtp.user = "nobody".into();
    let err = test_connection(&smtp_wrong, "right-password", DEADLINE)
        .await
        .unwrap_err();
    assert_eq!(
        (err.code(), err.message_id()),
        ("mail.auth_smtp", "mail-error-auth-smtp")
    );

    let closed_port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut refused = good.clone();
    refused.imap.port = closed_port;
    let err = test_connection(&refused, "right-password", DEADLINE)
        .await
        .unwrap_err();
    assert_eq!(
        (err.code(), err.message_id()),
        ("mail.refused", "mail-error-refused")
    );

    let mut dns = good.clone();
    dns.imap.host = "no-such-host.invalid".into();
    dns.imap.security = Security::Tls;
    let err = test_connection(&dns, "right-password", DEADLINE)
        .await
        .unwrap_err();
    assert!(matches!(err, MailError::Dns), "{err:?}");

    let mut clear = good.clone();
    clear.imap.host = "imap.example.com".into();
    let err = test_connection(&clear, "right-password", DEADLINE)
        .await
        .unwrap_err();
    assert_eq!(err.code(), "mail.plaintext_refused");

    // A server that accepts the connection and then says nothing.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let mut mute = good.clone();
    mute.imap.port = silent.local_addr().unwrap().port();
    let holder = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = silent.accept().await {
            held.push(socket);
        }
    });
    let err = test_connection(&mute, "right-password", Duration::from_millis(500))
        .await
        .unwrap_err();
    assert_eq!(err.code(), "mail.timeout");

    // A plain-text server asked for TLS: the handshake fails with a TLS error.
    let mut tls = good.clone();
    tls.imap.security = Security::Tls;
    let err = test_connection(&tls, "right-password", DEADLINE)
        .await
        .unwrap_err();
    assert_eq!(err.code(), "mail.tls", "{err:?}");
    holder.abort();

    // An SMTP server whose greeting never ends is a protocol error, not a memory sink.
    let endless = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let mut babbling = good.clone();
    babbling.smtp.port = endless.local_addr().unwrap().port();
    let babbler = tokio::spawn(async move {
        use tokio::io::AsyncWriteExt;
        if let Ok((mut socket, _)) = endless.accept().await {
            let _ = socket.write_all(b"220-").await;
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..64 {
                if socket.write_all(&chunk).await.is_err() {
                    break;
                }
            }
        }
    });
    let err = test_connection(&babbling, "right-password", DEADLINE)
        .await
        .unwrap_err();
    assert_eq!(err.code(), "mail.protocol", "{err:?}");
    babbler.abort();

    // The sync engine reports the same code as an event and keeps retrying slowly.
    let repo = support::MemoryRepo::new();
    let mut run = support::spawn(
        good.clone(),
        "wrong-password",
        repo,
        support::fast_options(),
    );
    let event = run
        .wait_for(DEADLINE, "an auth error", |e| {
            matches!(e, bridgedesk_mail::SyncEvent::Error { .. })
        })
        .await;
    assert!(
        matches!(&event, bridgedesk_mail::SyncEvent::Error { code, message_id, .. }
            if code == "mail.auth_imap" && message_id == "mail-error-auth-imap"),
        "{event:?}"
    );
    run.handle.stop().await;
}
