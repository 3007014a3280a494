//! Rules, their run log, reply templates and sensitive-word lists. Rules and templates are kept
//! as the JSON their crates serialize; the store only orders, enables and logs them.

use crate::error::{StoreError, StoreResult};
use crate::Store;
use bridgedesk_model::*;
use rusqlite::{params, OptionalExtension};
use std::collections::BTreeMap;

/// A rule as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRule {
    pub id: RowId,
    pub name: String,
    pub rule_json: String,
    pub position: u32,
    pub enabled: bool,
}

/// One evaluation of a rule on a conversation, for the run log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleRunRecord<'a> {
    pub conversation_id: RowId,
    pub rule_id: Option<RowId>,
    pub rule_name: &'a str,
    pub trigger: &'a str,
    pub matched: bool,
    pub trace_json: &'a str,
    pub actions_json: &'a str,
    /// For a time rule that fired: the instant it counted from.
    pub anchor_at: Option<UtcMillis>,
    pub at: UtcMillis,
}

/// A logged run as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRuleRun {
    pub conversation_id: RowId,
    pub rule_name: String,
    pub trigger: String,
    pub matched: bool,
    pub trace_json: String,
    pub actions_json: String,
    pub at: UtcMillis,
}

/// A template as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTemplate {
    pub id: RowId,
    pub key: String,
    pub name: String,
    pub origin: String,
    /// The template as its crate serializes it.
    pub template_json: String,
}

fn rule_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredRule> {
    Ok(StoredRule {
        id: r.get(0)?,
        name: r.get(1)?,
        rule_json: r.get(2)?,
        position: r.get(3)?,
        enabled: r.get(4)?,
    })
}

