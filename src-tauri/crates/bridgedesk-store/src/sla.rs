//! What the SLA clocks are computed from, and where their result is kept: the messages with
//! their direction, author and delivery, and the status history, of one conversation; and the
//! nearest due and warning instants written back for the inbox order.

use crate::conversation::exists;
use crate::error::{StoreError, StoreResult};
use crate::rows::{sort_due, vocab, vocab_opt};
use crate::Store;
use bridgedesk_model::*;
use rusqlite::{params, OptionalExtension};

/// One message as the clocks see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlaMessage {
    pub at: UtcMillis,
    pub direction: Direction,
    pub author_kind: AuthorKind,
    /// Outbox state of an outgoing message, with the instant it last changed.
    pub delivery: Option<(DeliveryState, UtcMillis)>,
}

/// Everything the clocks of one conversation depend on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlaInputs {
    pub channel: Channel,
    pub store_id: RowId,
    /// The team handling the conversation, whose calendar comes first.
    pub team_id: Option<RowId>,
    /// The team's name, for the audit.
    pub team_name: Option<String>,
    /// The store's marketplace site (country code), for the marketplace's reference zone.
    pub site: String,
    pub priority: Priority,
    pub category: Category,
    pub language: String,
    pub status: ConversationStatus,
    /// A policy id chosen by a rule; empty when the policies select themselves.
    pub sla_policy: String,
    /// The buyer's grade from triage (`key_a`, `key_b`, `ordinary`, `small`; empty when not
    /// graded yet).
    pub customer_grade: String,
    /// Whether the buyer is on the blacklist.
    pub blacklisted: bool,
    pub messages: Vec<SlaMessage>,
    pub status_changes: Vec<(UtcMillis, ConversationStatus)>,
    /// When the agent marked the waiting buyer message as needing no answer.
    pub no_response_needed: Vec<UtcMillis>,
}

/// The SLA result kept on a conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSla {
    pub due_at: Option<UtcMillis>,
    pub warn_at: Option<UtcMillis>,
    /// The policy id and version the clocks used.
    pub pin: Option<(String, u32)>,
}

/// One conversation's computed SLA state, to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlaWrite {
    pub id: RowId,
    /// The due and warning instants and the policy version.
    pub kept: StoredSla,
    /// The computed clocks as JSON (empty when no policy applies).
    pub state_json: String,
}

/// A conversation with a warning instant, as the breach notification sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlaWatch {
    pub id: RowId,
    /// The subject, or the buyer's name for a chat without one.
    pub subject: String,
    pub warn_at: UtcMillis,
    pub due_at: UtcMillis,
}

