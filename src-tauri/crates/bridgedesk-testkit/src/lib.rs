//! Bridgedesk's mail test kit: real mail servers on loopback and realistic mail to fill them.
//!
//! The e-mail channel (issue 3) must be proven against real servers, not mocks written in the
//! project. This crate starts, for one test, a private Dovecot (IMAP with IDLE, CONDSTORE,
//! QRESYNC, special-use folders, plus LMTP) and a private Postfix (SMTP submission with SASL
//! authentication through Dovecot, delivering over LMTP into Dovecot) on `127.0.0.1`, on free
//! high ports, in a temporary folder, and stops them by their own PIDs when dropped. It also
//! generates deterministic, realistic buyer mailboxes (threads, nine languages, legacy charsets,
//! HTML, attachments, Amazon and eBay relay senders, malformed and hostile samples) with the
//! number of conversations a correct threader must find. [`MailServers::start_with_tls`] adds
//! STARTTLS and implicit-TLS ports with a `localhost` certificate from a throw-away authority,
//! so the client's TLS is proven against the same real servers. [`ImageServer`] is a small
//! loopback HTTP server with the awkward answers remote images in mail can give.
//!
//! It is used only as a dev-dependency of other crates' tests and by `tests/tools/bench-mail.sh`
//! (through the `mail-fixture` binary). Debian packages needed: `dovecot-imapd dovecot-lmtpd
//! postfix` (installed by `tests/tools/setup-debian.sh`). Postfix needs root for its private
//! instance; Dovecot runs as root (dropping to the `bdtest` system user, created if missing) or
//! as the current user ([`MailServers::start_imap_only`] starts Dovecot alone, without root).
//! See tests/servers/README.md for what each server offers.
//!
//! ```no_run
//! use bridgedesk_testkit::{generate_mailbox, MailServers};
//!
//! let servers = MailServers::start()?;
//! servers.add_user("buyer", "secret")?;
//! let mailbox = generate_mailbox(7, 200);
//! servers.write_maildir("buyer", "INBOX", mailbox.messages.iter().cloned())?;
//! // connect an IMAP client to 127.0.0.1:servers.imap_port as buyer / secret …
//! assert_eq!(servers.mailbox_messages("buyer", "INBOX")?.len(), 200);
//! # Ok::<(), anyhow::Error>(())
//! ```

mod dovecot;
mod fixtures;
mod generator;
mod image_server;
mod maildir;
mod postfix;
mod process;
mod servers;
mod tls;

pub use fixtures::{hostile_messages, FixtureMessage};
pub use generator::{generate_mailbox, GeneratedMailbox, MessageFacts, MessageKind};
pub use image_server::{
    tiny_png, ImageServer, SeenRequest, HUGE_BYTES, SLOW_DELAY, TINY_PNG_BASE64,
};
pub use servers::{ImapAdmin, MailServers, MAIL_DOMAIN};
pub use tls::{ServerTls, TLS_HOST};
