//! Bridgedesk's e-mail network engine.
//!
//! It talks IMAP and SMTP and nothing else: it downloads mail into a [`MailRepository`]
//! (implemented over SQLite by the store), mirrors flags and expunges both ways, keeps
//! INBOX pushed with IDLE, and sends the outbox exactly once. Parsing, threading and
//! display are other crates' work; this crate hands over raw bytes.

mod backoff;
mod engine;
mod error;
mod events;
mod folder_sync;
mod imap;
mod outbox;
mod probe;
mod repository;
mod secrets;
mod settings;
mod smtp;
mod transport;

pub use backoff::Backoff;
pub use engine::{AccountSync, AccountSyncHandle, SyncOptions};
pub use probe::{test_connection, ServerReport};

pub use error::{MailError, Protocol};
pub use events::{ConnectionState, SyncEvent};
pub use repository::{
    Flags, FolderState, IncomingMessage, IngestOutcome, LocalChange, LocalChangeKind,
    MailRepository, OutboxState, OutboxTransition, OutgoingMail, RepoError, SpecialUse,
};
pub use secrets::{KeychainSecretStore, MemorySecretStore, SecretStore};
pub use settings::{AccountSettings, Endpoint, Security};
