//! Where the SLA settings live: business calendars with their weekly hours and dated days, and
//! the ordered policies with every version ever saved (a version is never edited, so a
//! conversation's clocks can always be explained by the version they used; the version each
//! conversation is pinned to is kept with its SLA state, in `sla.rs`).

use crate::error::StoreResult;
use crate::Store;
use bridgedesk_model::*;
use rusqlite::{params, Connection, OptionalExtension, Transaction};

fn json_error(err: serde_json::Error) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(err))
}

impl Store {
    /// Every calendar, by id.
    pub fn sla_calendars(&self) -> StoreResult<Vec<CalendarSettings>> {
        self.read(read_calendars)
    }

    /// Inserts or replaces a calendar with its hours and days. Marking it the default unmarks
    /// the previous default.
    pub fn save_sla_calendar(&self, calendar: &CalendarSettings) -> StoreResult<()> {
        self.write(|tx| write_calendar(tx, calendar))
    }

    /// The current version of every policy, in order of precedence.
    pub fn sla_policies(&self) -> StoreResult<Vec<PolicySettings>> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT v.body_json FROM sla_policies p
                 JOIN sla_policy_versions v ON v.policy_id = p.id AND v.version = p.current_version
                 ORDER BY p.position, p.id",
            )?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            let mut out = Vec::new();
            for body in rows {
                out.push(serde_json::from_str(&body?).map_err(json_error)?);
            }
            Ok(out)
        })
    }

    /// Every version of every policy (what pinned conversations may still use).
    pub fn sla_policy_versions(&self) -> StoreResult<Vec<PolicySettings>> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT body_json FROM sla_policy_versions ORDER BY policy_id, version",
            )?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            let mut out = Vec::new();
            for body in rows {
                out.push(serde_json::from_str(&body?).map_err(json_error)?);
            }
            Ok(out)
        })
    }

    /// Saves a policy as a new version (version 1 for a new id, placed last) and returns the
    /// version written. Older versions stay.
    pub fn save_sla_policy(&self, policy: &PolicySettings, now: UtcMillis) -> StoreResult<u32> {
        self.write(|tx| {
            let current: Option<u32> = tx
                .query_row(
                    "SELECT current_version FROM sla_policies WHERE id = ?1",
                    [&policy.id],
                    |r| r.get(0),
                )
                .optional()?;
            let version = current.map_or(1, |v| v + 1);
            let body = PolicySettings {
                version,
                ..policy.clone()
            };
            let json = serde_json::to_string(&body).map_err(json_error)?;
            if current.is_some() {
                tx.execute(
                    "UPDATE sla_policies SET current_version = ?2 WHERE id = ?1",
                    params![policy.id, version],
                )?;
            } else {
                tx.execute(
                    "INSERT INTO sla_policies (id, position, current_version)
                     VALUES (?1, (SELECT COALESCE(MAX(position), -1) + 1 FROM sla_policies), ?2)",
                    params![policy.id, version],
                )?;
            }
            tx.execute(
                "INSERT INTO sla_policy_versions (policy_id, version, created_at, body_json)
                 VALUES (?1, ?2, ?3, ?4)",
                params![policy.id, version, now, json],
            )?;
            Ok(version)
        })
    }

    /// Rewrites the order of precedence: `ids` first to last; ids not listed keep their
    /// relative order after them.
    pub fn order_sla_policies(&self, ids: &[String]) -> StoreResult<()> {
        self.write(|tx| {
            let existing: Vec<String> = tx
                .prepare("SELECT id FROM sla_policies ORDER BY position, id")?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let order = ids
                .iter()
                .filter(|id| existing.contains(id))
                .chain(existing.iter().filter(|id| !ids.contains(id)));
            let mut stmt = tx.prepare("UPDATE sla_policies SET position = ?2 WHERE id = ?1")?;
            for (position, id) in order.enumerate() {
                stmt.execute(params![id, position as i64])?;
            }
            Ok(())
        })
    }

    /// Removes a policy from the list; its versions go with it and conversations pinned to it
    /// pick the first matching policy at their next computation.
    pub fn delete_sla_policy(&self, id: &str) -> StoreResult<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM sla_policies WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// True once calendars or policies exist (the defaults were seeded or the team set some).
    pub fn has_sla_settings(&self) -> StoreResult<bool> {
        self.read(|conn| {
            Ok(conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM sla_calendars) OR EXISTS (SELECT 1 FROM sla_policies)",
                [],
                |r| r.get(0),
            )?)
        })
    }
}

