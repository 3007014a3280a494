//! Bulk import of records (demo data today, channel sync tomorrow). Keys in the records are the
//! producer's own; they are resolved to row ids here. Messages are keyed by channel and external
//! id, so importing the same message twice stores it once.

use crate::error::{StoreError, StoreResult};
use crate::rows::{snippet_of, sort_due};
use crate::{fts, Store};
use bridgedesk_model::{
    ConversationRecord, ConversationStatus, CustomerRecord, Direction, MessageRecord, OrderRecord,
    StoreRecord,
};
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::HashMap;

/// What an import added.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ImportCounts {
    pub conversations: usize,
    pub messages: usize,
}

impl Store {
    /// Adds or updates the seller's stores (by key).
    pub fn import_stores(&self, stores: &[StoreRecord]) -> StoreResult<()> {
        self.write(|tx| {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO stores (key, name, marketplace, site) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(key) DO UPDATE SET name = excluded.name, marketplace = excluded.marketplace, site = excluded.site",
            )?;
            for store in stores {
                stmt.execute(params![store.key, store.name, store.marketplace.as_str(), store.site])?;
            }
            Ok(())
        })
    }

    /// Imports customers, orders and conversations in one transaction.
    pub fn import_batch(
        &self,
        customers: &[CustomerRecord],
        orders: &[OrderRecord],
        conversations: &[ConversationRecord],
    ) -> StoreResult<ImportCounts> {
        self.write(|tx| {
            for customer in customers {
                insert_customer(tx, customer)?;
            }
            let mut order_ids = HashMap::with_capacity(orders.len());
            for order in orders {
                order_ids.insert(order.key.as_str(), insert_order(tx, order)?);
            }
            let mut counts = ImportCounts::default();
            for conversation in conversations {
                counts.messages += insert_conversation(tx, conversation, &order_ids)?;
                counts.conversations += 1;
            }
            Ok(counts)
        })
    }
}

fn id_of(tx: &Transaction, table: &'static str, key: &str) -> StoreResult<i64> {
    tx.prepare_cached(&format!("SELECT id FROM {table} WHERE key = ?1"))?
        .query_row([key], |row| row.get(0))
        .optional()?
        .ok_or(StoreError::UnknownKey { entity: table })
}

fn insert_customer(tx: &Transaction, customer: &CustomerRecord) -> StoreResult<()> {
    tx.prepare_cached(
        "INSERT INTO customers (key, name, country, time_zone, language) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(key) DO UPDATE SET name = excluded.name, country = excluded.country,
             time_zone = excluded.time_zone, language = excluded.language",
    )?
    .execute(params![customer.key, customer.name, customer.country, customer.time_zone, customer.language])?;
    let id = id_of(tx, "customers", &customer.key)?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO customer_identities (customer_id, channel, handle) VALUES (?1, ?2, ?3)
         ON CONFLICT(channel, handle) DO NOTHING",
    )?;
    for identity in &customer.identities {
        stmt.execute(params![id, identity.channel.as_str(), identity.handle])?;
    }
    Ok(())
}

/// Inserts an order and returns its row id. The same order number on the same marketplace is
/// the same order, whatever key the producer gave it, so a known order is not inserted again.
fn insert_order(tx: &Transaction, order: &OrderRecord) -> StoreResult<i64> {
    let store_id = id_of(tx, "stores", &order.store_key)?;
    let customer_id = id_of(tx, "customers", &order.customer_key)?;
    let inserted = tx
        .prepare_cached(
            "INSERT INTO orders (key, store_id, customer_id, marketplace, site, order_number, amount_minor,
                 currency, placed_at, carrier, tracking_number, status)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
             ON CONFLICT DO NOTHING",
        )?
        .execute(params![
            order.key,
            store_id,
            customer_id,
            order.marketplace.as_str(),
            order.site,
            order.order_number,
            order.amount_minor,
            order.currency,
            order.placed_at,
            order.carrier.map(|c| c.as_str()),
            order.tracking_number,
            order.status.as_str(),
        ])?;
    if inserted == 0 {
        return Ok(tx
            .prepare_cached(
                "SELECT id FROM orders WHERE key = ?1 OR (marketplace = ?2 AND order_number = ?3)",
            )?
            .query_row(
                params![order.key, order.marketplace.as_str(), order.order_number],
                |row| row.get(0),
            )?);
    }
    let order_id = tx.last_insert_rowid();
    let mut stmt = tx.prepare_cached(
        "INSERT INTO order_items (order_id, sku, title, quantity, unit_price_minor) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for item in &order.items {
        stmt.execute(params![
            order_id,
            item.sku,
            item.title,
            item.quantity,
            item.unit_price_minor
        ])?;
    }
    Ok(order_id)
}

