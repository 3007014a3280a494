//! Bridgedesk's local store: one SQLite file in the OS app-data folder, opened in WAL mode with
//! one writer connection and a small pool of readers, brought up to date by append-only
//! migrations, and queried through the repository modules below.
//!
//! A file that is not a database (or is damaged) is reported as [`StoreError::Corrupt`] and left
//! exactly as it is; [`move_aside`] renames it only when the user has agreed.

mod attachments;
mod automation;
mod conversation;
mod error;
pub mod fts;
mod import;
mod inbox;
mod mail_accounts;
mod mail_archive;
mod mail_ingest;
mod mail_outbox;
mod mail_sync;
pub mod migrations;
mod remote_images;
mod rows;
mod rules;
mod settings;
mod sla;
mod sla_settings;
mod standing;
mod stats;
mod teams;
mod triage;

pub use attachments::AttachmentStore;
pub use automation::RuleInputs;
pub use conversation::{ReplyDraft, StatusChange};
pub use error::{Invalid, StoreError, StoreResult};
pub use inbox::SEARCH_CANDIDATE_CAP;
pub use mail_archive::MarkedUnread;
pub use mail_ingest::{IncomingAttachment, IncomingEmail, IngestOutcome, ParsedEmail, RelayOrigin};
pub use mail_outbox::{EmailReply, OutgoingEmail, ReplyContext};
pub use mail_sync::{MailFolder, MirrorOutcome, PendingChange};
pub use remote_images::RemoteImageRecord;
pub use rules::{RuleRunRecord, StoredRule, StoredRuleRun, StoredTemplate};
pub use sla::{SlaInputs, SlaMessage, SlaWatch, SlaWrite, StoredSla};
pub use standing::OrderHistoryLine;
pub use stats::StoreStats;
pub use teams::MAX_TEAM_NAME_CHARS;
pub use triage::{CategoryCorrection, InboundMessage, TriageRecord, UntriagedMessage};

use rusqlite::{Connection, OpenFlags, Transaction};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The file name of the database inside the data folder.
pub const DATABASE_FILE_NAME: &str = "bridgedesk.sqlite3";

const READERS: usize = 2;

/// An open local store.
pub struct Store {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Vec<Mutex<Connection>>,
    next_reader: AtomicUsize,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path) -> StoreResult<Store> {
        let with_path = |err: StoreError| match err {
            StoreError::Corrupt { detail, .. } => StoreError::Corrupt {
                path: path.to_owned(),
                detail,
            },
            other => other,
        };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut writer = Connection::open(path)
            .map_err(StoreError::from)
            .map_err(with_path)?;
        configure(&writer).map_err(with_path)?;
        // Refuse a newer schema before anything (even the journal mode) touches the file.
        migrations::refuse_newer(&writer).map_err(with_path)?;
        writer
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(StoreError::from)
            .map_err(with_path)?;
        migrations::migrate(&mut writer).map_err(with_path)?;
        let mut readers = Vec::with_capacity(READERS);
        for _ in 0..READERS {
            let reader = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX
                    | OpenFlags::SQLITE_OPEN_URI,
            )?;
            configure(&reader)?;
            readers.push(Mutex::new(reader));
        }
        Ok(Store {
            path: path.to_owned(),
            writer: Mutex::new(writer),
            readers,
            next_reader: AtomicUsize::new(0),
        })
    }

    /// Where the database file lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on a reader connection.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> StoreResult<T>) -> StoreResult<T> {
        let index = self.next_reader.fetch_add(1, Ordering::Relaxed) % self.readers.len();
        let conn = self.readers[index]
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&conn).map_err(|err| self.locate(err))
    }

    /// Runs `f` in one write transaction, committed when `f` succeeds.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction) -> StoreResult<T>) -> StoreResult<T> {
        let mut conn = self
            .writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let tx = conn
            .transaction()
            .map_err(StoreError::from)
            .map_err(|err| self.locate(err))?;
        let value = f(&tx).map_err(|err| self.locate(err))?;
        tx.commit()
            .map_err(StoreError::from)
            .map_err(|err| self.locate(err))?;
        Ok(value)
    }

    /// Refreshes the query planner's statistics (after a bulk import).
    pub fn optimize(&self) -> StoreResult<()> {
        let conn = self
            .writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        conn.execute_batch("ANALYZE; PRAGMA optimize;")?;
        Ok(())
    }

    fn locate(&self, err: StoreError) -> StoreError {
        match err {
            StoreError::Corrupt { detail, .. } => StoreError::Corrupt {
                path: self.path.clone(),
                detail,
            },
            other => other,
        }
    }
}

fn configure(conn: &Connection) -> StoreResult<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         PRAGMA synchronous = NORMAL;
         PRAGMA cache_size = -32000;
         PRAGMA temp_store = MEMORY;",
    )?;
    Ok(())
}

/// Renames a damaged database (and its WAL and shared-memory files) to
/// `<name>.corrupt-<label>` beside it, so nothing is lost, and returns the new path of the main
/// file. Call only after the user agreed.
pub fn move_aside(path: &Path, label: &str) -> StoreResult<PathBuf> {
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(DATABASE_FILE_NAME);
    let target = path.with_file_name(format!("{file_name}.corrupt-{label}"));
    std::fs::rename(path, &target)?;
    for suffix in ["-wal", "-shm"] {
        let side = path.with_file_name(format!("{file_name}{suffix}"));
        if side.exists() {
            std::fs::rename(
                &side,
                target.with_file_name(format!("{file_name}.corrupt-{label}{suffix}")),
            )?;
        }
    }
    Ok(target)
}
