//! Append-only schema migrations. Each runs in its own transaction and bumps `user_version`;
//! a database whose `user_version` is newer than this build knows is refused, never touched.

use crate::error::{StoreError, StoreResult};
use rusqlite::Connection;

/// Every migration, oldest first. Never edit or reorder a shipped entry; append a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_initial.sql"),
    include_str!("../migrations/0002_sla.sql"),
    // Numbered 0005 on the e-mail branch (0003 and 0004 are other branches'); renumber its
    // position at merge so versions stay 1..N in order.
    include_str!("../migrations/0005_mail.sql"),
];

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

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
    for (index, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .take(target as usize)
        .skip(current as usize)
    {
        let version = index as i64 + 1;
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        tracing::info!("Migrated the store to schema version {version}");
    }
    Ok(())
}