/// Inserts one conversation with its messages, notes and tags; returns the messages added.
fn insert_conversation(
    tx: &Transaction,
    conversation: &ConversationRecord,
    order_ids: &HashMap<&str, i64>,
) -> StoreResult<usize> {
    let store_id = id_of(tx, "stores", &conversation.store_key)?;
    let customer_id = id_of(tx, "customers", &conversation.customer_key)?;
    let order_id = match &conversation.order_key {
        Some(key) => match order_ids.get(key.as_str()) {
            Some(id) => Some(*id),
            None => Some(id_of(tx, "orders", key)?),
        },
        None => None,
    };
    let first = conversation
        .messages
        .iter()
        .map(|m| m.sent_at)
        .min()
        .unwrap_or(0);
    tx.prepare_cached(
        "INSERT INTO conversations (channel, store_id, customer_id, order_id, subject, status, priority,
             category, language, assignee, created_at, last_activity_at, due_at, sort_due)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13)",
    )?
    .execute(params![
        conversation.channel.as_str(),
        store_id,
        customer_id,
        order_id,
        conversation.subject,
        conversation.status.as_str(),
        conversation.priority.as_str(),
        conversation.category.as_str(),
        conversation.language,
        conversation.assignee,
        first,
        conversation.due_at,
        sort_due(conversation.due_at),
    ])?;
    let conversation_id = tx.last_insert_rowid();
    let mut added = 0;
    let mut ordered: Vec<&MessageRecord> = conversation.messages.iter().collect();
    ordered.sort_by_key(|m| m.sent_at);
    for message in ordered {
        if insert_message(tx, conversation_id, conversation, message)? {
            added += 1;
        }
    }
    let mut note_stmt = tx.prepare_cached(
        "INSERT INTO notes (conversation_id, author, body, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for note in &conversation.notes {
        note_stmt.execute(params![
            conversation_id,
            note.author,
            note.text,
            note.created_at
        ])?;
    }
    let mut tag_stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO conversation_tags (conversation_id, tag) VALUES (?1, ?2)",
    )?;
    for tag in &conversation.tags {
        tag_stmt.execute(params![conversation_id, tag])?;
    }
    refresh_conversation(tx, conversation_id)?;
    if conversation.status != ConversationStatus::Open {
        // The record has no status history: the status was set with the last message.
        let at = conversation
            .messages
            .iter()
            .map(|m| m.sent_at)
            .max()
            .unwrap_or(first);
        tx.prepare_cached(
            "INSERT INTO conversation_events (conversation_id, at, kind, status) VALUES (?1, ?2, 'status', ?3)",
        )?
        .execute(params![conversation_id, at, conversation.status.as_str()])?;
    }
    Ok(added)
}

/// Inserts a message unless its (channel, external id) is already stored; true when added.
fn insert_message(
    tx: &Transaction,
    conversation_id: i64,
    conversation: &ConversationRecord,
    message: &MessageRecord,
) -> StoreResult<bool> {
    let inserted = tx
        .prepare_cached(
            "INSERT INTO messages (conversation_id, channel, external_id, direction, author_kind, author_name,
                 body_text, body_html, sent_at, is_read)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT(channel, external_id) DO NOTHING",
        )?
        .execute(params![
            conversation_id,
            conversation.channel.as_str(),
            message.external_id,
            message.direction.as_str(),
            message.author_kind.as_str(),
            message.author_name,
            message.text,
            message.html,
            message.sent_at,
            message.read || message.direction == Direction::Outbound,
        ])?;
    if inserted == 0 {
        return Ok(false);
    }
    let message_id = tx.last_insert_rowid();
    index_message(tx, message_id, &message.text)?;
    if let (Direction::Outbound, Some(state)) = (message.direction, message.delivery) {
        tx.prepare_cached(
            "INSERT INTO outbox (message_id, state, updated_at) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![message_id, state.as_str(), message.sent_at])?;
    }
    Ok(true)
}

/// Adds a message's text to the full-text index.
pub(crate) fn index_message(tx: &Transaction, message_id: i64, text: &str) -> StoreResult<()> {
    tx.prepare_cached("INSERT INTO message_fts (rowid, body) VALUES (?1, ?2)")?
        .execute(params![message_id, fts::index_text(text)])?;
    Ok(())
}

/// Recomputes a conversation's denormalized list fields from its messages.
pub(crate) fn refresh_conversation(tx: &Transaction, conversation_id: i64) -> StoreResult<()> {
    let (count, unread, last_at): (i64, i64, Option<i64>) = tx
        .prepare_cached(
            "SELECT count(*), coalesce(sum(direction = 'inbound' AND is_read = 0), 0), max(sent_at)
             FROM messages WHERE conversation_id = ?1",
        )?
        .query_row([conversation_id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })?;
    let last_text: Option<String> = tx
        .prepare_cached(
            "SELECT body_text FROM messages WHERE conversation_id = ?1 ORDER BY sent_at DESC, id DESC LIMIT 1",
        )?
        .query_row([conversation_id], |row| row.get(0))
        .optional()?;
    tx.prepare_cached(
        "UPDATE conversations SET message_count = ?2, unread_count = ?3,
             last_activity_at = max(last_activity_at, coalesce(?4, last_activity_at)), snippet = ?5
         WHERE id = ?1",
    )?
    .execute(params![
        conversation_id,
        count,
        unread,
        last_at,
        snippet_of(last_text.as_deref().unwrap_or(""))
    ])?;
    Ok(())
}
