//! What became of the remote images of e-mail the agent allowed them for: one row per message
//! and image URL, so a message is rendered from the local cache (no network, also offline) and
//! only images never fetched, or unreachable last time, are fetched again.

use crate::error::{StoreError, StoreResult};
use crate::Store;
use bridgedesk_model::{RowId, UtcMillis};
use rusqlite::{params, OptionalExtension};

/// The outcome recorded for one remote image of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteImageRecord {
    /// The image URL as the sanitizer lists it.
    pub url: String,
    /// `stored`, `refused:<reason>` or `unreachable:<reason>`.
    pub outcome: String,
    /// SHA-256 of the bytes in the attachment store (stored images only, else empty).
    pub sha256: String,
    /// MIME type of the stored image (stored images only, else empty).
    pub mime_type: String,
}

impl RemoteImageRecord {
    /// The image is in the attachment store.
    pub fn is_stored(&self) -> bool {
        self.outcome == "stored" && !self.sha256.is_empty()
    }

    /// The image was not reachable last time and is worth another try.
    pub fn is_unreachable(&self) -> bool {
        self.outcome.starts_with("unreachable")
    }
}

impl Store {
    /// The conversation of a message, and the hash of its raw mail when it is an e-mail with
    /// remote images the agent allowed (for the message or its sender).
    pub fn allowed_remote_image_source(
        &self,
        message_id: RowId,
    ) -> StoreResult<(RowId, Option<String>)> {
        self.read(|conn| {
            conn.prepare_cached(
                "SELECT m.conversation_id,
                        (SELECT e.raw_sha256 FROM email_messages e
                          WHERE e.message_id = m.id AND e.has_remote_images = 1
                            AND e.raw_sha256 <> ''
                            AND EXISTS (SELECT 1 FROM remote_image_allowances a
                                        WHERE (a.scope = 'message' AND a.value = CAST(m.id AS TEXT))
                                           OR (a.scope = 'sender' AND a.value = e.from_address)))
                   FROM messages m WHERE m.id = ?1",
            )?
            .query_row([message_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "message",
                id: message_id,
            })
        })
    }

    /// Every recorded remote image of a message, by URL.
    pub fn remote_images_of(&self, message_id: RowId) -> StoreResult<Vec<RemoteImageRecord>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT url, outcome, sha256, mime_type FROM remote_images
                     WHERE message_id = ?1 ORDER BY url",
                )?
                .query_map([message_id], |r| {
                    Ok(RemoteImageRecord {
                        url: r.get(0)?,
                        outcome: r.get(1)?,
                        sha256: r.get(2)?,
                        mime_type: r.get(3)?,
                    })
                })?
                .collect::<Result<_, _>>()?)
        })
    }

    /// Records what became of remote images of a message (replacing earlier outcomes of the
    /// same URLs), in one transaction.
    pub fn record_remote_images(
        &self,
        message_id: RowId,
        records: &[RemoteImageRecord],
        at: UtcMillis,
    ) -> StoreResult<()> {
        self.write(|tx| {
            let mut upsert = tx.prepare_cached(
                "INSERT INTO remote_images (message_id, url, outcome, sha256, mime_type, fetched_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (message_id, url) DO UPDATE SET
                   outcome = excluded.outcome, sha256 = excluded.sha256,
                   mime_type = excluded.mime_type, fetched_at = excluded.fetched_at",
            )?;
            for record in records {
                upsert.execute(params![
                    message_id,
                    record.url,
                    record.outcome,
                    record.sha256,
                    record.mime_type,
                    at
                ])?;
            }
            Ok(())
        })
    }
}
