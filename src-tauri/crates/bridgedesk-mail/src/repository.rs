//! The persistence boundary of the mail engine.
//!
//! The engine never touches SQLite itself: the integration layer implements
//! [`MailRepository`] over the store, tests implement it in memory. Every function is
//! synchronous; the engine calls them through `tokio::task::spawn_blocking`, so an
//! implementation may block on a database lock. The engine only advances a folder's
//! stored [`FolderState`] after every message up to it was ingested, which is what makes
//! an interrupted sync safe to resume.

use std::collections::BTreeSet;

/// Why a repository call failed. The engine stops the current sync round, reports the
/// error and retries later; it never skips data because of a repository error.
#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    /// The underlying store failed (SQLite error, disk full, ...). The text is for logs
    /// and must not contain personal data.
    #[error("mail repository storage failed: {0}")]
    Storage(String),
    /// A referenced row (outbox item, local change) does not exist any more.
    #[error("mail repository row not found: {0}")]
    NotFound(String),
}

/// The role of a folder, from the RFC 6154 SPECIAL-USE attributes (or from the well-known
/// name `INBOX`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SpecialUse {
    /// `INBOX`.
    Inbox,
    /// `\Sent`.
    Sent,
    /// `\Archive` (or `\All` when no archive exists).
    Archive,
    /// `\Drafts`.
    Drafts,
    /// `\Trash`.
    Trash,
    /// `\Junk`.
    Junk,
}

/// The synchronisation cursor of one folder, persisted per (account, folder).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FolderState {
    /// UIDVALIDITY the UIDs below belong to.
    pub uidvalidity: u32,
    /// Every message with a UID below this one has been ingested.
    pub uidnext: u32,
    /// HIGHESTMODSEQ (RFC 7162) up to which flag changes were applied; 0 when the
    /// server has no CONDSTORE.
    pub highest_modseq: u64,
}

/// IMAP message flags. System flags are fields; keywords are kept sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    /// `\Seen`.
    pub seen: bool,
    /// `\Answered`.
    pub answered: bool,
    /// `\Flagged`.
    pub flagged: bool,
    /// `\Deleted`.
    pub deleted: bool,
    /// `\Draft`.
    pub draft: bool,
    /// Other keywords (`$Forwarded`, `$Junk`, user keywords), sorted.
    pub keywords: BTreeSet<String>,
}

/// One message fetched from the server, handed to [`MailRepository::ingest`].
#[derive(Debug, Clone, Copy)]
pub struct IncomingMessage<'a> {
    /// Local account id.
    pub account: i64,
    /// Folder name as the server spells it (modified UTF-7 decoded is the repository's
    /// choice; the engine passes the server name).
    pub folder: &'a str,
    /// The folder's role, when known.
    pub special_use: Option<SpecialUse>,
    /// UIDVALIDITY of the folder.
    pub uidvalidity: u32,
    /// UID of the message in the folder.
    pub uid: u32,
    /// MODSEQ of the message when the server has CONDSTORE.
    pub modseq: Option<u64>,
    /// Flags at fetch time.
    pub flags: &'a Flags,
    /// INTERNALDATE as UTC milliseconds, when the server sent a parsable one.
    pub internal_date_ms: Option<i64>,
    /// The complete RFC 5322 bytes exactly as the server sent them. Parsing is the
    /// repository's job; a message that does not parse must still be stored.
    pub raw: &'a [u8],
}

/// What [`MailRepository::ingest`] did with a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IngestOutcome {
    /// A new message was stored.
    Inserted,
    /// The (account, folder, uidvalidity, uid) or the Message-ID was already stored;
    /// nothing was duplicated (the location may have been updated).
    AlreadyStored,
}

/// A change made locally by the agent that must be pushed to the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalChange {
    /// Row id, passed back to [`MailRepository::local_change_done`].
    pub id: i64,
    /// Folder the message is in on the server.
    pub folder: String,
    /// UIDVALIDITY the UID belongs to; a change for an older UIDVALIDITY is dropped.
    pub uidvalidity: u32,
    /// UID of the message.
    pub uid: u32,
    /// What to do.
    pub kind: LocalChangeKind,
}

/// The kinds of local changes the engine pushes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalChangeKind {
    /// Set (`true`) or clear (`false`) `\Seen`.
    SetSeen(bool),
    /// Set or clear `\Flagged`.
    SetFlagged(bool),
    /// Move the message to the folder with this role (e.g. Archive).
    MoveTo(SpecialUse),
    /// Delete the message (`\Deleted` then `UID EXPUNGE`).
    Delete,
}

/// One outbox item ready to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    /// Outbox row id.
    pub outbox_id: i64,
    /// Local account id.
    pub account: i64,
    /// The Message-ID header value without angle brackets; used to find an already sent
    /// copy in Sent after a crash.
    pub message_id: String,
    /// SMTP envelope sender (MAIL FROM).
    pub envelope_from: String,
    /// SMTP envelope recipients (RCPT TO), at least one.
    pub recipients: Vec<String>,
    /// Complete RFC 5322 message, CRLF line endings.
    pub raw: Vec<u8>,
    /// State the item is in when handed out: `Sending` means a previous attempt may
    /// have delivered it (crash mid-send) and Sent must be searched first.
    pub state: OutboxState,
    /// Failed attempts so far (drives the retry backoff).
    pub attempts: u32,
}

