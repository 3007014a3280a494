//! One conversation: reading the whole thread with its customer and orders, and the agent's
//! actions on it (status, assignment, tags, notes, drafts, replies into the outbox).

use crate::error::{Invalid, StoreError, StoreResult};
use crate::import::{index_message, refresh_conversation};
use crate::rows::{
    standing, summary, vocab, vocab_opt, STANDING_COLUMNS, SUMMARY_COLUMNS, SUMMARY_JOINS,
};
use crate::Store;
use bridgedesk_model::*;
use rusqlite::{params, Connection, OptionalExtension};

/// A status change requested by the agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusChange {
    pub status: ConversationStatus,
    pub at: UtcMillis,
}

/// A reply the agent sends: committed to the outbox first, sent by the channel later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyDraft<'a> {
    pub author: &'a str,
    pub text: &'a str,
    pub at: UtcMillis,
}

const MAX_TAG_CHARS: usize = 40;

impl Store {
    /// The summary line of one conversation.
    pub fn conversation_summary(&self, id: RowId) -> StoreResult<ConversationSummary> {
        self.read(|conn| summary_of(conn, id))
    }

    /// The whole conversation as the conversation pane shows it.
    pub fn conversation_detail(&self, id: RowId) -> StoreResult<ConversationDetail> {
        self.read(|conn| {
            let summary = summary_of(conn, id)?;
            let customer_id: i64 = conn
                .prepare_cached("SELECT customer_id FROM conversations WHERE id = ?1")?
                .query_row([id], |r| r.get(0))?;
            Ok(ConversationDetail {
                messages: messages_of(conn, id)?,
                notes: notes_of(conn, id)?,
                customer: customer_of(conn, customer_id)?,
                orders: orders_of(conn, customer_id)?,
                draft: conn
                    .prepare_cached("SELECT body FROM drafts WHERE conversation_id = ?1")?
                    .query_row([id], |r| r.get(0))
                    .optional()?
                    .unwrap_or_default(),
                summary,
                sla: None,
            })
        })
    }

    /// Marks every inbound message of the conversation as read; the server copies of e-mail
    /// among them get a queued `read` change (`\Seen`) for the account's sync to push.
    pub fn mark_read(&self, id: RowId, at: UtcMillis) -> StoreResult<()> {
        self.write(|tx| {
            exists(tx, id)?;
            tx.prepare_cached(
                "INSERT INTO mail_changes (account_id, location_id, kind, created_at)
                 SELECT l.account_id, l.id, 'read', ?2 FROM mail_locations l
                     JOIN messages m ON m.id = l.message_id
                 WHERE m.conversation_id = ?1 AND m.is_read = 0 AND m.direction = 'inbound'",
            )?
            .execute(params![id, at])?;
            tx.prepare_cached(
                "UPDATE messages SET is_read = 1 WHERE conversation_id = ?1 AND is_read = 0",
            )?
            .execute([id])?;
            tx.prepare_cached("UPDATE conversations SET unread_count = 0 WHERE id = ?1")?
                .execute([id])?;
            Ok(())
        })
    }

    /// Resolves, closes, sets pending or reopens. Nothing is owed on a conversation that is not
    /// open, so its due time is cleared.
    pub fn set_status(&self, id: RowId, change: StatusChange) -> StoreResult<ConversationSummary> {
        self.write(|tx| {
            exists(tx, id)?;
            let clears_due = change.status != ConversationStatus::Open;
            tx.prepare_cached(
                "UPDATE conversations SET status = ?2, last_activity_at = max(last_activity_at, ?3),
                     due_at = CASE WHEN ?4 THEN NULL ELSE due_at END,
                     sort_due = CASE WHEN ?4 THEN ?5 ELSE sort_due END
                 WHERE id = ?1",
            )?
            .execute(params![id, change.status.as_str(), change.at, clears_due, i64::MAX])?;
            tx.prepare_cached(
                "INSERT INTO conversation_events (conversation_id, at, kind, status) VALUES (?1, ?2, 'status', ?3)",
            )?
            .execute(params![id, change.at, change.status.as_str()])?;
            summary_of(tx, id)
        })
    }

