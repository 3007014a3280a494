//! What the engine tells the rest of the app while it works, over a tokio channel. The
//! core forwards these to the UI (progress bar, toasts, connection indicator).

/// State of an account's connection as shown to the agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectionState {
    /// Connecting or reconnecting.
    Connecting,
    /// Logged in and syncing or idling.
    Online,
    /// Waiting before the next reconnect attempt.
    Offline {
        /// When the next attempt happens, UTC ms.
        retry_at_ms: i64,
    },
}

/// One event from an account's sync task or outbox sender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncEvent {
    /// Initial or catch-up download progress of a folder.
    Progress {
        /// Account id.
        account: i64,
        /// Folder name.
        folder: String,
        /// Messages downloaded so far in this round.
        done: u32,
        /// Messages to download in this round.
        total: u32,
    },
    /// A folder is in sync with the server.
    FolderSynced {
        /// Account id.
        account: i64,
        /// Folder name.
        folder: String,
    },
    /// New messages were stored.
    NewMail {
        /// Account id.
        account: i64,
        /// Folder name.
        folder: String,
        /// How many were inserted.
        count: u32,
    },
    /// An outbox item was sent (or found already in Sent).
    OutboxSent {
        /// Account id.
        account: i64,
        /// Outbox row id.
        outbox_id: i64,
    },
    /// An outbox item failed; it will be retried at `retry_at_ms` unless permanent.
    OutboxFailed {
        /// Account id.
        account: i64,
        /// Outbox row id.
        outbox_id: i64,
        /// Stable error code.
        code: String,
        /// Retry instant, UTC ms.
        retry_at_ms: i64,
    },
    /// The connection state changed.
    Connection {
        /// Account id.
        account: i64,
        /// New state.
        state: ConnectionState,
    },
    /// An error happened; the engine carries on (retrying) unless it is permanent.
    Error {
        /// Account id.
        account: i64,
        /// Stable error code ([`crate::MailError::code`]).
        code: String,
        /// Fluent message id ([`crate::MailError::message_id`]).
        message_id: String,
    },
}

impl SyncEvent {
    /// The event for an error.
    pub fn error(account: i64, err: &crate::MailError) -> Self {
        Self::Error {
            account,
            code: err.code().to_owned(),
            message_id: err.message_id().to_owned(),
        }
    }
}
