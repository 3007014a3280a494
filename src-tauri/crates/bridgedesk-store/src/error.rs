//! Errors of the local store, each with a stable code and a Fluent message id for the UI.

use bridgedesk_model::AppError;
use std::path::PathBuf;

/// What can go wrong with the local store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file is not a SQLite database or its pages are damaged.
    #[error("The database file {path} is damaged: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    /// The database was written by a newer Bridgedesk.
    #[error("The database has schema version {found}; this build understands up to {supported}")]
    TooNew { found: i64, supported: i64 },
    /// The database is locked by another process for longer than the busy timeout.
    #[error("The database is in use by another process")]
    Busy,
    /// A file could not be read or written.
    #[error("File system error: {0}")]
    Io(#[from] std::io::Error),
    /// A row that should exist does not.
    #[error("No {entity} with id {id}")]
    NotFound { entity: &'static str, id: i64 },
    /// An imported record refers to a key that was never imported (a producer's bug).
    #[error("An imported record refers to an unknown {entity}")]
    UnknownKey { entity: &'static str },
    /// The caller passed something the store refuses.
    #[error("Invalid input: {0:?}")]
    Invalid(Invalid),
    /// Any other SQLite failure.
    #[error("SQLite error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => {
                StoreError::Corrupt {
                    path: PathBuf::new(),
                    detail: err.to_string(),
                }
            }
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => StoreError::Busy,
            _ => StoreError::Sqlite(err),
        }
    }
}

/// What the store refused, one Fluent message each (`error-store-invalid-<name>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    /// A tag longer than the store allows.
    Tag,
    /// An internal note with no text.
    Note,
    /// A reply with no text.
    Reply,
    /// A team name that is empty or too long.
    TeamName,
    /// A team name another team already has.
    TeamNameTaken,
}

/// Results of the store.
pub type StoreResult<T> = Result<T, StoreError>;

impl StoreError {
    /// Whether the file may be moved aside (with the user's consent) and replaced by a new one.
    pub fn is_recoverable_by_moving_aside(&self) -> bool {
        matches!(self, StoreError::Corrupt { .. })
    }

    /// The stable code and Fluent message the UI shows.
    pub fn to_app_error(&self) -> AppError {
        match self {
            StoreError::Corrupt { .. } => AppError::new("store.corrupt", "error-store-corrupt"),
            StoreError::TooNew { found, supported } => {
                AppError::new("store.too_new", "error-store-too-new")
                    .with_arg("found", found.to_string())
                    .with_arg("supported", supported.to_string())
            }
            StoreError::Busy => AppError::new("store.busy", "error-store-busy"),
            StoreError::Io(_) => AppError::new("store.io", "error-store-io"),
            StoreError::NotFound { .. } => {
                AppError::new("store.not_found", "error-store-not-found")
            }
            StoreError::UnknownKey { .. } => {
                AppError::new("store.unknown_key", "error-store-unknown-key")
            }
            StoreError::Invalid(Invalid::Tag) => {
                AppError::new("store.invalid", "error-store-invalid-tag")
            }
            StoreError::Invalid(Invalid::Note) => {
                AppError::new("store.invalid", "error-store-invalid-note")
            }
            StoreError::Invalid(Invalid::Reply) => {
                AppError::new("store.invalid", "error-store-invalid-reply")
            }
            StoreError::Invalid(Invalid::TeamName) => {
                AppError::new("store.invalid", "error-store-invalid-team-name")
            }
            StoreError::Invalid(Invalid::TeamNameTaken) => {
                AppError::new("store.invalid", "error-store-team-name-taken")
            }
            StoreError::Sqlite(_) => AppError::new("store.internal", "error-store-internal"),
        }
    }
}