    /// Assigns the conversation to an agent, or unassigns it with `None`.
    pub fn assign(&self, id: RowId, assignee: Option<&str>) -> StoreResult<ConversationSummary> {
        let assignee = assignee.map(str::trim).filter(|a| !a.is_empty());
        self.write(|tx| {
            exists(tx, id)?;
            tx.prepare_cached("UPDATE conversations SET assignee = ?2 WHERE id = ?1")?
                .execute(params![id, assignee])?;
            summary_of(tx, id)
        })
    }

    /// Replaces the conversation's tags (trimmed, de-duplicated, empty ones dropped).
    pub fn set_tags(&self, id: RowId, tags: &[String]) -> StoreResult<ConversationSummary> {
        let mut clean: Vec<String> = tags
            .iter()
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
        if clean.iter().any(|t| t.chars().count() > MAX_TAG_CHARS) {
            return Err(StoreError::Invalid(Invalid::Tag));
        }
        clean.sort();
        clean.dedup();
        self.write(|tx| {
            exists(tx, id)?;
            tx.prepare_cached("DELETE FROM conversation_tags WHERE conversation_id = ?1")?
                .execute([id])?;
            let mut stmt = tx.prepare_cached(
                "INSERT INTO conversation_tags (conversation_id, tag) VALUES (?1, ?2)",
            )?;
            for tag in &clean {
                stmt.execute(params![id, tag])?;
            }
            summary_of(tx, id)
        })
    }

    /// Adds an internal note.
    pub fn add_note(
        &self,
        id: RowId,
        author: &str,
        text: &str,
        at: UtcMillis,
    ) -> StoreResult<NoteView> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StoreError::Invalid(Invalid::Note));
        }
        self.write(|tx| {
            exists(tx, id)?;
            tx.prepare_cached("INSERT INTO notes (conversation_id, author, body, created_at) VALUES (?1, ?2, ?3, ?4)")?
                .execute(params![id, author, text, at])?;
            Ok(NoteView { id: tx.last_insert_rowid(), author: author.to_owned(), text: text.to_owned(), created_at: at })
        })
    }

    /// Saves (or with empty text, discards) the agent's draft for a conversation.
    pub fn save_draft(&self, id: RowId, text: &str, at: UtcMillis) -> StoreResult<()> {
        self.write(|tx| {
            exists(tx, id)?;
            if text.trim().is_empty() {
                tx.prepare_cached("DELETE FROM drafts WHERE conversation_id = ?1")?.execute([id])?;
            } else {
                tx.prepare_cached(
                    "INSERT INTO drafts (conversation_id, body, updated_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT(conversation_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
                )?
                .execute(params![id, text, at])?;
            }
            Ok(())
        })
    }

    /// Commits a reply locally and queues it in the outbox; the draft is discarded and nothing
    /// is owed to the buyer any more.
    pub fn queue_reply(&self, id: RowId, reply: &ReplyDraft<'_>) -> StoreResult<MessageView> {
        self.queue_outbound(id, reply, AuthorKind::Agent)
    }

    /// Queues an automatic reply (a rule's auto-reply): like [`Store::queue_reply`], written by
    /// `auto`, and the agent's draft is kept.
    pub fn queue_auto_reply(&self, id: RowId, reply: &ReplyDraft<'_>) -> StoreResult<MessageView> {
        self.queue_outbound(id, reply, AuthorKind::Auto)
    }

    fn queue_outbound(
        &self,
        id: RowId,
        reply: &ReplyDraft<'_>,
        author_kind: AuthorKind,
    ) -> StoreResult<MessageView> {
        let text = reply.text.trim_end();
        if text.trim().is_empty() {
            return Err(StoreError::Invalid(Invalid::Reply));
        }
        self.write(|tx| {
            let (channel, count): (String, i64) = tx
                .prepare_cached("SELECT channel, message_count FROM conversations WHERE id = ?1")?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
                .ok_or(StoreError::NotFound { entity: "conversation", id })?;
            let external_id = format!("outbox-{id}-{count}-{}-{}", reply.at, author_kind.as_str());
            tx.prepare_cached(
                "INSERT INTO messages (conversation_id, channel, external_id, direction, author_kind, author_name,
                     body_text, sent_at, is_read)
                 VALUES (?1, ?2, ?3, 'outbound', ?7, ?4, ?5, ?6, 1)",
            )?
            .execute(params![id, channel, external_id, reply.author, text, reply.at, author_kind.as_str()])?;
            let message_id = tx.last_insert_rowid();
            index_message(tx, message_id, text)?;
            tx.prepare_cached("INSERT INTO outbox (message_id, state, updated_at) VALUES (?1, 'queued', ?2)")?
                .execute(params![message_id, reply.at])?;
            if author_kind == AuthorKind::Agent {
                tx.prepare_cached("DELETE FROM drafts WHERE conversation_id = ?1")?.execute([id])?;
            }
            tx.prepare_cached("UPDATE conversations SET due_at = NULL, sort_due = ?2 WHERE id = ?1")?
                .execute(params![id, i64::MAX])?;
            refresh_conversation(tx, id)?;
            message_by_id(tx, message_id)
        })
    }
}

