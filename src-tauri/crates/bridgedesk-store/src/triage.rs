//! Where triage results live: per buyer message and per conversation, the agents' category
//! corrections (kept for the learned model) and the learned model itself; and the ingest of one
//! new buyer message into an existing conversation.

use crate::conversation::{exists, summary_of};
use crate::error::{StoreError, StoreResult};
use crate::import::{index_message, refresh_conversation};
use crate::rows::vocab;
use crate::Store;
use bridgedesk_model::*;
use rusqlite::{params, OptionalExtension};

/// What triage decided about one buyer message, in stored form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriageRecord {
    /// BCP 47 primary subtag, empty when unknown.
    pub language: String,
    pub category: Category,
    /// Stable name of the logistics problem, empty when none.
    pub logistics_problem: String,
    /// Stable names of the dispute risks.
    pub dispute_risks: Vec<String>,
    pub angry: bool,
    pub urgent: bool,
    /// The urgency triage gives the message.
    pub priority: Priority,
    /// Why (phrases, model scores), as the triage crate serializes it.
    pub evidence_json: String,
}

/// A buyer message waiting for triage: its id, conversation, text and when it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UntriagedMessage {
    pub message_id: RowId,
    pub conversation_id: RowId,
    pub text: String,
    pub sent_at: UtcMillis,
}

/// One kept category correction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryCorrection {
    pub language: String,
    pub text: String,
    pub from: Category,
    pub to: Category,
}

/// A new buyer message arriving in a conversation (a channel's sync, or the demo's simulator).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboundMessage<'a> {
    /// The channel's own id of the message; the same id is stored once.
    pub external_id: &'a str,
    pub author_name: &'a str,
    pub text: &'a str,
    pub at: UtcMillis,
}

