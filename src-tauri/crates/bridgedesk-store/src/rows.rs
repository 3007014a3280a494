//! Reading domain values out of SQLite rows: vocabulary columns are parsed, never trusted, so a
//! row written by a future version with an unknown word fails cleanly instead of panicking.

use bridgedesk_model::{BlacklistEntry, ConversationSummary, CustomerStanding, TriageBadges};
use rusqlite::types::{FromSqlError, Type};
use rusqlite::Row;

/// Parses a vocabulary column with the enum's own `parse`.
pub fn vocab<T>(row: &Row<'_>, index: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            Type::Text,
            Box::new(FromSqlError::InvalidType),
        )
    })
}

/// Parses a nullable vocabulary column.
pub fn vocab_opt<T>(
    row: &Row<'_>,
    index: usize,
    parse: fn(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    let text: Option<String> = row.get(index)?;
    match text {
        None => Ok(None),
        Some(text) => parse(&text).map(Some).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                index,
                Type::Text,
                Box::new(FromSqlError::InvalidType),
            )
        }),
    }
}

/// The columns of a conversation summary, to follow `SELECT` (aliases: c, s, cu).
pub const SUMMARY_COLUMNS: &str =
    "c.id, c.channel, c.store_id, s.name, c.subject, c.snippet, cu.name, cu.country, \
     c.language, c.status, c.priority, c.category, c.assignee, \
     (SELECT group_concat(tag, char(31)) FROM conversation_tags t WHERE t.conversation_id = c.id), \
     c.unread_count, c.message_count, c.last_activity_at, c.due_at, c.warn_at, \
     tr.conversation_id, tr.logistics_problem, tr.dispute_risks, tr.angry, tr.urgent, \
     tr.category_corrected, cu.grade, cu.segment, cu.blacklisted, cu.blacklist_reason, \
     cu.blacklisted_by, cu.blacklisted_at, c.team_id, tm.name";

/// The joins `SUMMARY_COLUMNS` needs, to follow `FROM conversations c`.
pub const SUMMARY_JOINS: &str =
    "JOIN stores s ON s.id = c.store_id JOIN customers cu ON cu.id = c.customer_id \
     LEFT JOIN conversation_triage tr ON tr.conversation_id = c.id \
     LEFT JOIN teams tm ON tm.id = c.team_id";

/// Reads a row selected with `SUMMARY_COLUMNS`.
pub fn summary(row: &Row<'_>) -> rusqlite::Result<ConversationSummary> {
    use bridgedesk_model::{Category, Channel, ConversationStatus, Priority};
    let tags: Option<String> = row.get(13)?;
    let mut tags: Vec<String> = tags
        .map(|t| t.split('\u{1f}').map(str::to_owned).collect())
        .unwrap_or_default();
    tags.sort();
    Ok(ConversationSummary {
        id: row.get(0)?,
        channel: vocab(row, 1, Channel::parse)?,
        store_id: row.get(2)?,
        store_name: row.get(3)?,
        subject: row.get(4)?,
        snippet: row.get(5)?,
        customer_name: row.get(6)?,
        customer_country: row.get(7)?,
        language: row.get(8)?,
        status: vocab(row, 9, ConversationStatus::parse)?,
        priority: vocab(row, 10, Priority::parse)?,
        category: vocab(row, 11, Category::parse)?,
        assignee: row.get(12)?,
        team_id: row.get(31)?,
        team_name: row.get(32)?,
        tags,
        unread_count: row.get(14)?,
        message_count: row.get(15)?,
        last_activity_at: row.get(16)?,
        due_at: row.get(17)?,
        warn_at: row.get(18)?,
        triage: triage_badges(row, 19)?,
        standing: standing(row, 25)?,
    })
}

/// Reads the triage columns starting at `at` (`tr.conversation_id` first, NULL when the
/// conversation has no triage yet).
fn triage_badges(row: &Row<'_>, at: usize) -> rusqlite::Result<Option<TriageBadges>> {
    let triaged: Option<i64> = row.get(at)?;
    if triaged.is_none() {
        return Ok(None);
    }
    let problem: String = row.get(at + 1)?;
    Ok(Some(TriageBadges {
        logistics_problem: Some(problem).filter(|p| !p.is_empty()),
        dispute_risks: split_names(&row.get::<_, String>(at + 2)?),
        angry: row.get(at + 3)?,
        urgent: row.get(at + 4)?,
        category_corrected: row.get(at + 5)?,
    }))
}

/// Reads a customer's grade, segment and blacklist columns starting at `at`.
pub fn standing(row: &Row<'_>, at: usize) -> rusqlite::Result<CustomerStanding> {
    let blacklisted: bool = row.get(at + 2)?;
    Ok(CustomerStanding {
        grade: row.get(at)?,
        segment: row.get(at + 1)?,
        blacklist: if blacklisted {
            Some(BlacklistEntry {
                reason: row.get(at + 3)?,
                by: row.get(at + 4)?,
                at: row.get(at + 5)?,
            })
        } else {
            None
        },
    })
}

/// The columns [`standing`] reads, for a `customers` table aliased `cu`.
pub const STANDING_COLUMNS: &str =
    "cu.grade, cu.segment, cu.blacklisted, cu.blacklist_reason, cu.blacklisted_by, cu.blacklisted_at";

/// A comma-separated list of stable names, as stored, sorted and without empties.
pub fn split_names(text: &str) -> Vec<String> {
    let mut names: Vec<String> = text
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// A one-line preview of a message body.
pub fn snippet_of(text: &str) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    line.chars().take(140).collect()
}

/// `sort_due` for a due time: nothing owed sorts last.
pub fn sort_due(due_at: Option<i64>) -> i64 {
    due_at.unwrap_or(i64::MAX)
}