pub(crate) fn exists(conn: &Connection, id: RowId) -> StoreResult<()> {
    conn.prepare_cached("SELECT 1 FROM conversations WHERE id = ?1")?
        .query_row([id], |_| Ok(()))
        .optional()?
        .ok_or(StoreError::NotFound {
            entity: "conversation",
            id,
        })
}

pub(crate) fn summary_of(conn: &Connection, id: RowId) -> StoreResult<ConversationSummary> {
    conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM conversations c {SUMMARY_JOINS} WHERE c.id = ?1"
    ))?
    .query_row([id], summary)
    .optional()?
    .ok_or(StoreError::NotFound {
        entity: "conversation",
        id,
    })
}

const MESSAGE_COLUMNS: &str =
    "m.id, m.channel, m.direction, m.author_kind, m.author_name, m.body_text, m.body_html, \
     m.sent_at, o.state, o.last_error, o.next_attempt_at, e.from_address, \
     (e.has_remote_images = 1 \
      AND NOT EXISTS (SELECT 1 FROM remote_image_allowances a \
                      WHERE a.scope = 'message' AND a.value = CAST(m.id AS TEXT)) \
      AND NOT EXISTS (SELECT 1 FROM remote_image_allowances a \
                      WHERE a.scope = 'sender' AND a.value = lower(e.from_address))), \
     (SELECT group_concat(w.code, char(31)) FROM mail_parse_warnings w WHERE w.message_id = m.id)";

/// The joins `MESSAGE_COLUMNS` needs, to follow `FROM messages m`.
const MESSAGE_JOINS: &str = "LEFT JOIN outbox o ON o.message_id = m.id \
     LEFT JOIN email_messages e ON e.message_id = m.id";

fn message_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<MessageView> {
    Ok(MessageView {
        id: row.get(0)?,
        channel: vocab(row, 1, Channel::parse)?,
        direction: vocab(row, 2, Direction::parse)?,
        author_kind: vocab(row, 3, AuthorKind::parse)?,
        author_name: row.get(4)?,
        text: row.get(5)?,
        html: row.get(6)?,
        sent_at: row.get(7)?,
        delivery: vocab_opt(row, 8, DeliveryState::parse)?,
        delivery_error: row.get(9)?,
        delivery_retry_at: row.get(10)?,
        sender_address: row.get::<_, Option<String>>(11)?.filter(|a| !a.is_empty()),
        remote_images_blocked: row.get::<_, Option<bool>>(12)?.unwrap_or(false),
        // Filled in by the core, which renders allowed remote images from its cache.
        remote_images_to_fetch: 0,
        remote_images_failed: 0,
        parse_warnings: row
            .get::<_, Option<String>>(13)?
            .map(|w| w.split('\u{1f}').map(str::to_owned).collect())
            .unwrap_or_default(),
    })
}

