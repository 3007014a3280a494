//! What the agent does to a conversation that its mailbox must learn too: resolving or
//! closing it archives its INBOX mail (when the account says so), and "mark as unread" clears
//! `\Seen` on the buyer's last message. Both only queue changes (`mail_changes`); the account's
//! sync pushes them. Also the folder roles the server announced, so "has an Archive folder" is
//! known before anything was ever filed there.

use crate::conversation::{exists, summary_of};
use crate::error::StoreResult;
use crate::import::refresh_conversation;
use crate::Store;
use bridgedesk_model::{ConversationSummary, RowId, UtcMillis};
use rusqlite::{params, OptionalExtension};

/// The INBOX copies of conversation `?1`'s mail that closing it moves: the account archives on
/// close, has an Archive folder, and the copy is not already on its way there.
const INBOX_MAIL_TO_ARCHIVE: &str = "FROM mail_locations l
     JOIN messages m ON m.id = l.message_id
     JOIN mail_folders f ON f.id = l.folder_id
     JOIN email_accounts a ON a.id = l.account_id
 WHERE m.conversation_id = ?1 AND a.archive_on_close = 1
     AND (f.special_use = 'inbox' OR upper(f.name) = 'INBOX')
     AND EXISTS (SELECT 1 FROM mail_folders af
                 WHERE af.account_id = l.account_id AND af.special_use = 'archive')
     AND NOT EXISTS (SELECT 1 FROM mail_changes c WHERE c.location_id = l.id AND c.kind = 'archive')";

/// What "mark as unread" changed.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkedUnread {
    pub summary: ConversationSummary,
    /// Accounts with a queued `unread` change (their sync should run now), sorted.
    pub accounts: Vec<RowId>,
}

impl Store {
    /// Queues an `archive` change for each of the conversation's messages that sit in an
    /// account's INBOX, when that account archives on close and has an Archive folder. Returns
    /// the accounts that got changes (sorted): nothing when the conversation is not e-mail.
    pub fn archive_closed_conversation(&self, id: RowId, at: UtcMillis) -> StoreResult<Vec<RowId>> {
        self.write(|tx| {
            exists(tx, id)?;
            let accounts: Vec<RowId> = tx
                .prepare_cached(&format!(
                    "SELECT DISTINCT l.account_id {INBOX_MAIL_TO_ARCHIVE} ORDER BY l.account_id"
                ))?
                .query_map([id], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            tx.prepare_cached(&format!(
                "INSERT INTO mail_changes (account_id, location_id, kind, created_at)
                 SELECT l.account_id, l.id, 'archive', ?2 {INBOX_MAIL_TO_ARCHIVE} ORDER BY l.id"
            ))?
            .execute(params![id, at])?;
            Ok(accounts)
        })
    }

    /// Drops the conversation's archive changes the server has not received yet (the agent
    /// reopened it before its account synced); returns how many.
    pub fn cancel_pending_archive(&self, id: RowId) -> StoreResult<usize> {
        self.write(|tx| {
            Ok(tx
                .prepare_cached(
                    "DELETE FROM mail_changes WHERE kind = 'archive' AND location_id IN
                         (SELECT l.id FROM mail_locations l JOIN messages m ON m.id = l.message_id
                          WHERE m.conversation_id = ?1)",
                )?
                .execute([id])?)
        })
    }

    /// Marks the buyer's last message of the conversation unread, and queues `unread` for its
    /// server copies. A conversation without buyer messages is left as it is.
    pub fn mark_unread(&self, id: RowId, at: UtcMillis) -> StoreResult<MarkedUnread> {
        self.write(|tx| {
            exists(tx, id)?;
            let last: Option<RowId> = tx
                .prepare_cached(
                    "SELECT id FROM messages WHERE conversation_id = ?1 AND direction = 'inbound'
                     ORDER BY sent_at DESC, id DESC LIMIT 1",
                )?
                .query_row([id], |r| r.get(0))
                .optional()?;
            let mut accounts = Vec::new();
            if let Some(message_id) = last {
                tx.prepare_cached("UPDATE messages SET is_read = 0 WHERE id = ?1")?
                    .execute([message_id])?;
                accounts = tx
                    .prepare_cached(
                        "SELECT DISTINCT account_id FROM mail_locations WHERE message_id = ?1
                         ORDER BY account_id",
                    )?
                    .query_map([message_id], |r| r.get(0))?
                    .collect::<Result<_, _>>()?;
                tx.prepare_cached(
                    "INSERT INTO mail_changes (account_id, location_id, kind, created_at)
                     SELECT account_id, id, 'unread', ?2 FROM mail_locations WHERE message_id = ?1
                     ORDER BY id",
                )?
                .execute(params![message_id, at])?;
                refresh_conversation(tx, id)?;
            }
            Ok(MarkedUnread {
                summary: summary_of(tx, id)?,
                accounts,
            })
        })
    }

    /// Records the folders the server listed with their roles (`inbox`, `archive` … or empty),
    /// keeping every folder's sync cursor.
    pub fn record_mail_folders(
        &self,
        account_id: RowId,
        folders: &[(String, String)],
    ) -> StoreResult<()> {
        self.write(|tx| {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO mail_folders (account_id, name, special_use) VALUES (?1, ?2, ?3)
                 ON CONFLICT(account_id, name) DO UPDATE SET special_use = excluded.special_use",
            )?;
            for (name, special_use) in folders {
                stmt.execute(params![account_id, name, special_use])?;
            }
            Ok(())
        })
    }
}