impl Store {
    /// The inputs of a conversation's clocks.
    pub fn sla_inputs(&self, id: RowId) -> StoreResult<SlaInputs> {
        self.read(|conn| {
            let mut inputs = conn
                .prepare_cached(
                    "SELECT c.channel, c.store_id, s.site, c.priority, c.category, c.language, c.status, c.sla_policy,
                            cu.grade, cu.blacklisted, c.team_id, tm.name
                     FROM conversations c JOIN stores s ON s.id = c.store_id
                     LEFT JOIN teams tm ON tm.id = c.team_id
                     JOIN customers cu ON cu.id = c.customer_id WHERE c.id = ?1",
                )?
                .query_row([id], |r| {
                    Ok(SlaInputs {
                        channel: vocab(r, 0, Channel::parse)?,
                        store_id: r.get(1)?,
                        site: r.get(2)?,
                        priority: vocab(r, 3, Priority::parse)?,
                        category: vocab(r, 4, Category::parse)?,
                        language: r.get(5)?,
                        status: vocab(r, 6, ConversationStatus::parse)?,
                        sla_policy: r.get(7)?,
                        customer_grade: r.get(8)?,
                        blacklisted: r.get::<_, i64>(9)? != 0,
                        team_id: r.get(10)?,
                        team_name: r.get(11)?,
                        messages: Vec::new(),
                        status_changes: Vec::new(),
                        no_response_needed: Vec::new(),
                    })
                })
                .optional()?
                .ok_or(StoreError::NotFound { entity: "conversation", id })?;
            inputs.messages = conn
                .prepare_cached(
                    "SELECT m.sent_at, m.direction, m.author_kind, o.state, o.updated_at
                     FROM messages m LEFT JOIN outbox o ON o.message_id = m.id
                     WHERE m.conversation_id = ?1 ORDER BY m.sent_at, m.id",
                )?
                .query_map([id], |r| {
                    let delivery = vocab_opt(r, 3, DeliveryState::parse)?;
                    let updated: Option<i64> = r.get(4)?;
                    Ok(SlaMessage {
                        at: r.get(0)?,
                        direction: vocab(r, 1, Direction::parse)?,
                        author_kind: vocab(r, 2, AuthorKind::parse)?,
                        delivery: delivery.zip(updated),
                    })
                })?
                .collect::<Result<_, _>>()?;
            inputs.status_changes = conn
                .prepare_cached(
                    "SELECT at, status FROM conversation_events
                     WHERE conversation_id = ?1 AND kind = 'status' ORDER BY at, id",
                )?
                .query_map([id], |r| Ok((r.get(0)?, vocab(r, 1, ConversationStatus::parse)?)))?
                .collect::<Result<_, _>>()?;
            inputs.no_response_needed = conn
                .prepare_cached(
                    "SELECT at FROM conversation_events
                     WHERE conversation_id = ?1 AND kind = 'no_response_needed' ORDER BY at, id",
                )?
                .query_map([id], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            Ok(inputs)
        })
    }

    /// The agent decided the buyer's waiting message needs no answer (a "thanks", a marketplace
    /// notice): kept as an event the clocks read, like Amazon's "No response needed".
    pub fn mark_no_response_needed(&self, id: RowId, at: UtcMillis) -> StoreResult<()> {
        self.write(|tx| {
            exists(tx, id)?;
            tx.prepare_cached(
                "INSERT INTO conversation_events (conversation_id, at, kind, status)
                 VALUES (?1, ?2, 'no_response_needed', NULL)",
            )?
            .execute(params![id, at])?;
            Ok(())
        })
    }

    /// Keeps computed SLA states in one transaction: for each conversation the nearest due
    /// and warning instants (the inbox order), the state as JSON, and the policy version used.
    pub fn set_sla_many(&self, writes: &[SlaWrite]) -> StoreResult<()> {
        self.write(|tx| {
            let mut stmt = tx.prepare_cached(
                "UPDATE conversations SET due_at = ?2, warn_at = ?3, sort_due = ?4, sla_json = ?5,
                     sla_policy_id = ?6, sla_policy_version = ?7 WHERE id = ?1",
            )?;
            for w in writes {
                let (policy, version) = w
                    .kept
                    .pin
                    .as_ref()
                    .map_or(("", 0), |(p, v)| (p.as_str(), *v));
                let (due_at, warn_at) = (w.kept.due_at, w.kept.warn_at);
                stmt.execute(params![
                    w.id,
                    due_at,
                    warn_at,
                    sort_due(due_at),
                    w.state_json,
                    policy,
                    version
                ])?;
            }
            Ok(())
        })
    }

    /// What was last kept for a conversation's clocks.
    pub fn stored_sla(&self, id: RowId) -> StoreResult<StoredSla> {
        self.read(|conn| {
            conn.prepare_cached(
                "SELECT due_at, warn_at, sla_policy_id, sla_policy_version FROM conversations WHERE id = ?1",
            )?
            .query_row([id], |r| {
                let policy: String = r.get(2)?;
                let version: u32 = r.get(3)?;
                Ok(StoredSla {
                    due_at: r.get(0)?,
                    warn_at: r.get(1)?,
                    pin: (!policy.is_empty()).then_some((policy, version)),
                })
            })
            .optional()?
            .ok_or(StoreError::NotFound { entity: "conversation", id })
        })
    }

    /// Conversations still waiting whose nearest clock has a warning instant, soonest first
    /// (what the breach notification watches).
    pub fn sla_watch_list(&self) -> StoreResult<Vec<SlaWatch>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT c.id, COALESCE(NULLIF(c.subject, ''), cu.name), c.warn_at, c.due_at
                     FROM conversations c JOIN customers cu ON cu.id = c.customer_id
                     WHERE c.warn_at IS NOT NULL AND c.due_at IS NOT NULL
                       AND c.status IN ('open', 'pending')
                     ORDER BY c.warn_at, c.id",
                )?
                .query_map([], |r| {
                    Ok(SlaWatch {
                        id: r.get(0)?,
                        subject: r.get(1)?,
                        warn_at: r.get(2)?,
                        due_at: r.get(3)?,
                    })
                })?
                .collect::<Result<_, _>>()?)
        })
    }

    /// Every conversation id, oldest first (for recomputing every clock).
    pub fn conversation_ids(&self) -> StoreResult<Vec<RowId>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached("SELECT id FROM conversations ORDER BY id")?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?)
        })
    }
}
