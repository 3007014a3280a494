//! The IMAP sync state of each account: folders with their cursors (UIDVALIDITY, UIDNEXT,
//! HIGHESTMODSEQ), where each message sits, flag changes and expunges mirrored from the server,
//! and the queue of local changes (read, archive, delete) the server must learn.

use crate::error::{StoreError, StoreResult};
use crate::import::refresh_conversation;
use crate::Store;
use bridgedesk_model::{RowId, UtcMillis};
use rusqlite::{params, OptionalExtension, Transaction};

/// A folder, its role and the cursor of its last sync (0 = not yet known).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailFolder {
    pub name: String,
    pub special_use: String,
    pub uidvalidity: u32,
    pub uidnext: u32,
    pub highest_modseq: u64,
}

/// A change the agent made locally that waits to be pushed to the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingChange {
    pub id: RowId,
    pub folder: String,
    pub uidvalidity: u32,
    pub uid: u32,
    /// `read`, `unread`, `archive` or `delete`.
    pub kind: String,
}

/// What a flag or expunge pass changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MirrorOutcome {
    /// Conversations whose messages changed, sorted.
    pub conversation_ids: Vec<RowId>,
}

impl Store {
    /// Every folder of an account with its stored cursor, by name.
    pub fn mail_folders(&self, account_id: RowId) -> StoreResult<Vec<MailFolder>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT name, special_use, uidvalidity, uidnext, highest_modseq FROM mail_folders
                     WHERE account_id = ?1 ORDER BY name",
                )?
                .query_map([account_id], |r| {
                    Ok(MailFolder {
                        name: r.get(0)?,
                        special_use: r.get(1)?,
                        uidvalidity: r.get(2)?,
                        uidnext: r.get(3)?,
                        highest_modseq: r.get::<_, i64>(4)?.max(0) as u64,
                    })
                })?
                .collect::<Result<_, _>>()?)
        })
    }

    /// Records a folder the server listed (or its new special use).
    pub fn upsert_mail_folder(
        &self,
        account_id: RowId,
        name: &str,
        special_use: &str,
    ) -> StoreResult<()> {
        self.write(|tx| {
            tx.prepare_cached(
                "INSERT INTO mail_folders (account_id, name, special_use) VALUES (?1, ?2, ?3)
                 ON CONFLICT(account_id, name) DO UPDATE SET special_use = excluded.special_use",
            )?
            .execute(params![account_id, name, special_use])?;
            Ok(())
        })
    }

    /// Saves a folder's cursor after a sync pass. A new UIDVALIDITY drops every location of
    /// the old one first: their UIDs mean nothing now, and the messages are found again by
    /// Message-ID when the folder is fetched anew, so nothing is duplicated.
    pub fn save_folder_state(
        &self,
        account_id: RowId,
        folder: &str,
        uidvalidity: u32,
        uidnext: u32,
        highest_modseq: u64,
        at: UtcMillis,
    ) -> StoreResult<()> {
        self.write(|tx| {
            let folder_id = folder_id(tx, account_id, folder)?;
            tx.prepare_cached(
                "DELETE FROM mail_locations WHERE folder_id = ?1 AND uidvalidity <> ?2",
            )?
            .execute(params![folder_id, uidvalidity])?;
            tx.prepare_cached(
                "UPDATE mail_folders SET uidvalidity = ?2, uidnext = ?3, highest_modseq = ?4,
                     synced_at = ?5 WHERE id = ?1",
            )?
            .execute(params![
                folder_id,
                uidvalidity,
                uidnext,
                highest_modseq as i64,
                at
            ])?;
            Ok(())
        })
    }

    /// Forgets a folder's locations of an old UIDVALIDITY (the server renumbered it).
    pub fn reset_mail_folder(&self, account_id: RowId, folder: &str) -> StoreResult<()> {
        self.write(|tx| {
            let folder_id = folder_id(tx, account_id, folder)?;
            tx.prepare_cached("DELETE FROM mail_locations WHERE folder_id = ?1")?
                .execute([folder_id])?;
            tx.prepare_cached(
                "UPDATE mail_folders SET uidvalidity = 0, uidnext = 0, highest_modseq = 0 WHERE id = ?1",
            )?
            .execute([folder_id])?;
            Ok(())
        })
    }

    /// The UIDs stored for a folder under this UIDVALIDITY, ascending.
    pub fn known_uids(
        &self,
        account_id: RowId,
        folder: &str,
        uidvalidity: u32,
    ) -> StoreResult<Vec<u32>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT l.uid FROM mail_locations l JOIN mail_folders f ON f.id = l.folder_id
                     WHERE f.account_id = ?1 AND f.name = ?2 AND l.uidvalidity = ?3 ORDER BY l.uid",
                )?
                .query_map(params![account_id, folder, uidvalidity], |r| r.get(0))?
                .collect::<Result<_, _>>()?)
        })
    }

    /// Mirrors the server's flags of some UIDs: `\Seen` is the message's read state.
    pub fn apply_mail_flags(
        &self,
        account_id: RowId,
        folder: &str,
        uidvalidity: u32,
        flags: &[(u32, Vec<String>)],
    ) -> StoreResult<MirrorOutcome> {
        self.write(|tx| {
            let folder_id = folder_id(tx, account_id, folder)?;
            let mut touched = Vec::new();
            for (uid, uid_flags) in flags {
                let Some(message_id) = located(tx, folder_id, uidvalidity, *uid)? else {
                    continue;
                };
                tx.prepare_cached(
                    "UPDATE mail_locations SET flags = ?4 WHERE folder_id = ?1 AND uidvalidity = ?2 AND uid = ?3",
                )?
                .execute(params![folder_id, uidvalidity, uid, uid_flags.join(" ")])?;
                let seen = uid_flags.iter().any(|f| f.eq_ignore_ascii_case("\\Seen"));
                let changed = tx
                    .prepare_cached(
                        "UPDATE messages SET is_read = ?2 WHERE id = ?1 AND direction = 'inbound' AND is_read <> ?2",
                    )?
                    .execute(params![message_id, seen])?;
                if changed > 0 {
                    touched.push(conversation_of(tx, message_id)?);
                }
            }
            finish(tx, touched)
        })
    }

    /// Mirrors expunged UIDs: the location goes, and a message left in no folder at all goes
    /// from its conversation (deleted on the server by the agent or another client), unless
    /// the app moved it and the next folder's sync will find it there.
    pub fn apply_mail_expunge(
        &self,
        account_id: RowId,
        folder: &str,
        uidvalidity: u32,
        uids: &[u32],
    ) -> StoreResult<MirrorOutcome> {
        self.write(|tx| {
            let folder_id = folder_id(tx, account_id, folder)?;
            let mut touched = Vec::new();
            for uid in uids {
                let Some(message_id) = located(tx, folder_id, uidvalidity, *uid)? else {
                    continue;
                };
                tx.prepare_cached(
                    "DELETE FROM mail_locations WHERE folder_id = ?1 AND uidvalidity = ?2 AND uid = ?3",
                )?
                .execute(params![folder_id, uidvalidity, uid])?;
                let remaining: i64 = tx
                    .prepare_cached("SELECT count(*) FROM mail_locations WHERE message_id = ?1")?
                    .query_row([message_id], |r| r.get(0))?;
                let in_outbox: i64 = tx
                    .prepare_cached("SELECT count(*) FROM outbox WHERE message_id = ?1")?
                    .query_row([message_id], |r| r.get(0))?;
                let moving: bool = tx
                    .prepare_cached(
                        "SELECT count(*) > 0 FROM email_messages WHERE message_id = ?1 AND moving_to <> ''",
                    )?
                    .query_row([message_id], |r| r.get(0))?;
                let conversation_id = conversation_of(tx, message_id)?;
                if remaining == 0 && in_outbox == 0 && !moving {
                    tx.prepare_cached("DELETE FROM message_fts WHERE rowid = ?1")?
                        .execute([message_id])?;
                    tx.prepare_cached("DELETE FROM messages WHERE id = ?1")?
                        .execute([message_id])?;
                }
                touched.push(conversation_id);
            }
            finish(tx, touched)
        })
    }

    /// Queues a local change of every server copy of a message (the agent read, archived or
    /// deleted it here).
    pub fn queue_mail_change(
        &self,
        message_id: RowId,
        kind: &str,
        at: UtcMillis,
    ) -> StoreResult<usize> {
        self.write(|tx| {
            Ok(tx
                .prepare_cached(
                    "INSERT INTO mail_changes (account_id, location_id, kind, created_at)
                     SELECT account_id, id, ?2, ?3 FROM mail_locations WHERE message_id = ?1",
                )?
                .execute(params![message_id, kind, at])?)
        })
    }

    /// Local changes waiting for an account's server, oldest first.
    pub fn pending_mail_changes(&self, account_id: RowId) -> StoreResult<Vec<PendingChange>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT c.id, f.name, l.uidvalidity, l.uid, c.kind FROM mail_changes c
                         JOIN mail_locations l ON l.id = c.location_id
                         JOIN mail_folders f ON f.id = l.folder_id
                     WHERE c.account_id = ?1 ORDER BY c.id",
                )?
                .query_map([account_id], |r| {
                    Ok(PendingChange {
                        id: r.get(0)?,
                        folder: r.get(1)?,
                        uidvalidity: r.get(2)?,
                        uid: r.get(3)?,
                        kind: r.get(4)?,
                    })
                })?
                .collect::<Result<_, _>>()?)
        })
    }

    /// Removes a change the server has applied. An applied `archive` leaves the message
    /// marked as moving to Archive, so its copy vanishing from INBOX does not delete it.
    pub fn complete_mail_change(&self, change_id: RowId) -> StoreResult<()> {
        self.write(|tx| {
            tx.prepare_cached(
                "UPDATE email_messages SET moving_to = 'archive' WHERE message_id =
                     (SELECT l.message_id FROM mail_changes c JOIN mail_locations l ON l.id = c.location_id
                      WHERE c.id = ?1 AND c.kind = 'archive')",
            )?
            .execute([change_id])?;
            tx.prepare_cached("DELETE FROM mail_changes WHERE id = ?1")?
                .execute([change_id])?;
            Ok(())
        })
    }

    /// How many conversations hold an account's messages.
    pub fn email_conversation_count(&self, account_id: RowId) -> StoreResult<u64> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT count(DISTINCT m.conversation_id) FROM email_messages e
                         JOIN messages m ON m.id = e.message_id WHERE e.account_id = ?1",
                )?
                .query_row([account_id], |r| r.get::<_, i64>(0))?
                .max(0) as u64)
        })
    }

    /// How many messages an account has stored (each counted once, wherever it sits).
    pub fn email_message_count(&self, account_id: RowId) -> StoreResult<u64> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached("SELECT count(*) FROM email_messages WHERE account_id = ?1")?
                .query_row([account_id], |r| r.get::<_, i64>(0))?
                .max(0) as u64)
        })
    }
}