pub(crate) fn message_by_id(tx: &Connection, id: RowId) -> StoreResult<MessageView> {
    Ok(tx
        .prepare_cached(&format!(
            "SELECT {MESSAGE_COLUMNS} FROM messages m {MESSAGE_JOINS} WHERE m.id = ?1"
        ))?
        .query_row([id], message_row)?)
}

fn messages_of(conn: &Connection, conversation_id: RowId) -> StoreResult<Vec<MessageView>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {MESSAGE_COLUMNS} FROM messages m {MESSAGE_JOINS}
             WHERE m.conversation_id = ?1 ORDER BY m.sent_at, m.id"
        ))?
        .query_map([conversation_id], message_row)?
        .collect::<Result<_, _>>()?)
}

fn notes_of(conn: &Connection, conversation_id: RowId) -> StoreResult<Vec<NoteView>> {
    Ok(conn
        .prepare_cached("SELECT id, author, body, created_at FROM notes WHERE conversation_id = ?1 ORDER BY created_at, id")?
        .query_map([conversation_id], |r| {
            Ok(NoteView { id: r.get(0)?, author: r.get(1)?, text: r.get(2)?, created_at: r.get(3)? })
        })?
        .collect::<Result<_, _>>()?)
}

fn customer_of(conn: &Connection, customer_id: RowId) -> StoreResult<CustomerView> {
    let identities = conn
        .prepare_cached("SELECT channel, handle FROM customer_identities WHERE customer_id = ?1 ORDER BY channel, handle")?
        .query_map([customer_id], |r| Ok(IdentityView { channel: vocab(r, 0, Channel::parse)?, handle: r.get(1)? }))?
        .collect::<Result<_, _>>()?;
    Ok(conn
        .prepare_cached(
            &format!("SELECT cu.id, cu.name, cu.country, cu.time_zone, cu.language, {STANDING_COLUMNS} FROM customers cu WHERE cu.id = ?1"),
        )?
        .query_row([customer_id], |r| {
            Ok(CustomerView {
                id: r.get(0)?,
                name: r.get(1)?,
                country: r.get(2)?,
                time_zone: r.get(3)?,
                language: r.get(4)?,
                identities,
                standing: standing(r, 5)?,
            })
        })?)
}

fn orders_of(conn: &Connection, customer_id: RowId) -> StoreResult<Vec<OrderView>> {
    let mut orders: Vec<OrderView> = conn
        .prepare_cached(
            "SELECT id, marketplace, site, order_number, amount_minor, currency, placed_at, carrier, tracking_number, status
             FROM orders WHERE customer_id = ?1 ORDER BY placed_at DESC LIMIT 50",
        )?
        .query_map([customer_id], |r| {
            Ok(OrderView {
                id: r.get(0)?,
                marketplace: vocab(r, 1, Channel::parse)?,
                site: r.get(2)?,
                order_number: r.get(3)?,
                items: Vec::new(),
                amount_minor: r.get(4)?,
                currency: r.get(5)?,
                placed_at: r.get(6)?,
                carrier: vocab_opt(r, 7, Carrier::parse)?,
                tracking_number: r.get(8)?,
                status: vocab(r, 9, OrderStatus::parse)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut items = conn.prepare_cached(
        "SELECT sku, title, quantity, unit_price_minor FROM order_items WHERE order_id = ?1 ORDER BY id",
    )?;
    for order in &mut orders {
        order.items = items
            .query_map([order.id], |r| {
                Ok(OrderItemView {
                    sku: r.get(0)?,
                    title: r.get(1)?,
                    quantity: r.get(2)?,
                    unit_price_minor: r.get(3)?,
                })
            })?
            .collect::<Result<_, _>>()?;
    }
    Ok(orders)
}
