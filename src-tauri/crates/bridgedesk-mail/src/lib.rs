//! Bridgedesk's e-mail network engine.
//!
//! It talks IMAP and SMTP (and HTTP only for remote images the agent allowed): it downloads mail into a [`MailRepository`]
//! (implemented over SQLite by the store), mirrors flags and expunges both ways, keeps
//! INBOX pushed with IDLE, and sends the outbox exactly once. Parsing, threading and
//! display are other crates' work; this crate hands over raw bytes.
//!
//! The pieces:
//! - [`test_connection`] logs in to both servers once for the account dialog and returns
//!   a [`ServerReport`] or a [`MailError`] with a stable [`MailError::code`] and Fluent
//!   [`MailError::message_id`] (DNS, refused, TLS, wrong IMAP / SMTP password, timeout,
//!   protocol, plain text to a non-loopback host).
//! - [`TlsTrust`] (carried by [`AccountSettings`]) says which certificate authorities TLS
//!   and STARTTLS trust: the operating system's store, plus extra roots in tests.
//! - [`AccountSync::spawn`] starts one task per account and returns an
//!   [`AccountSyncHandle`] (`wake` after queueing a reply or a local change, `stop` to
//!   cancel). The task reports [`SyncEvent`]s on a tokio channel: progress, folder synced,
//!   new mail, outbox sent / failed, connection state, errors.
//! - [`ImageFetcher`] downloads the remote images of a message the agent allowed them for
//!   (no cookies, no referrer, size caps, raster images only) so the app never loads images
//!   from the web itself.
//! - [`SecretStore`] keeps passwords out of the database: [`KeychainSecretStore`] (OS
//!   keychain; on Linux the kernel keyutils store, no D-Bus needed) and
//!   [`MemorySecretStore`] for tests.
//!
//! One round of the task: LIST folders (SPECIAL-USE roles, else well-known names), push
//! pending local changes (STORE, MOVE or COPY + EXPUNGE), send due outbox items, sync
//! every folder (INBOX first; unchanged folders cost one SELECT thanks to CONDSTORE),
//! then IDLE on INBOX for at most [`SyncOptions::idle_interval`] (or poll), syncing INBOX
//! as soon as the server reports a change.

mod backoff;
mod engine;
mod error;
mod events;
mod folder_sync;
mod image_kind;
mod imap;
mod outbox;
mod probe;
mod public_hosts;
mod remote_images;
mod repository;
mod secrets;
mod settings;
mod smtp;
mod transport;
mod trust;

pub use backoff::Backoff;
pub use engine::{AccountSync, AccountSyncHandle, SyncOptions};
pub use probe::{test_connection, ServerReport};

pub use error::{MailError, Protocol};
pub use events::{ConnectionState, SyncEvent};
pub use image_kind::ImageKind;
pub use remote_images::{
    FetchedImage, ImageFetchLimits, ImageFetcher, ImageRefusal, ImageUnreachable, IMAGE_USER_AGENT,
};
pub use repository::{
    Flags, FolderState, IncomingMessage, IngestOutcome, LocalChange, LocalChangeKind,
    MailRepository, OutboxState, OutboxTransition, OutgoingMail, RepoError, SpecialUse,
};
pub use secrets::{Keeping, KeychainSecretStore, MemorySecretStore, SecretStore};
pub use settings::{AccountSettings, Endpoint, Security};
pub use trust::TlsTrust;
