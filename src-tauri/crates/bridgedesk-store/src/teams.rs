//! Teams (desks) and which team handles a conversation. A team's calendar counts the business
//! time of its conversations, so moving a conversation to a team is kept in the conversation's
//! event history (kind `team`) beside its status changes.
//!
//! Deleting a team detaches its conversations and calendars (they fall back to the shop's or the
//! default calendar) and loses nothing else.

use crate::conversation::{exists, summary_of};
use crate::error::{Invalid, StoreError, StoreResult};
use crate::Store;
use bridgedesk_model::{ConversationSummary, RowId, TeamView, UtcMillis};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

/// The longest team name the store accepts, in characters.
pub const MAX_TEAM_NAME_CHARS: usize = 60;

impl Store {
    /// Every team, by name.
    pub fn teams(&self) -> StoreResult<Vec<TeamView>> {
        self.read(read_teams)
    }

    /// Creates a team and returns it.
    pub fn create_team(&self, name: &str, now: UtcMillis) -> StoreResult<TeamView> {
        let name = clean_name(name)?;
        self.write(|tx| {
            name_free(tx, name, None)?;
            tx.prepare_cached("INSERT INTO teams (name, created_at) VALUES (?1, ?2)")?
                .execute(params![name, now])?;
            team_of(tx, tx.last_insert_rowid())
        })
    }

    /// Renames a team.
    pub fn rename_team(&self, id: RowId, name: &str) -> StoreResult<TeamView> {
        let name = clean_name(name)?;
        self.write(|tx| {
            team_exists(tx, id)?;
            name_free(tx, name, Some(id))?;
            tx.prepare_cached("UPDATE teams SET name = ?2 WHERE id = ?1")?
                .execute(params![id, name])?;
            team_of(tx, id)
        })
    }

    /// Deletes a team: its conversations and calendars are detached, nothing else changes.
    /// Returns the ids of the conversations that were detached (their clocks change).
    pub fn delete_team(&self, id: RowId) -> StoreResult<Vec<RowId>> {
        self.write(|tx| {
            team_exists(tx, id)?;
            let detached: Vec<RowId> = tx
                .prepare_cached("SELECT id FROM conversations WHERE team_id = ?1 ORDER BY id")?
                .query_map([id], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            tx.prepare_cached("UPDATE conversations SET team_id = NULL WHERE team_id = ?1")?
                .execute([id])?;
            tx.prepare_cached("UPDATE sla_calendars SET team_id = NULL WHERE team_id = ?1")?
                .execute([id])?;
            tx.prepare_cached("DELETE FROM teams WHERE id = ?1")?
                .execute([id])?;
            Ok(detached)
        })
    }

    /// Moves a conversation to a team (`None`: no team) and records the change in its event
    /// history. Setting the team it already has records nothing.
    pub fn set_conversation_team(
        &self,
        id: RowId,
        team: Option<RowId>,
        at: UtcMillis,
    ) -> StoreResult<ConversationSummary> {
        self.write(|tx| {
            exists(tx, id)?;
            if let Some(team) = team {
                team_exists(tx, team)?;
            }
            let current: Option<RowId> = tx
                .prepare_cached("SELECT team_id FROM conversations WHERE id = ?1")?
                .query_row([id], |r| r.get(0))?;
            if current != team {
                tx.prepare_cached("UPDATE conversations SET team_id = ?2 WHERE id = ?1")?
                    .execute(params![id, team])?;
                tx.prepare_cached(
                    "INSERT INTO conversation_events (conversation_id, at, kind, status, detail)
                     VALUES (?1, ?2, 'team', NULL, ?3)",
                )?
                .execute(params![
                    id,
                    at,
                    team.map(|t| t.to_string()).unwrap_or_default()
                ])?;
            }
            summary_of(tx, id)
        })
    }

    /// The team changes of a conversation, oldest first: when, and the team id (`None`: no team).
    pub fn team_history(&self, id: RowId) -> StoreResult<Vec<(UtcMillis, Option<RowId>)>> {
        self.read(|conn| {
            let rows = conn
                .prepare_cached(
                    "SELECT at, detail FROM conversation_events
                     WHERE conversation_id = ?1 AND kind = 'team' ORDER BY at, id",
                )?
                .query_map([id], |r| Ok((r.get(0)?, r.get::<_, String>(1)?)))?
                .collect::<Result<Vec<(UtcMillis, String)>, _>>()?;
            Ok(rows
                .into_iter()
                .map(|(at, detail)| (at, detail.parse().ok()))
                .collect())
        })
    }
}

fn clean_name(name: &str) -> StoreResult<&str> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_TEAM_NAME_CHARS {
        return Err(StoreError::Invalid(Invalid::TeamName));
    }
    Ok(name)
}