impl Store {
    /// Buyer messages that have no triage yet, oldest first (after a demo load or a sync).
    pub fn untriaged_buyer_messages(&self) -> StoreResult<Vec<UntriagedMessage>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT m.id, m.conversation_id, m.body_text, m.sent_at FROM messages m
                     LEFT JOIN message_triage t ON t.message_id = m.id
                     WHERE m.direction = 'inbound' AND m.author_kind = 'customer' AND t.message_id IS NULL
                     ORDER BY m.conversation_id, m.sent_at, m.id",
                )?
                .query_map([], untriaged_row)?
                .collect::<Result<_, _>>()?)
        })
    }

    /// Buyer messages of these conversations that have no triage yet, oldest first in each
    /// (after a channel sync touched them; reads only their messages, not the whole table).
    pub fn untriaged_buyer_messages_in(
        &self,
        conversations: &[RowId],
    ) -> StoreResult<Vec<UntriagedMessage>> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT m.id, m.conversation_id, m.body_text, m.sent_at FROM messages m
                 LEFT JOIN message_triage t ON t.message_id = m.id
                 WHERE m.conversation_id = ?1 AND m.direction = 'inbound'
                   AND m.author_kind = 'customer' AND t.message_id IS NULL
                 ORDER BY m.sent_at, m.id",
            )?;
            let mut out = Vec::new();
            for id in conversations {
                for row in stmt.query_map([id], untriaged_row)? {
                    out.push(row?);
                }
            }
            Ok(out)
        })
    }

    /// Keeps the triage of buyer messages (message id, conversation id, triage) in one
    /// transaction; each becomes its conversation's current triage in turn. The conversation's
    /// language follows the message; its category follows too, unless an agent corrected it by
    /// hand; its priority rises to the triage's urgency, never falls.
    pub fn save_triages(
        &self,
        triages: &[(RowId, RowId, TriageRecord)],
        at: UtcMillis,
    ) -> StoreResult<()> {
        self.write(|tx| {
            for (message_id, conversation_id, triage) in triages {
                save_one(tx, *message_id, *conversation_id, triage, at)?;
            }
            Ok(())
        })
    }

    /// The agent's one-click category correction: sets the category, marks it corrected (triage
    /// will not override it) and keeps the correction with the newest buyer message's text.
    pub fn correct_category(
        &self,
        conversation_id: RowId,
        to: Category,
        by: &str,
        at: UtcMillis,
    ) -> StoreResult<ConversationSummary> {
        self.write(|tx| {
            exists(tx, conversation_id)?;
            let (from, language): (Category, String) = tx
                .prepare_cached("SELECT category, language FROM conversations WHERE id = ?1")?
                .query_row([conversation_id], |r| Ok((vocab(r, 0, Category::parse)?, r.get(1)?)))?;
            let newest: Option<(RowId, String)> = tx
                .prepare_cached(
                    "SELECT id, body_text FROM messages WHERE conversation_id = ?1 AND direction = 'inbound'
                     ORDER BY sent_at DESC, id DESC LIMIT 1",
                )?
                .query_row([conversation_id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let (message_id, text) = match newest {
                Some((id, text)) => (Some(id), text),
                None => (None, String::new()),
            };
            tx.prepare_cached(
                "INSERT INTO category_corrections (conversation_id, message_id, language, text, from_category,
                     to_category, corrected_by, corrected_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![conversation_id, message_id, language, text, from.as_str(), to.as_str(), by, at])?;
            tx.prepare_cached(
                "INSERT INTO conversation_triage (conversation_id, language, category, category_corrected, updated_at)
                 VALUES (?1, ?2, ?3, 1, ?4)
                 ON CONFLICT(conversation_id) DO UPDATE SET category = excluded.category,
                     category_corrected = 1, updated_at = excluded.updated_at",
            )?
            .execute(params![conversation_id, language, to.as_str(), at])?;
            tx.prepare_cached("UPDATE conversations SET category = ?2 WHERE id = ?1")?
                .execute(params![conversation_id, to.as_str()])?;
            summary_of(tx, conversation_id)
        })
    }

    /// Every kept correction, oldest first, to train the learned model from.
    pub fn category_corrections(&self) -> StoreResult<Vec<CategoryCorrection>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT language, text, from_category, to_category FROM category_corrections ORDER BY id",
                )?
                .query_map([], |r| {
                    Ok(CategoryCorrection {
                        language: r.get(0)?,
                        text: r.get(1)?,
                        from: vocab(r, 2, Category::parse)?,
                        to: vocab(r, 3, Category::parse)?,
                    })
                })?
                .collect::<Result<_, _>>()?)
        })
    }

    /// The stored learned model called `name`, as JSON.
    pub fn triage_model(&self, name: &str) -> StoreResult<Option<String>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached("SELECT model_json FROM triage_models WHERE name = ?1")?
                .query_row([name], |r| r.get(0))
                .optional()?)
        })
    }

    /// Keeps the learned model called `name`, trained on `trained_on` examples.
    pub fn set_triage_model(
        &self,
        name: &str,
        model_json: &str,
        trained_on: u32,
        at: UtcMillis,
    ) -> StoreResult<()> {
        self.write(|tx| {
            tx.prepare_cached(
                "INSERT INTO triage_models (name, model_json, trained_on, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(name) DO UPDATE SET model_json = excluded.model_json,
                     trained_on = excluded.trained_on, updated_at = excluded.updated_at",
            )?
            .execute(params![name, model_json, trained_on, at])?;
            Ok(())
        })
    }

    /// Adds a new buyer message to a conversation (unread, indexed for search, reopening the
    /// conversation if it was resolved or closed). Returns the message id, or `None` when the
    /// channel's id was already stored.
    pub fn add_inbound_message(
        &self,
        conversation_id: RowId,
        message: &InboundMessage<'_>,
    ) -> StoreResult<Option<RowId>> {
        if message.text.trim().is_empty() {
            return Err(StoreError::Invalid(crate::Invalid::Reply));
        }
        self.write(|tx| {
            exists(tx, conversation_id)?;
            let (channel, status): (String, String) = tx
                .prepare_cached("SELECT channel, status FROM conversations WHERE id = ?1")?
                .query_row([conversation_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            let inserted = tx
                .prepare_cached(
                    "INSERT INTO messages (conversation_id, channel, external_id, direction, author_kind, author_name,
                         body_text, sent_at, is_read)
                     VALUES (?1, ?2, ?3, 'inbound', 'customer', ?4, ?5, ?6, 0)
                     ON CONFLICT(channel, external_id) DO NOTHING",
                )?
                .execute(params![conversation_id, channel, message.external_id, message.author_name, message.text, message.at])?;
            if inserted == 0 {
                return Ok(None);
            }
            let message_id = tx.last_insert_rowid();
            index_message(tx, message_id, message.text)?;
            if status != ConversationStatus::Open.as_str() {
                tx.prepare_cached("UPDATE conversations SET status = 'open' WHERE id = ?1")?
                    .execute([conversation_id])?;
                tx.prepare_cached(
                    "INSERT INTO conversation_events (conversation_id, at, kind, status) VALUES (?1, ?2, 'status', 'open')",
                )?
                .execute(params![conversation_id, message.at])?;
            }
            refresh_conversation(tx, conversation_id)?;
            Ok(Some(message_id))
        })
    }

    /// Conversation ids with their newest activity, newest first, at most `limit` (dry runs).
    pub fn recent_conversation_ids(&self, limit: u32) -> StoreResult<Vec<RowId>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT id FROM conversations ORDER BY last_activity_at DESC, id DESC LIMIT ?1",
                )?
                .query_map([limit], |r| r.get(0))?
                .collect::<Result<_, _>>()?)
        })
    }
}

