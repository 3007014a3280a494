//! Remote images of e-mail end to end in the core: blocked until allowed, fetched by the core
//! from a real HTTP server on loopback, cached, shown as `data:` URLs, refused when they are
//! not raster images, shown again with the server stopped (no network), and fetched later
//! when the agent allowed them while offline.

mod common;

use bridgedesk_core::*;
use bridgedesk_model::*;
use bridgedesk_store::{AttachmentStore, IncomingEmail};
use bridgedesk_testkit::{ImageServer, TINY_PNG_BASE64};

/// The test servers listen on 127.0.0.1, which the app refuses to ask unless told otherwise.
fn allow_loopback_images() {
    std::env::set_var(ALLOW_PRIVATE_IMAGE_HOSTS, "1");
}

fn account(store: &Store) -> RowId {
    store
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
                enabled: false,
                archive_on_close: true,
                password: None,
            },
            1,
        )
        .unwrap()
        .id
}

/// Stores one HTML mail from `from` with `<img>` tags for `images`; returns its message and
/// conversation ids.
fn html_mail(dir: &std::path::Path, uid: u32, from: &str, images: &[String]) -> (RowId, RowId) {
    let store = Store::open(&dir.join(DATABASE_FILE_NAME)).unwrap();
    let account = store
        .email_accounts()
        .unwrap()
        .first()
        .map(|a| a.id)
        .unwrap_or_else(|| account(&store));
    let tags: String = images
        .iter()
        .map(|url| format!(r#"<img src="{url}" alt="photo">"#))
        .collect();
    let raw = format!(
        "From: Ana <{from}>\r\nTo: service@shop.test\r\nSubject: Broken lamp {uid}\r\n\
         Message-ID: <lamp-{uid}@buyer.test>\r\nDate: Mon, 16 Nov 2026 01:00:00 +0000\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
         <p>The lamp arrived broken, see the photos:</p>{tags}\r\n"
    )
    .into_bytes();
    let parsed = read_email(&raw);
    assert!(parsed.has_remote_images);
    let files = AttachmentStore::new(&dir.join("attachments"));
    let outcome = store
        .ingest_emails(
            &files,
            &[IncomingEmail {
                account_id: account,
                folder: "INBOX".into(),
                uidvalidity: 1,
                uid,
                flags: vec![],
                raw,
                internal_date: None,
                parsed,
            }],
            common::monday_10_shanghai(),
        )
        .unwrap();
    (outcome[0].message_id, outcome[0].conversation_id)
}

fn message(detail: &ConversationDetail, id: RowId) -> MessageView {
    detail
        .messages
        .iter()
        .find(|m| m.id == id)
        .cloned()
        .expect("the message is in its conversation")
}

#[test]
fn allowed_images_are_fetched_once_cached_and_shown_without_the_network() {
    allow_loopback_images();
    let dir = tempfile::tempdir().unwrap();
    let mut server = ImageServer::start().unwrap();
    let images = vec![
        server.url("/logo.png"),
        server.url("/photo.png?buyer=ana%40buyer.test"),
        server.url("/vector.svg"),
        server.url("/page.png"),
    ];
    let (id, conversation) = html_mail(dir.path(), 1, "ana@buyer.test", &images);
    let (ws, _clock) = common::workspace_at(dir.path(), common::monday_10_shanghai());

    let before = message(&ws.open_conversation(conversation).unwrap(), id);
    assert!(before.remote_images_blocked);
    let html = before.html.unwrap_or_default();
    assert!(!html.contains("127.0.0.1"), "{html}");

    let allowed = message(
        &ws.allow_remote_images(id, RemoteImageScope::Message)
            .unwrap(),
        id,
    );
    assert!(!allowed.remote_images_blocked);
    assert_eq!(
        allowed.remote_images_to_fetch, 4,
        "allowing does not wait for the network"
    );
    assert!(server.requests().is_empty());

    let fetched = message(&ws.fetch_remote_images(id).unwrap(), id);
    let html = fetched.html.clone().unwrap_or_default();
    assert_eq!(fetched.remote_images_to_fetch, 0);
    assert_eq!(fetched.remote_images_failed, 2, "the SVG and the HTML page");
    assert_eq!(
        html.matches(&format!("data:image/png;base64,{TINY_PNG_BASE64}"))
            .count(),
        2,
        "{html}"
    );
    assert!(
        !html.contains("127.0.0.1"),
        "no remote URL reaches the frame: {html}"
    );
    assert!(!html.contains("svg"), "{html}");
    assert_eq!(server.requests().len(), 4);

    // Fetching again asks nothing: every image has its outcome.
    ws.fetch_remote_images(id).unwrap();
    assert_eq!(server.requests().len(), 4);

    // With the server gone, a new session shows the same images from the cache.
    server.stop();
    drop(ws);
    let (ws, _clock) = common::workspace_at(dir.path(), common::monday_10_shanghai());
    let offline = message(&ws.open_conversation(conversation).unwrap(), id);
    assert_eq!(offline.html, fetched.html);
    assert_eq!(offline.remote_images_to_fetch, 0);
    assert_eq!(offline.remote_images_failed, 2);
}

#[test]
fn images_allowed_while_offline_are_fetched_when_the_server_is_back() {
    allow_loopback_images();
    let dir = tempfile::tempdir().unwrap();
    let mut server = ImageServer::start().unwrap();
    let port = server.port;
    let url = server.url("/logo.png");
    server.stop();
    let (first, _) = html_mail(dir.path(), 1, "ana@buyer.test", std::slice::from_ref(&url));
    let (second, _) = html_mail(dir.path(), 2, "ana@buyer.test", std::slice::from_ref(&url));
    let (ws, _clock) = common::workspace_at(dir.path(), common::monday_10_shanghai());

    // "Always show images from this sender", while the network is down.
    let allowed = ws
        .allow_remote_images(first, RemoteImageScope::Sender)
        .unwrap();
    assert!(!message(&allowed, first).remote_images_blocked);
    let offline = message(&ws.fetch_remote_images(first).unwrap(), first);
    assert_eq!(offline.remote_images_to_fetch, 1, "still to fetch");
    assert_eq!(
        offline.remote_images_failed, 1,
        "could not be loaded this time"
    );
    assert!(!offline.html.unwrap_or_default().contains("data:image"));

    let back = ImageServer::start_on(port).unwrap();
    let online = message(&ws.fetch_remote_images(first).unwrap(), first);
    assert_eq!(online.remote_images_to_fetch, 0);
    assert_eq!(online.remote_images_failed, 0);
    assert!(online
        .html
        .unwrap_or_default()
        .contains("data:image/png;base64,"));

    // The sender's other mail is allowed too, and fetched on its own.
    let other = ws.fetch_remote_images(second).unwrap();
    let other = message(&other, second);
    assert!(!other.remote_images_blocked);
    assert!(other
        .html
        .unwrap_or_default()
        .contains("data:image/png;base64,"));
    assert_eq!(back.requests().len(), 2);
}

#[test]
fn fetching_for_a_message_whose_images_are_not_allowed_asks_nothing() {
    allow_loopback_images();
    let dir = tempfile::tempdir().unwrap();
    let server = ImageServer::start().unwrap();
    let (id, _) = html_mail(dir.path(), 1, "ana@buyer.test", &[server.url("/logo.png")]);
    let (ws, _clock) = common::workspace_at(dir.path(), common::monday_10_shanghai());
    let detail = ws.fetch_remote_images(id).unwrap();
    assert!(message(&detail, id).remote_images_blocked);
    assert!(server.requests().is_empty());
}
