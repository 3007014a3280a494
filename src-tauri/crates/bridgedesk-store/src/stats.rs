//! Counts for the command line's `stats` and for the workspace status.

use crate::error::StoreResult;
use crate::Store;

/// How much the store holds.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StoreStats {
    pub stores: i64,
    pub customers: i64,
    pub orders: i64,
    pub conversations: i64,
    pub messages: i64,
    pub queued_replies: i64,
    pub schema_version: i64,
    pub file_bytes: u64,
}

impl Store {
    /// Counts of every main table.
    pub fn stats(&self) -> StoreResult<StoreStats> {
        let file_bytes = std::fs::metadata(self.path()).map(|m| m.len()).unwrap_or(0);
        self.read(|conn| {
            let count = |table: &str| -> StoreResult<i64> {
                Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
            };
            Ok(StoreStats {
                stores: count("stores")?,
                customers: count("customers")?,
                orders: count("orders")?,
                conversations: count("conversations")?,
                messages: count("messages")?,
                queued_replies: conn.query_row(
                    "SELECT count(*) FROM outbox WHERE state = 'queued'",
                    [],
                    |r| r.get(0),
                )?,
                schema_version: conn.query_row("PRAGMA user_version", [], |r| r.get(0))?,
                file_bytes,
            })
        })
    }

    /// How many conversations the store holds (start-up asks this; `stats` would also count
    /// every message).
    pub fn conversation_count(&self) -> StoreResult<u32> {
        self.read(|conn| {
            let count: i64 =
                conn.query_row("SELECT count(*) FROM conversations", [], |r| r.get(0))?;
            Ok(count as u32)
        })
    }

    /// Whether the store holds any conversation (cheap: stops at the first row).
    pub fn has_conversations(&self) -> StoreResult<bool> {
        self.read(|conn| {
            Ok(
                conn.query_row("SELECT EXISTS (SELECT 1 FROM conversations)", [], |r| {
                    r.get(0)
                })?,
            )
        })
    }
}