/// Fails when another team (not `except`) has this name, compared without case.
fn name_free(tx: &Transaction, name: &str, except: Option<RowId>) -> StoreResult<()> {
    let taken = tx
        .prepare_cached("SELECT id FROM teams WHERE lower(name) = lower(?1) AND id IS NOT ?2")?
        .query_row(params![name, except], |r| r.get::<_, RowId>(0))
        .optional()?;
    match taken {
        Some(_) => Err(StoreError::Invalid(Invalid::TeamNameTaken)),
        None => Ok(()),
    }
}

fn team_exists(conn: &Connection, id: RowId) -> StoreResult<()> {
    conn.prepare_cached("SELECT 1 FROM teams WHERE id = ?1")?
        .query_row([id], |_| Ok(()))
        .optional()?
        .ok_or(StoreError::NotFound { entity: "team", id })
}

fn team_of(conn: &Connection, id: RowId) -> StoreResult<TeamView> {
    read_teams(conn)?
        .into_iter()
        .find(|t| t.id == id)
        .ok_or(StoreError::NotFound { entity: "team", id })
}

/// Every team with its conversation count and attached calendars, by name.
pub(crate) fn read_teams(conn: &Connection) -> StoreResult<Vec<TeamView>> {
    let mut teams: Vec<TeamView> = conn
        .prepare_cached(
            "SELECT t.id, t.name, t.created_at,
                    (SELECT count(*) FROM conversations c WHERE c.team_id = t.id)
             FROM teams t ORDER BY t.name COLLATE NOCASE, t.id",
        )?
        .query_map([], |r| {
            Ok(TeamView {
                id: r.get(0)?,
                name: r.get(1)?,
                created_at: r.get(2)?,
                conversation_count: r.get(3)?,
                calendar_ids: Vec::new(),
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut calendars =
        conn.prepare_cached("SELECT id FROM sla_calendars WHERE team_id = ?1 ORDER BY id")?;
    for team in &mut teams {
        team.calendar_ids = calendars
            .query_map([team.id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
    }
    Ok(teams)
}

impl Store {
    /// Moves to a team the conversations with no team of the shop `store_key`; with
    /// `countries`, only those of buyers from these countries. Recorded in each conversation's
    /// event history like a change by hand. Returns the ids moved, in order (how the demo
    /// staffs its desks).
    pub fn assign_team_by_shop(
        &self,
        team: RowId,
        store_key: &str,
        countries: Option<&[&str]>,
        at: UtcMillis,
    ) -> StoreResult<Vec<RowId>> {
        self.write(|tx| {
            team_exists(tx, team)?;
            let mut select = tx.prepare_cached(
                "SELECT c.id FROM conversations c JOIN stores s ON s.id = c.store_id
                 JOIN customers cu ON cu.id = c.customer_id
                 WHERE c.team_id IS NULL AND s.key = ?1 AND (?2 IS NULL OR cu.country = ?2)
                 ORDER BY c.id",
            )?;
            let mut ids: Vec<RowId> = Vec::new();
            match countries {
                None => {
                    let rows = select.query_map(params![store_key, None::<&str>], |r| r.get(0))?;
                    ids = rows.collect::<Result<_, _>>()?;
                }
                Some(countries) => {
                    for country in countries {
                        let rows = select.query_map(params![store_key, country], |r| r.get(0))?;
                        for id in rows {
                            ids.push(id?);
                        }
                    }
                    ids.sort_unstable();
                }
            }
            let mut update =
                tx.prepare_cached("UPDATE conversations SET team_id = ?2 WHERE id = ?1")?;
            let mut event = tx.prepare_cached(
                "INSERT INTO conversation_events (conversation_id, at, kind, status, detail)
                 VALUES (?1, ?2, 'team', NULL, ?3)",
            )?;
            for id in &ids {
                update.execute(params![id, team])?;
                event.execute(params![id, at, team.to_string()])?;
            }
            Ok(ids)
        })
    }
}
