//! The workspace's SLA settings actions: read and save calendars and policies (a saved policy
//! is a new version), import holiday sets and .ics files, reorder policies, recompute every
//! conversation's clocks with the current policies, and look for clocks about to breach.

use crate::error::CoreResult;
use crate::sla::SlaConfig;
use crate::sla_alerts::BreachWatch;
use crate::sla_settings::{
    calendar_of, check_policy, default_calendar, default_policies, holiday_set, holiday_sets,
    ics_days, SlaSettingsError,
};
use crate::Workspace;
use bridgedesk_model::*;
use std::sync::Arc;

/// The last year an imported .ics file's recurring events are expanded to.
const ICS_UNTIL_YEAR: i32 = 2027;

/// Recompute history writes this many conversations per transaction.
const RECOMPUTE_BATCH: usize = 500;

impl Workspace {
    /// Reads the calendars and policies from the store into the configuration in force,
    /// seeding the defaults into a store that has none yet.
    pub(crate) fn load_sla_settings(&self) -> CoreResult<()> {
        let Ok(store) = self.store() else {
            return Ok(());
        };
        if !store.has_sla_settings()? {
            store.save_sla_calendar(&default_calendar())?;
            for policy in default_policies() {
                store.save_sla_policy(&policy, self.now())?;
            }
            tracing::info!("Seeded the default SLA calendar and policies");
        }
        let config = SlaConfig::from_settings(
            &store.sla_calendars()?,
            &store.sla_policies()?,
            &store.sla_policy_versions()?,
        );
        *self.sla.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(config);
        Ok(())
    }

    /// Everything the SLA settings panel shows.
    pub fn sla_settings(&self) -> CoreResult<SlaSettings> {
        let store = self.store()?;
        Ok(SlaSettings {
            calendars: store.sla_calendars()?,
            policies: store.sla_policies()?,
            holiday_sets: holiday_sets(),
        })
    }

    /// Saves a calendar (a new one when its id is empty). It applies to clocks computed from
    /// now on; "recompute history" applies it to every conversation.
    pub fn save_sla_calendar(&self, calendar: &CalendarSettings) -> CoreResult<SlaSettings> {
        let store = self.store()?;
        let existing = store.sla_calendars()?;
        let mut calendar = calendar.clone();
        if calendar.id.trim().is_empty() {
            calendar.id = free_id("calendar", existing.iter().map(|c| c.id.as_str()));
        }
        calendar_of(&calendar)?;
        if let Some(team) = calendar.team_id {
            if !store.teams()?.iter().any(|t| t.id == team) {
                return Err(SlaSettingsError::NotFound.into());
            }
        }
        // One calendar per team and per shop: a second would silently never count.
        let taken = existing.iter().find(|c| {
            c.id != calendar.id
                && ((calendar.team_id.is_some() && c.team_id == calendar.team_id)
                    || (calendar.store_id.is_some() && c.store_id == calendar.store_id))
        });
        if let Some(other) = taken {
            return Err(SlaSettingsError::AlreadyAttached {
                calendar: other.name.clone(),
            }
            .into());
        }
        let other_default = existing.iter().any(|c| c.is_default && c.id != calendar.id);
        if !calendar.is_default && !other_default {
            return Err(SlaSettingsError::NoDefaultCalendar.into());
        }
        store.save_sla_calendar(&calendar)?;
        tracing::info!("Saved SLA calendar {}", calendar.id);
        self.sla_settings_changed()
    }

    /// The days of a built-in holiday set (`cn`, `us`, `de`, `br`; 2026 or 2027), for the
    /// panel to merge into the calendar it edits.
    pub fn sla_holiday_set(&self, region: &str, year: i32) -> CoreResult<Vec<CalendarDay>> {
        Ok(holiday_set(region, year)?)
    }

    /// The days of an iCalendar file the agent picked.
    pub fn sla_ics_days(&self, text: &str) -> CoreResult<Vec<CalendarDay>> {
        Ok(ics_days(text, ICS_UNTIL_YEAR)?)
    }

