//! What the rules engine reads about a conversation (its facts, in one query each) and the
//! changes its actions make that the agent's own actions do not already cover (priority,
//! category set by a rule, one more tag, an SLA policy).

use crate::conversation::{exists, summary_of};
use crate::error::{StoreError, StoreResult};
use crate::rows::{split_names, vocab};
use crate::Store;
use bridgedesk_model::*;
use rusqlite::{params, OptionalExtension};
use std::collections::{BTreeMap, BTreeSet};

/// Everything a rule may look at, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleInputs {
    pub conversation_id: RowId,
    pub channel: Channel,
    pub store_id: RowId,
    pub language: String,
    pub country: String,
    pub category: Category,
    /// Empty when triage found none.
    pub logistics_problem: String,
    pub dispute_risks: Vec<String>,
    pub grade: String,
    pub segment: String,
    pub blacklisted: bool,
    pub customer_name: String,
    pub subject: String,
    /// The newest buyer message's text.
    pub last_buyer_text: String,
    /// The linked order's value and currency.
    pub order_value: Option<(i64, String)>,
    pub order_number: Option<String>,
    pub tracking_number: Option<String>,
    pub carrier: Option<Carrier>,
    pub customer_time_zone: String,
    pub store_name: String,
    pub priority: Priority,
    pub status: ConversationStatus,
    pub assignee: Option<String>,
    pub team_id: Option<RowId>,
    pub tags: BTreeSet<String>,
    pub last_buyer_message_at: Option<UtcMillis>,
    pub last_agent_message_at: Option<UtcMillis>,
    pub status_changed_at: Option<UtcMillis>,
    /// Stored rule id (as text) → the anchor instant a time rule last fired for.
    pub time_rule_runs: BTreeMap<String, UtcMillis>,
}

