//! Append-only schema migrations. Each runs in its own transaction and bumps `user_version`;
//! a database whose `user_version` is newer than this build knows is refused, never touched.
//!
//! Each migration carries its own number (the number in its file name), and `user_version` is
//! set to that number. Numbers are handed out per branch, so a branch may ship 0004 while 0003
//! is still being written elsewhere; once both land they run in number order.

use crate::error::{StoreError, StoreResult};
use rusqlite::Connection;

/// Every migration with its number, oldest first. Never edit or reorder a shipped entry; append
/// a new one.
const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../migrations/0001_initial.sql")),
    (2, include_str!("../migrations/0002_sla.sql")),
    (3, include_str!("../migrations/0003_sla_settings.sql")),
    (4, include_str!("../migrations/0004_triage_rules.sql")),
    (5, include_str!("../migrations/0005_mail.sql")),
    (6, include_str!("../migrations/0006_mail_archive.sql")),
    (7, include_str!("../migrations/0007_outbox_sent_copy.sql")),
    (8, include_str!("../migrations/0008_teams.sql")),
    (9, include_str!("../migrations/0009_remote_images.sql")),
];

/// The schema version this build writes (the number of the newest migration).
pub const LATEST_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].0;

/// Brings the database up to `LATEST_VERSION`, or refuses a newer one.
pub fn migrate(conn: &mut Connection) -> StoreResult<()> {
    migrate_to(conn, LATEST_VERSION)
}

/// Fails with [`StoreError::TooNew`] when the file was written by a newer build. Reading the
/// version is also the first read of the file, so a file that is not a database fails here.
pub fn refuse_newer(conn: &Connection) -> StoreResult<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if current > LATEST_VERSION {
        return Err(StoreError::TooNew {
            found: current,
            supported: LATEST_VERSION,
        });
    }
    Ok(())
}

/// Applies migrations up to `target` (tests use this to build an older schema).
pub fn migrate_to(conn: &mut Connection, target: i64) -> StoreResult<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if current > LATEST_VERSION {
        return Err(StoreError::TooNew {
            found: current,
            supported: LATEST_VERSION,
        });
    }
    for &(version, sql) in MIGRATIONS
        .iter()
        .filter(|(version, _)| *version > current && *version <= target)
    {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        tracing::info!("Migrated the store to schema version {version}");
    }
    Ok(())
}