fn read_calendars(conn: &Connection) -> StoreResult<Vec<CalendarSettings>> {
    let mut calendars: Vec<CalendarSettings> = conn
        .prepare_cached(
            "SELECT id, name, zone, store_id, is_default, team_id FROM sla_calendars
             ORDER BY is_default DESC, id",
        )?
        .query_map([], |r| {
            Ok(CalendarSettings {
                id: r.get(0)?,
                name: r.get(1)?,
                zone: r.get(2)?,
                store_id: r.get(3)?,
                is_default: r.get(4)?,
                team_id: r.get(5)?,
                weekly: vec![Vec::new(); 7],
                days: Vec::new(),
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut hours = conn.prepare_cached(
        "SELECT weekday, start_at, end_at FROM sla_calendar_hours
         WHERE calendar_id = ?1 ORDER BY weekday, position",
    )?;
    let mut days = conn.prepare_cached(
        "SELECT date, kind, label, hours FROM sla_calendar_days WHERE calendar_id = ?1 ORDER BY date",
    )?;
    for calendar in &mut calendars {
        let rows = hours.query_map([&calendar.id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (day, start, end) = row?;
            if let Some(list) = calendar.weekly.get_mut(day as usize) {
                list.push(format!("{start}-{end}"));
            }
        }
        calendar.days = days
            .query_map([&calendar.id], |r| {
                let kind: String = r.get(1)?;
                let hours: String = r.get(3)?;
                Ok(CalendarDay {
                    date: r.get(0)?,
                    kind: CalendarDayKind::parse(&kind).unwrap_or(CalendarDayKind::Closed),
                    label: r.get(2)?,
                    hours: hours
                        .split(',')
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect(),
                })
            })?
            .collect::<Result<_, _>>()?;
    }
    Ok(calendars)
}

fn write_calendar(tx: &Transaction, calendar: &CalendarSettings) -> StoreResult<()> {
    if calendar.is_default {
        tx.execute(
            "UPDATE sla_calendars SET is_default = 0 WHERE id <> ?1",
            [&calendar.id],
        )?;
    }
    tx.execute(
        "INSERT INTO sla_calendars (id, name, zone, store_id, is_default, team_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, zone = excluded.zone,
             store_id = excluded.store_id, is_default = excluded.is_default,
             team_id = excluded.team_id",
        params![
            calendar.id,
            calendar.name,
            calendar.zone,
            calendar.store_id,
            calendar.is_default,
            calendar.team_id
        ],
    )?;
    tx.execute(
        "DELETE FROM sla_calendar_hours WHERE calendar_id = ?1",
        [&calendar.id],
    )?;
    tx.execute(
        "DELETE FROM sla_calendar_days WHERE calendar_id = ?1",
        [&calendar.id],
    )?;
    let mut hours = tx.prepare_cached(
        "INSERT INTO sla_calendar_hours (calendar_id, weekday, position, start_at, end_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (weekday, list) in calendar.weekly.iter().enumerate().take(7) {
        for (position, interval) in list.iter().enumerate() {
            let (start, end) = interval.split_once('-').unwrap_or((interval, ""));
            hours.execute(params![
                calendar.id,
                weekday as i64,
                position as i64,
                start.trim(),
                end.trim()
            ])?;
        }
    }
    let mut days = tx.prepare_cached(
        "INSERT OR REPLACE INTO sla_calendar_days (calendar_id, date, kind, label, hours)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for day in &calendar.days {
        days.execute(params![
            calendar.id,
            day.date,
            day.kind.as_str(),
            day.label,
            day.hours.join(",")
        ])?;
    }
    Ok(())
}
