//! Teams (desks): a seller's Shenzhen day desk, a Europe desk with other hours. A conversation
//! handled by a team counts business time on the team's calendar, so the team is part of the
//! vocabulary the store, the SLA core, the rules and the UI share.

use crate::RowId;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A team as the settings and the conversation header show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TeamView {
    #[ts(type = "number")]
    pub id: RowId,
    pub name: String,
    #[ts(type = "number")]
    pub created_at: i64,
    /// How many conversations the team handles (what deleting it detaches).
    pub conversation_count: u32,
    /// The ids of the calendars attached to the team (normally one).
    pub calendar_ids: Vec<String>,
}
