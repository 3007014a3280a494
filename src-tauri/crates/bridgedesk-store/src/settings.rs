//! The agent's settings, kept as key/value rows (locale, display name, time-zone override).

use crate::error::StoreResult;
use crate::Store;
use rusqlite::{params, OptionalExtension};

impl Store {
    /// One setting, if set.
    pub fn setting(&self, key: &str) -> StoreResult<Option<String>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
                .query_row([key], |r| r.get(0))
                .optional()?)
        })
    }

    /// Sets one setting.
    pub fn set_setting(&self, key: &str, value: &str) -> StoreResult<()> {
        self.write(|tx| {
            tx.prepare_cached(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            )?
            .execute(params![key, value])?;
            Ok(())
        })
    }

    /// Removes one setting (back to its default).
    pub fn remove_setting(&self, key: &str) -> StoreResult<()> {
        self.write(|tx| {
            tx.prepare_cached("DELETE FROM settings WHERE key = ?1")?
                .execute([key])?;
            Ok(())
        })
    }
}