/// Where an outbox item is when handed to the sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxState {
    /// Written, never tried.
    Queued,
    /// An attempt started and never finished (the app stopped mid-send).
    Sending,
    /// A previous attempt failed and its retry time has come.
    Failed,
    /// The server accepted it; only the copy in Sent is still to be filed (never submit again).
    Accepted,
}

/// A state change the sender records for an outbox item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutboxTransition {
    /// An attempt starts now.
    Sending {
        /// UTC ms.
        at_ms: i64,
    },
    /// The SMTP server accepted the message; the copy in Sent is still to be filed. Recorded
    /// before the copy is appended, so a crash in between never submits it again.
    Accepted {
        /// UTC ms.
        at_ms: i64,
    },
    /// The server accepted the message and its Sent copy is filed (or was found in Sent, or
    /// the server files it itself).
    Sent {
        /// UTC ms.
        at_ms: i64,
    },
    /// The attempt failed; retry at `retry_at_ms` unless `permanent`.
    Failed {
        /// Stable reason code (a [`crate::MailError::code`]).
        reason: String,
        /// Fluent message id of the reason.
        message_id: String,
        /// When to try again, UTC ms.
        retry_at_ms: i64,
        /// Attempts so far including this one.
        attempts: u32,
        /// The server rejected the message itself (5xx on RCPT/DATA): retrying will not help.
        permanent: bool,
    },
}

/// Persistence needed by the sync engine and the outbox sender. Implementations must be
/// idempotent where noted: the engine may repeat a call after a reconnect.
pub trait MailRepository: Send + Sync + 'static {
    /// The stored cursor of a folder, `None` before its first sync.
    fn folder_state(&self, account: i64, folder: &str) -> Result<Option<FolderState>, RepoError>;
    /// Stores a folder's cursor. Called only after everything it covers is ingested.
    fn save_folder_state(
        &self,
        account: i64,
        folder: &str,
        state: &FolderState,
    ) -> Result<(), RepoError>;
    /// UIDs stored for a folder under a UIDVALIDITY, ascending.
    fn known_uids(
        &self,
        account: i64,
        folder: &str,
        uidvalidity: u32,
    ) -> Result<Vec<u32>, RepoError>;
    /// Stores one message. MUST be idempotent on (account, folder, uidvalidity, uid), and
    /// a message already stored in that folder under an older UIDVALIDITY with the same
    /// Message-ID is re-keyed to the new location, not duplicated. Two different messages
    /// with the same Message-ID under one UIDVALIDITY (hostile mail) are both kept.
    fn ingest(&self, item: IncomingMessage<'_>) -> Result<IngestOutcome, RepoError>;
    /// Stores a fetched batch (same account and folder), with [`MailRepository::ingest`]'s
    /// guarantees for each message; one outcome per item, in order. A repository may store
    /// the batch all at once (one transaction); the default stores one message at a time.
    fn ingest_batch(&self, items: &[IncomingMessage<'_>]) -> Result<Vec<IngestOutcome>, RepoError> {
        items.iter().map(|item| self.ingest(*item)).collect()
    }
    /// Mirrors server-side flag changes.
    fn apply_remote_flags(
        &self,
        account: i64,
        folder: &str,
        uidvalidity: u32,
        changes: &[(u32, Flags)],
    ) -> Result<(), RepoError>;
    /// Mirrors server-side expunges (the messages left this folder).
    fn remote_expunged(
        &self,
        account: i64,
        folder: &str,
        uidvalidity: u32,
        uids: &[u32],
    ) -> Result<(), RepoError>;
    /// The folder's UIDVALIDITY changed: forget old UIDs (keep the messages, re-key them
    /// by Message-ID on re-ingest) and drop the folder state.
    fn uidvalidity_changed(&self, account: i64, folder: &str, new: u32) -> Result<(), RepoError>;
    /// The folders the server listed at the start of a round, with their roles (an empty
    /// Archive folder is known this way before any message was filed there). Default: ignored.
    fn folders_found(
        &self,
        _account: i64,
        _folders: &[(String, Option<SpecialUse>)],
    ) -> Result<(), RepoError> {
        Ok(())
    }
    /// Local changes waiting to be pushed, oldest first.
    fn pending_local_changes(&self, account: i64) -> Result<Vec<LocalChange>, RepoError>;
    /// A local change was applied on the server (or is obsolete).
    fn local_change_done(&self, id: i64) -> Result<(), RepoError>;
    /// The next outbox item due at `now_ms`: queued, failed with `retry_at <= now_ms`
    /// (not permanent), or left in sending by a crash. `None` when nothing is due.
    fn next_outgoing(&self, account: i64, now_ms: i64) -> Result<Option<OutgoingMail>, RepoError>;
    /// Records an outbox state change.
    fn set_outgoing_state(&self, outbox_id: i64, state: OutboxTransition) -> Result<(), RepoError>;
}
