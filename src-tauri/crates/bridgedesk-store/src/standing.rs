//! The buyer's standing with the shop: the order history grades are computed from, the grade
//! and segment kept on the customer, and the blacklist flag set by hand with a reason.

use crate::error::{StoreError, StoreResult};
use crate::Store;
use bridgedesk_model::*;
use rusqlite::{params, OptionalExtension};

/// One past order, as grading sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderHistoryLine {
    pub amount_minor: i64,
    pub currency: String,
    pub placed_at: UtcMillis,
}

impl Store {
    /// Every customer id, in id order.
    pub fn customer_ids(&self) -> StoreResult<Vec<RowId>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached("SELECT id FROM customers ORDER BY id")?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?)
        })
    }

    /// The customer of a conversation.
    pub fn customer_of_conversation(&self, conversation_id: RowId) -> StoreResult<RowId> {
        self.read(|conn| {
            conn.prepare_cached("SELECT customer_id FROM conversations WHERE id = ?1")?
                .query_row([conversation_id], |r| r.get(0))
                .optional()?
                .ok_or(StoreError::NotFound {
                    entity: "conversation",
                    id: conversation_id,
                })
        })
    }

    /// A customer's orders (not cancelled), oldest first.
    pub fn order_history(&self, customer_id: RowId) -> StoreResult<Vec<OrderHistoryLine>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT amount_minor, currency, placed_at FROM orders
                     WHERE customer_id = ?1 AND status NOT IN ('cancelled', 'awaiting_payment')
                     ORDER BY placed_at, id",
                )?
                .query_map([customer_id], |r| {
                    Ok(OrderHistoryLine {
                        amount_minor: r.get(0)?,
                        currency: r.get(1)?,
                        placed_at: r.get(2)?,
                    })
                })?
                .collect::<Result<_, _>>()?)
        })
    }

    /// Keeps a customer's computed grade and segment.
    pub fn set_grade(
        &self,
        customer_id: RowId,
        grade: &str,
        segment: &str,
        at: UtcMillis,
    ) -> StoreResult<()> {
        self.write(|tx| {
            let changed = tx
                .prepare_cached(
                    "UPDATE customers SET grade = ?2, segment = ?3, graded_at = ?4 WHERE id = ?1",
                )?
                .execute(params![customer_id, grade, segment, at])?;
            if changed == 0 {
                return Err(StoreError::NotFound {
                    entity: "customer",
                    id: customer_id,
                });
            }
            Ok(())
        })
    }

    /// Sets (with `Some(reason)`) or clears the blacklist flag of a customer.
    pub fn set_blacklist(
        &self,
        customer_id: RowId,
        entry: Option<&BlacklistEntry>,
    ) -> StoreResult<()> {
        self.write(|tx| {
            let changed = match entry {
                Some(entry) => tx
                    .prepare_cached(
                        "UPDATE customers SET blacklisted = 1, blacklist_reason = ?2, blacklisted_by = ?3,
                             blacklisted_at = ?4 WHERE id = ?1",
                    )?
                    .execute(params![customer_id, entry.reason, entry.by, entry.at])?,
                None => tx
                    .prepare_cached(
                        "UPDATE customers SET blacklisted = 0, blacklist_reason = '', blacklisted_by = '',
                             blacklisted_at = 0 WHERE id = ?1",
                    )?
                    .execute([customer_id])?,
            };
            if changed == 0 {
                return Err(StoreError::NotFound {
                    entity: "customer",
                    id: customer_id,
                });
            }
            Ok(())
        })
    }

    /// The conversations of a customer (to tell the inbox they changed).
    pub fn conversations_of_customer(&self, customer_id: RowId) -> StoreResult<Vec<RowId>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached("SELECT id FROM conversations WHERE customer_id = ?1 ORDER BY id")?
                .query_map([customer_id], |r| r.get(0))?
                .collect::<Result<_, _>>()?)
        })
    }
}
