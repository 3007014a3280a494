//! The workspace's team actions: list, create, rename and delete teams, and move a conversation
//! to a team. A team's calendar counts the business time of its conversations, so every change
//! that moves a conversation between calendars recomputes its clocks at once.

use crate::error::CoreResult;
use crate::workspace::refresh_sla_many;
use crate::Workspace;
use bridgedesk_model::*;

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