    /// Saves a policy as a new version (a new policy, placed last, when its id is empty). The
    /// new version applies to new clocks; conversations keep the version they used until
    /// "recompute history".
    pub fn save_sla_policy(&self, policy: &PolicySettings) -> CoreResult<SlaSettings> {
        let store = self.store()?;
        check_policy(policy, &store.sla_calendars()?)?;
        let mut policy = policy.clone();
        if policy.id.trim().is_empty() {
            let versions = store.sla_policy_versions()?;
            policy.id = free_id("policy", versions.iter().map(|p| p.id.as_str()));
        }
        let version = store.save_sla_policy(&policy, self.now())?;
        tracing::info!("Saved SLA policy {} version {version}", policy.id);
        self.sla_settings_changed()
    }

    /// Moves a policy up (`offset` < 0) or down in the order of precedence.
    pub fn move_sla_policy(&self, id: &str, offset: i32) -> CoreResult<SlaSettings> {
        let store = self.store()?;
        let mut ids: Vec<String> = store.sla_policies()?.into_iter().map(|p| p.id).collect();
        let from = ids
            .iter()
            .position(|p| p == id)
            .ok_or(SlaSettingsError::NotFound)?;
        let to = (from as i64 + i64::from(offset)).clamp(0, ids.len() as i64 - 1) as usize;
        let moved = ids.remove(from);
        ids.insert(to, moved);
        store.order_sla_policies(&ids)?;
        self.sla_settings_changed()
    }

    /// Removes a policy from the list.
    pub fn delete_sla_policy(&self, id: &str) -> CoreResult<SlaSettings> {
        let store = self.store()?;
        if !store.sla_policies()?.iter().any(|p| p.id == id) {
            return Err(SlaSettingsError::NotFound.into());
        }
        store.delete_sla_policy(id)?;
        self.sla_settings_changed()
    }

    /// Re-evaluates every conversation's clocks with the current calendars and policy
    /// versions, and says how many changed (due or warning instant, or policy version).
    pub fn recompute_sla_history(&self) -> CoreResult<RecomputeReport> {
        let store = self.store()?;
        let started = std::time::Instant::now();
        let ids = store.conversation_ids()?;
        let config = self.sla_config();
        let mut changed = 0u32;
        let mut batch = Vec::with_capacity(RECOMPUTE_BATCH);
        for &id in &ids {
            let before = store.stored_sla(id)?;
            let inputs = store.sla_inputs(id)?;
            let (_, write) = self.evaluated(&config, id, &inputs, None);
            if write.kept != before {
                changed += 1;
            }
            batch.push(write);
            if batch.len() == RECOMPUTE_BATCH {
                store.set_sla_many(&batch)?;
                batch.clear();
            }
        }
        store.set_sla_many(&batch)?;
        let report = RecomputeReport {
            conversations: ids.len() as u32,
            changed,
            elapsed_ms: started.elapsed().as_millis() as i64,
        };
        tracing::info!(
            "Recomputed SLA history: {} conversations, {} changed, {} ms",
            report.conversations,
            report.changed,
            report.elapsed_ms
        );
        self.events().inbox_changed(InboxChanged {
            conversation_ids: Vec::new(),
        });
        self.data_changed().notify();
        Ok(report)
    }

    /// One look of the breach watch at the workspace clock's now: emits `sla_warning` when
    /// clocks crossed their warning instant, and returns when to look next.
    pub fn look_for_breaches(&self, watch: &mut BreachWatch) -> CoreResult<Option<UtcMillis>> {
        let list = self.store()?.sla_watch_list()?;
        let look = watch.look(&list, self.now());
        if let Some(warning) = look.warning {
            tracing::info!("{} conversations are about to breach", warning.count);
            self.events().sla_warning(warning);
        }
        Ok(look.wake_at)
    }

    /// Every conversation warning right now, as one alert (none when nothing is): what a
    /// window that just opened shows before the breach watch's next event.
    pub fn current_sla_warning(&self) -> CoreResult<Option<SlaWarning>> {
        let list = self.store()?.sla_watch_list()?;
        Ok(BreachWatch::new().look(&list, self.now()).warning)
    }

    fn sla_settings_changed(&self) -> CoreResult<SlaSettings> {
        self.load_sla_settings()?;
        self.data_changed().notify();
        self.sla_settings()
    }
}

/// `prefix-N` with the smallest N not taken.
fn free_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str>) -> String {
    let taken: std::collections::BTreeSet<&str> = taken.collect();
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .unwrap_or_else(|| prefix.to_owned())
}