impl Store {
    /// Every rule in evaluation order.
    pub fn rules(&self) -> StoreResult<Vec<StoredRule>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT id, name, rule_json, position, enabled FROM rules ORDER BY position, id",
                )?
                .query_map([], rule_row)?
                .collect::<Result<_, _>>()?)
        })
    }

    /// One rule.
    pub fn rule(&self, id: RowId) -> StoreResult<StoredRule> {
        self.read(|conn| {
            conn.prepare_cached(
                "SELECT id, name, rule_json, position, enabled FROM rules WHERE id = ?1",
            )?
            .query_row([id], rule_row)
            .optional()?
            .ok_or(StoreError::NotFound { entity: "rule", id })
        })
    }

    /// Adds a rule at the end of the order; returns its id.
    pub fn insert_rule(
        &self,
        name: &str,
        rule_json: &str,
        enabled: bool,
        at: UtcMillis,
    ) -> StoreResult<RowId> {
        self.write(|tx| {
            tx.prepare_cached(
                "INSERT INTO rules (name, rule_json, position, enabled, created_at, updated_at)
                 VALUES (?1, ?2, (SELECT coalesce(max(position), -1) + 1 FROM rules), ?3, ?4, ?4)",
            )?
            .execute(params![name, rule_json, enabled, at])?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Replaces a rule's name, definition and enabled flag.
    pub fn update_rule(
        &self,
        id: RowId,
        name: &str,
        rule_json: &str,
        enabled: bool,
        at: UtcMillis,
    ) -> StoreResult<()> {
        self.write(|tx| {
            let changed = tx
                .prepare_cached(
                    "UPDATE rules SET name = ?2, rule_json = ?3, enabled = ?4, updated_at = ?5 WHERE id = ?1",
                )?
                .execute(params![id, name, rule_json, enabled, at])?;
            if changed == 0 {
                return Err(StoreError::NotFound { entity: "rule", id });
            }
            Ok(())
        })
    }

    /// Deletes a rule (its logged runs keep its name).
    pub fn delete_rule(&self, id: RowId) -> StoreResult<()> {
        self.write(|tx| {
            tx.prepare_cached("DELETE FROM rules WHERE id = ?1")?
                .execute([id])?;
            Ok(())
        })
    }

    /// Puts the rules in the order of `ids` (ids not listed keep their place after them).
    pub fn reorder_rules(&self, ids: &[RowId]) -> StoreResult<()> {
        self.write(|tx| {
            let all: Vec<RowId> = tx
                .prepare_cached("SELECT id FROM rules ORDER BY position, id")?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let mut order: Vec<RowId> = ids.iter().copied().filter(|id| all.contains(id)).collect();
            order.dedup();
            for id in &all {
                if !order.contains(id) {
                    order.push(*id);
                }
            }
            let mut stmt = tx.prepare_cached("UPDATE rules SET position = ?2 WHERE id = ?1")?;
            for (position, id) in order.iter().enumerate() {
                stmt.execute(params![id, position as i64])?;
            }
            Ok(())
        })
    }

    /// Logs rule runs in one transaction.
    pub fn log_rule_runs(&self, runs: &[RuleRunRecord<'_>]) -> StoreResult<()> {
        if runs.is_empty() {
            return Ok(());
        }
        self.write(|tx| {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO rule_runs (conversation_id, rule_id, rule_name, trigger_kind, matched, trace_json,
                     actions_json, anchor_at, ran_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for run in runs {
                stmt.execute(params![
                    run.conversation_id, run.rule_id, run.rule_name, run.trigger, run.matched,
                    run.trace_json, run.actions_json, run.anchor_at, run.at
                ])?;
            }
            Ok(())
        })
    }

    /// The newest `limit` runs logged on a conversation, newest first.
    pub fn rule_runs_of(
        &self,
        conversation_id: RowId,
        limit: u32,
    ) -> StoreResult<Vec<StoredRuleRun>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT conversation_id, rule_name, trigger_kind, matched, trace_json, actions_json, ran_at
                     FROM rule_runs WHERE conversation_id = ?1 ORDER BY ran_at DESC, id DESC LIMIT ?2",
                )?
                .query_map(params![conversation_id, limit], |r| {
                    Ok(StoredRuleRun {
                        conversation_id: r.get(0)?,
                        rule_name: r.get(1)?,
                        trigger: r.get(2)?,
                        matched: r.get(3)?,
                        trace_json: r.get(4)?,
                        actions_json: r.get(5)?,
                        at: r.get(6)?,
                    })
                })?
                .collect::<Result<_, _>>()?)
        })
    }

    /// When a rule last acted on a conversation (for "once per conversation" loop protection).
    pub fn last_match_of(
        &self,
        rule_id: RowId,
        conversation_id: RowId,
    ) -> StoreResult<Option<UtcMillis>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT max(ran_at) FROM rule_runs WHERE rule_id = ?1 AND conversation_id = ?2 AND matched = 1",
                )?
                .query_row(params![rule_id, conversation_id], |r| r.get(0))?)
        })
    }

    /// Every template, starter ones first, then by name.
    pub fn templates(&self) -> StoreResult<Vec<StoredTemplate>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT id, key, name, origin, template_json FROM templates
                     ORDER BY origin = 'agent', name, id",
                )?
                .query_map([], |r| {
                    Ok(StoredTemplate {
                        id: r.get(0)?,
                        key: r.get(1)?,
                        name: r.get(2)?,
                        origin: r.get(3)?,
                        template_json: r.get(4)?,
                    })
                })?
                .collect::<Result<_, _>>()?)
        })
    }

    /// Adds or replaces a template by key.
    pub fn upsert_template(
        &self,
        key: &str,
        name: &str,
        origin: &str,
        template_json: &str,
        at: UtcMillis,
    ) -> StoreResult<()> {
        self.write(|tx| {
            tx.prepare_cached(
                "INSERT INTO templates (key, name, origin, template_json, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(key) DO UPDATE SET name = excluded.name, origin = excluded.origin,
                     template_json = excluded.template_json, updated_at = excluded.updated_at",
            )?
            .execute(params![key, name, origin, template_json, at])?;
            Ok(())
        })
    }

    /// Every sensitive-word list, by language.
    pub fn sensitive_words(&self) -> StoreResult<BTreeMap<String, Vec<String>>> {
        self.read(|conn| {
            let mut lists: BTreeMap<String, Vec<String>> = BTreeMap::new();
            let mut stmt = conn.prepare_cached(
                "SELECT language, word FROM sensitive_words ORDER BY language, word",
            )?;
            let rows =
                stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (language, word) = row?;
                lists.entry(language).or_default().push(word);
            }
            Ok(lists)
        })
    }

    /// Replaces the sensitive-word list of one language.
    pub fn set_sensitive_words(&self, language: &str, words: &[String]) -> StoreResult<()> {
        self.write(|tx| {
            tx.prepare_cached("DELETE FROM sensitive_words WHERE language = ?1")?
                .execute([language])?;
            let mut stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO sensitive_words (language, word) VALUES (?1, ?2)",
            )?;
            for word in words.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
                stmt.execute(params![language, word])?;
            }
            Ok(())
        })
    }
}