fn save_one(
    tx: &rusqlite::Transaction,
    message_id: RowId,
    conversation_id: RowId,
    triage: &TriageRecord,
    at: UtcMillis,
) -> StoreResult<()> {
    exists(tx, conversation_id)?;
    let risks = triage.dispute_risks.join(",");
    tx.prepare_cached(
        "INSERT INTO message_triage (message_id, conversation_id, language, category, logistics_problem,
             dispute_risks, angry, urgent, evidence_json, triaged_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT(message_id) DO UPDATE SET language = excluded.language, category = excluded.category,
             logistics_problem = excluded.logistics_problem, dispute_risks = excluded.dispute_risks,
             angry = excluded.angry, urgent = excluded.urgent, evidence_json = excluded.evidence_json,
             triaged_at = excluded.triaged_at",
    )?
    .execute(params![
        message_id, conversation_id, triage.language, triage.category.as_str(),
        triage.logistics_problem, risks, triage.angry, triage.urgent, triage.evidence_json, at
    ])?;
    tx.prepare_cached(
        "INSERT INTO conversation_triage (conversation_id, language, category, logistics_problem,
             dispute_risks, angry, urgent, evidence_json, category_corrected, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9)
         ON CONFLICT(conversation_id) DO UPDATE SET language = excluded.language,
             category = CASE WHEN category_corrected THEN category ELSE excluded.category END,
             logistics_problem = excluded.logistics_problem, dispute_risks = excluded.dispute_risks,
             angry = excluded.angry, urgent = excluded.urgent, evidence_json = excluded.evidence_json,
             updated_at = excluded.updated_at",
    )?
    .execute(params![
        conversation_id, triage.language, triage.category.as_str(), triage.logistics_problem,
        risks, triage.angry, triage.urgent, triage.evidence_json, at
    ])?;
    let rank = |p: Priority| Priority::ALL.iter().position(|q| *q == p).unwrap_or(0);
    let current: Priority = tx
        .prepare_cached("SELECT priority FROM conversations WHERE id = ?1")?
        .query_row([conversation_id], |r| vocab(r, 0, Priority::parse))?;
    let priority = if rank(triage.priority) > rank(current) {
        triage.priority
    } else {
        current
    };
    tx.prepare_cached(
        "UPDATE conversations SET
             language = CASE WHEN ?2 = '' THEN language ELSE ?2 END,
             category = (SELECT category FROM conversation_triage WHERE conversation_id = ?1),
             priority = ?3
         WHERE id = ?1",
    )?
    .execute(params![conversation_id, triage.language, priority.as_str()])?;
    Ok(())
}

fn untriaged_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<UntriagedMessage> {
    Ok(UntriagedMessage {
        message_id: r.get(0)?,
        conversation_id: r.get(1)?,
        text: r.get(2)?,
        sent_at: r.get(3)?,
    })
}
