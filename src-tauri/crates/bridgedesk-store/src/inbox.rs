//! The inbox list: filtered, sorted by what is due first and then by last activity, paged; and
//! full-text search that narrows it to conversations whose messages match.

use crate::error::StoreResult;
use crate::rows::{summary, SUMMARY_COLUMNS, SUMMARY_JOINS};
use crate::{fts, Store};
use bridgedesk_model::{
    ConversationSummary, InboxFacets, InboxFilter, InboxPage, RowId, StoreView,
};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

/// How many of the newest matching messages a search considers. Ranking every match of a very
/// common word costs hundreds of milliseconds at 1M rows, so search looks at the newest
/// matches only and says so (`InboxPage::total_capped`).
pub const SEARCH_CANDIDATE_CAP: usize = 2000;

/// The WHERE clause and its parameters for the non-text filters, plus an optional extra clause.
fn filter_clause(
    filter: &InboxFilter,
    extra: Option<(&'static str, Value)>,
) -> (String, Vec<Value>) {
    let mut clauses: Vec<&str> = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    if let Some((clause, value)) = extra {
        clauses.push(clause);
        params.push(value);
    }
    if let Some(status) = filter.status {
        clauses.push("c.status = ?");
        params.push(Value::Text(status.as_str().to_owned()));
    }
    if let Some(channel) = filter.channel {
        clauses.push("c.channel = ?");
        params.push(Value::Text(channel.as_str().to_owned()));
    }
    if let Some(store_id) = filter.store_id {
        clauses.push("c.store_id = ?");
        params.push(Value::Integer(store_id));
    }
    if let Some(language) = filter.language.as_deref().filter(|l| !l.is_empty()) {
        clauses.push("c.language = ?");
        params.push(Value::Text(language.to_owned()));
    }
    if let Some(category) = filter.category {
        clauses.push("c.category = ?");
        params.push(Value::Text(category.as_str().to_owned()));
    }
    match filter.assignee.as_deref() {
        None => {}
        Some("") => clauses.push("c.assignee IS NULL"),
        Some(agent) => {
            clauses.push("c.assignee = ?");
            params.push(Value::Text(agent.to_owned()));
        }
    }
    match filter.team_id {
        None => {}
        Some(0) => clauses.push("c.team_id IS NULL"),
        Some(team) => {
            clauses.push("c.team_id = ?");
            params.push(Value::Integer(team));
        }
    }
    let sql = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    (sql, params)
}

impl Store {
    /// One page of the inbox for `filter`.
    pub fn inbox_page(
        &self,
        filter: &InboxFilter,
        offset: u32,
        limit: u32,
    ) -> StoreResult<InboxPage> {
        let limit = limit.clamp(1, 500);
        self.read(
            |conn| match filter.query.as_deref().and_then(fts::match_query) {
                Some(query) => search_page(conn, filter, &query, offset, limit),
                None => list_page(conn, filter, offset, limit),
            },
        )
    }

    /// The choices of the filter bar and the unread total.
    pub fn inbox_facets(&self) -> StoreResult<InboxFacets> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached("SELECT id, name, marketplace, site FROM stores ORDER BY name")?;
            let stores = stmt
                .query_map([], |row| {
                    Ok(StoreView {
                        id: row.get(0)?,
                        name: row.get(1)?,
                        marketplace: crate::rows::vocab(row, 2, bridgedesk_model::Channel::parse)?,
                        site: row.get(3)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            let languages = distinct(conn, "SELECT DISTINCT language FROM conversations WHERE language <> '' ORDER BY language")?;
            let assignees = distinct(conn, "SELECT DISTINCT assignee FROM conversations WHERE assignee IS NOT NULL ORDER BY assignee")?;
            let unread_total: i64 = conn.query_row(
                "SELECT count(*) FROM conversations WHERE unread_count > 0 AND status IN ('open', 'pending')",
                [],
                |row| row.get(0),
            )?;
            let teams = crate::teams::read_teams(conn)?;
            Ok(InboxFacets { stores, languages, assignees, teams, unread_total: unread_total as u32 })
        })
    }
}

fn distinct(conn: &Connection, sql: &str) -> StoreResult<Vec<String>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let values = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(values)
}

/// How a page is ordered: the inbox by what is due, search results newest first.
const BY_DUE: &str = "c.sort_due, c.last_activity_at DESC";
const NEWEST_FIRST: &str = "c.last_activity_at DESC";

fn list_page(
    conn: &Connection,
    filter: &InboxFilter,
    offset: u32,
    limit: u32,
) -> StoreResult<InboxPage> {
    let (where_sql, params) = filter_clause(filter, None);
    page(conn, &where_sql, params, BY_DUE, offset, limit, false)
}

fn search_page(
    conn: &Connection,
    filter: &InboxFilter,
    query: &str,
    offset: u32,
    limit: u32,
) -> StoreResult<InboxPage> {
    // The newest matching messages first (rowid order is arrival order), capped.
    let mut hits = conn.prepare_cached(
        "SELECT m.conversation_id FROM message_fts f JOIN messages m ON m.id = f.rowid \
         WHERE message_fts MATCH ?1 ORDER BY f.rowid DESC LIMIT ?2",
    )?;
    let mut candidates: Vec<i64> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut hit_count = 0usize;
    let mut rows = hits.query(rusqlite::params![query, SEARCH_CANDIDATE_CAP as i64])?;
    while let Some(row) = rows.next()? {
        hit_count += 1;
        let id: i64 = row.get(0)?;
        if seen.insert(id) {
            candidates.push(id);
        }
    }
    let capped = hit_count >= SEARCH_CANDIDATE_CAP;
    let ids_json = serde_json::to_string(&candidates).unwrap_or_else(|_| "[]".to_owned());
    let membership = (
        "c.id IN (SELECT value FROM json_each(?))",
        Value::Text(ids_json),
    );
    let (where_sql, params) = filter_clause(filter, Some(membership));
    page(
        conn,
        &where_sql,
        params,
        NEWEST_FIRST,
        offset,
        limit,
        capped,
    )
}

/// Counts the matching conversations and reads one page of them.
fn page(
    conn: &Connection,
    where_sql: &str,
    mut params: Vec<Value>,
    order_by: &str,
    offset: u32,
    limit: u32,
    total_capped: bool,
) -> StoreResult<InboxPage> {
    let total: i64 = conn
        .prepare_cached(&format!("SELECT count(*) FROM conversations c {where_sql}"))?
        .query_row(params_from_iter(params.iter()), |row| row.get(0))?;
    params.push(Value::Integer(limit.into()));
    params.push(Value::Integer(offset.into()));
    // The page's ids first, from the conversations table alone: the rows skipped by the
    // offset never pay for the summary's joins. Then the summaries of those ids only.
    let ids = conn
        .prepare_cached(&format!(
            "SELECT c.id FROM conversations c {where_sql} ORDER BY {order_by} LIMIT ? OFFSET ?"
        ))?
        .query_map(params_from_iter(params.iter()), |row| {
            row.get::<_, RowId>(0)
        })?
        .collect::<Result<Vec<RowId>, _>>()?;
    let items = summaries_in_order(conn, &ids)?;
    Ok(InboxPage {
        total: total as u32,
        total_capped,
        offset,
        items,
    })
}

/// The summaries of `ids`, in the order given.
fn summaries_in_order(conn: &Connection, ids: &[RowId]) -> StoreResult<Vec<ConversationSummary>> {
    let ids_json = serde_json::to_string(ids).unwrap_or_else(|_| "[]".to_owned());
    let mut found: std::collections::HashMap<RowId, ConversationSummary> = conn
        .prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM conversations c {SUMMARY_JOINS} \
             WHERE c.id IN (SELECT value FROM json_each(?1))"
        ))?
        .query_map([ids_json], summary)?
        .map(|row| row.map(|s| (s.id, s)))
        .collect::<Result<_, _>>()?;
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}