/// The id of an account's folder (created when first seen).
pub(crate) fn folder_id(tx: &Transaction, account_id: RowId, name: &str) -> StoreResult<RowId> {
    tx.prepare_cached(
        "INSERT INTO mail_folders (account_id, name) VALUES (?1, ?2) ON CONFLICT(account_id, name) DO NOTHING",
    )?
    .execute(params![account_id, name])?;
    tx.prepare_cached("SELECT id FROM mail_folders WHERE account_id = ?1 AND name = ?2")?
        .query_row(params![account_id, name], |r| r.get(0))
        .optional()?
        .ok_or(StoreError::NotFound {
            entity: "mail folder",
            id: account_id,
        })
}

fn located(
    tx: &Transaction,
    folder_id: RowId,
    uidvalidity: u32,
    uid: u32,
) -> StoreResult<Option<RowId>> {
    Ok(tx
        .prepare_cached(
            "SELECT message_id FROM mail_locations WHERE folder_id = ?1 AND uidvalidity = ?2 AND uid = ?3",
        )?
        .query_row(params![folder_id, uidvalidity, uid], |r| r.get(0))
        .optional()?)
}

pub(crate) fn conversation_of(tx: &Transaction, message_id: RowId) -> StoreResult<RowId> {
    Ok(tx
        .prepare_cached("SELECT conversation_id FROM messages WHERE id = ?1")?
        .query_row([message_id], |r| r.get(0))?)
}

fn finish(tx: &Transaction, mut touched: Vec<RowId>) -> StoreResult<MirrorOutcome> {
    touched.sort_unstable();
    touched.dedup();
    for id in &touched {
        refresh_conversation(tx, *id)?;
    }
    Ok(MirrorOutcome {
        conversation_ids: touched,
    })
}