impl Store {
    /// The facts of one conversation for the rules engine.
    pub fn rule_inputs(&self, id: RowId) -> StoreResult<RuleInputs> {
        self.read(|conn| {
            let mut inputs = conn
                .prepare_cached(
                    "SELECT c.id, c.channel, c.store_id, c.language, cu.country, c.category,
                         coalesce(tr.logistics_problem, ''), coalesce(tr.dispute_risks, ''),
                         cu.grade, cu.segment, cu.blacklisted, cu.name, c.subject,
                         o.amount_minor, o.currency, o.order_number, o.tracking_number, o.carrier,
                         cu.time_zone, s.name, c.priority, c.status, c.assignee, c.team_id
                     FROM conversations c
                     JOIN customers cu ON cu.id = c.customer_id
                     JOIN stores s ON s.id = c.store_id
                     LEFT JOIN orders o ON o.id = c.order_id
                     LEFT JOIN conversation_triage tr ON tr.conversation_id = c.id
                     WHERE c.id = ?1",
                )?
                .query_row([id], |r| {
                    let amount: Option<i64> = r.get(13)?;
                    let currency: Option<String> = r.get(14)?;
                    let carrier: Option<String> = r.get(17)?;
                    Ok(RuleInputs {
                        conversation_id: r.get(0)?,
                        channel: vocab(r, 1, Channel::parse)?,
                        store_id: r.get(2)?,
                        language: r.get(3)?,
                        country: r.get(4)?,
                        category: vocab(r, 5, Category::parse)?,
                        logistics_problem: r.get(6)?,
                        dispute_risks: split_names(&r.get::<_, String>(7)?),
                        grade: r.get(8)?,
                        segment: r.get(9)?,
                        blacklisted: r.get(10)?,
                        customer_name: r.get(11)?,
                        subject: r.get(12)?,
                        last_buyer_text: String::new(),
                        order_value: amount.zip(currency),
                        order_number: r.get(15)?,
                        tracking_number: r.get(16)?,
                        carrier: carrier.as_deref().and_then(Carrier::parse),
                        customer_time_zone: r.get(18)?,
                        store_name: r.get(19)?,
                        priority: vocab(r, 20, Priority::parse)?,
                        status: vocab(r, 21, ConversationStatus::parse)?,
                        assignee: r.get(22)?,
                        team_id: r.get(23)?,
                        tags: BTreeSet::new(),
                        last_buyer_message_at: None,
                        last_agent_message_at: None,
                        status_changed_at: None,
                        time_rule_runs: BTreeMap::new(),
                    })
                })
                .optional()?
                .ok_or(StoreError::NotFound { entity: "conversation", id })?;
            let newest_buyer: Option<(String, i64)> = conn
                .prepare_cached(
                    "SELECT body_text, sent_at FROM messages WHERE conversation_id = ?1 AND direction = 'inbound'
                     ORDER BY sent_at DESC, id DESC LIMIT 1",
                )?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((text, at)) = newest_buyer {
                inputs.last_buyer_text = text;
                inputs.last_buyer_message_at = Some(at);
            }
            inputs.last_agent_message_at = conn
                .prepare_cached(
                    "SELECT max(sent_at) FROM messages WHERE conversation_id = ?1 AND direction = 'outbound'",
                )?
                .query_row([id], |r| r.get(0))?;
            inputs.status_changed_at = conn
                .prepare_cached(
                    "SELECT max(at) FROM conversation_events WHERE conversation_id = ?1 AND kind = 'status'",
                )?
                .query_row([id], |r| r.get(0))?;
            inputs.tags = conn
                .prepare_cached("SELECT tag FROM conversation_tags WHERE conversation_id = ?1 ORDER BY tag")?
                .query_map([id], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let mut anchors = conn.prepare_cached(
                "SELECT rule_id, max(anchor_at) FROM rule_runs
                 WHERE conversation_id = ?1 AND anchor_at IS NOT NULL AND rule_id IS NOT NULL AND matched = 1
                 GROUP BY rule_id ORDER BY rule_id",
            )?;
            for row in anchors.query_map([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
                let (rule_id, anchor) = row?;
                inputs.time_rule_runs.insert(rule_id.to_string(), anchor);
            }
            Ok(inputs)
        })
    }

    /// Conversations a time rule may concern: open or pending, newest activity first.
    pub fn active_conversation_ids(&self) -> StoreResult<Vec<RowId>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT id FROM conversations WHERE status IN ('open', 'pending') ORDER BY id",
                )?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?)
        })
    }

    /// Sets the priority (a rule's action).
    pub fn set_priority(&self, id: RowId, priority: Priority) -> StoreResult<ConversationSummary> {
        self.write(|tx| {
            exists(tx, id)?;
            tx.prepare_cached("UPDATE conversations SET priority = ?2 WHERE id = ?1")?
                .execute(params![id, priority.as_str()])?;
            summary_of(tx, id)
        })
    }

    /// Sets the category (a rule's action; not an agent's correction, so the model does not
    /// learn from it).
    pub fn set_category(&self, id: RowId, category: Category) -> StoreResult<ConversationSummary> {
        self.write(|tx| {
            exists(tx, id)?;
            tx.prepare_cached("UPDATE conversations SET category = ?2 WHERE id = ?1")?
                .execute(params![id, category.as_str()])?;
            tx.prepare_cached(
                "UPDATE conversation_triage SET category = ?2 WHERE conversation_id = ?1",
            )?
            .execute(params![id, category.as_str()])?;
            summary_of(tx, id)
        })
    }

    /// Adds one tag, keeping the others.
    pub fn add_tag(&self, id: RowId, tag: &str) -> StoreResult<ConversationSummary> {
        let mut tags: Vec<String> = self.conversation_summary(id)?.tags;
        tags.push(tag.to_owned());
        self.set_tags(id, &tags)
    }

    /// Chooses the SLA policy of a conversation (a rule's action); empty clears the choice.
    pub fn set_sla_policy(&self, id: RowId, policy_id: &str) -> StoreResult<()> {
        self.write(|tx| {
            exists(tx, id)?;
            tx.prepare_cached("UPDATE conversations SET sla_policy = ?2 WHERE id = ?1")?
                .execute(params![id, policy_id])?;
            Ok(())
        })
    }
}
