//! The workspace's team actions: list, create, rename and delete teams, and move a conversation
//! to a team. A team's calendar counts the business time of its conversations, so every change
//! that moves a conversation between calendars recomputes its clocks at once.

use crate::error::CoreResult;
use crate::sla_settings::days_of;
use crate::workspace::refresh_sla_many;
use crate::Workspace;
use bridgedesk_model::*;
use bridgedesk_sla::{holidays, HolidayRegion};
use bridgedesk_store::Store;

impl Workspace {
    /// Every team, by name.
    pub fn teams(&self) -> CoreResult<Vec<TeamView>> {
        Ok(self.store()?.teams()?)
    }

    /// Creates a team.
    pub fn create_team(&self, name: &str) -> CoreResult<TeamView> {
        let team = self.store()?.create_team(name, self.now())?;
        tracing::info!("Created team {}", team.id);
        self.data_changed().notify();
        Ok(team)
    }

    /// Renames a team.
    pub fn rename_team(&self, id: RowId, name: &str) -> CoreResult<TeamView> {
        let team = self.store()?.rename_team(id, name)?;
        self.data_changed().notify();
        Ok(team)
    }

    /// Deletes a team. Its conversations and calendars are detached; the detached
    /// conversations count on their shop's (or the default) calendar from now on.
    pub fn delete_team(&self, id: RowId) -> CoreResult<()> {
        let store = self.store()?;
        let detached = store.delete_team(id)?;
        tracing::info!(
            "Deleted team {id}; {} conversations detached",
            detached.len()
        );
        // The team's calendars are detached too: the configuration in force changes.
        self.load_sla_settings()?;
        refresh_sla_many(&self.sla, &store, &detached, self.now())?;
        self.events().inbox_changed(InboxChanged {
            conversation_ids: detached,
        });
        self.data_changed().notify();
        Ok(())
    }

    /// Moves a conversation to a team (`None`: no team) and recomputes its clocks on the
    /// calendar that now applies.
    pub fn set_conversation_team(
        &self,
        id: RowId,
        team: Option<RowId>,
    ) -> CoreResult<ConversationSummary> {
        let store = self.store()?;
        store.set_conversation_team(id, team, self.now())?;
        self.refresh_sla(&store, id)?;
        self.changed(id);
        Ok(store.conversation_summary(id)?)
    }
}

impl Workspace {
    /// The demo seller's desks ([`bridgedesk_demo::demo_teams`]): each team, its own calendar
    /// (Monday–Friday hours in its zone, closed on its country's public holidays), and
    /// the conversations of its shops and buyers. Clocks are computed afterwards by the caller.
    pub(crate) fn install_demo_teams(&self, store: &Store, now: UtcMillis) -> CoreResult<()> {
        for demo in bridgedesk_demo::demo_teams() {
            let team = store.create_team(demo.name, now)?;
            if let Some((zone, hours)) = demo.calendar {
                let weekly = (0..7)
                    .map(|d| {
                        if d < 5 {
                            vec![hours.to_owned()]
                        } else {
                            Vec::new()
                        }
                    })
                    .collect();
                let days = demo
                    .holidays
                    .and_then(HolidayRegion::from_country_code)
                    .map(|region| days_of(&holidays::for_region(region)))
                    .unwrap_or_default();
                store.save_sla_calendar(&CalendarSettings {
                    id: format!("team-{}", team.id),
                    name: demo.name.to_owned(),
                    zone: zone.to_owned(),
                    weekly,
                    days,
                    store_id: None,
                    team_id: Some(team.id),
                    is_default: false,
                })?;
            }
            for key in demo.store_keys {
                store.assign_team_by_shop(team.id, key, None, now)?;
            }
            if !demo.buyer_countries.is_empty() {
                for key in bridgedesk_demo::SHARED_STORE_KEYS {
                    store.assign_team_by_shop(team.id, key, Some(demo.buyer_countries), now)?;
                }
            }
        }
        self.load_sla_settings()
    }
}
