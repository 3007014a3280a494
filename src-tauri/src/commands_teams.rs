//! IPC commands of teams: list, create, rename and delete teams, and move a conversation to a
//! team. Each is a thin call into `bridgedesk-core`.

use crate::commands::{blocking, Shared};
use bridgedesk_model::*;

#[tauri::command]
pub async fn teams_list(workspace: Shared<'_>) -> Result<Vec<TeamView>, AppError> {
    blocking(&workspace, |w| w.teams()).await
}

#[tauri::command]
pub async fn team_create(workspace: Shared<'_>, name: String) -> Result<TeamView, AppError> {
    blocking(&workspace, move |w| w.create_team(&name)).await
}

#[tauri::command]
pub async fn team_rename(
    workspace: Shared<'_>,
    id: RowId,
    name: String,
) -> Result<TeamView, AppError> {
    blocking(&workspace, move |w| w.rename_team(id, &name)).await
}

#[tauri::command]
pub async fn team_delete(workspace: Shared<'_>, id: RowId) -> Result<(), AppError> {
    blocking(&workspace, move |w| w.delete_team(id)).await
}

#[tauri::command]
pub async fn conversation_set_team(
    workspace: Shared<'_>,
    id: RowId,
    team: Option<RowId>,
) -> Result<ConversationSummary, AppError> {
    blocking(&workspace, move |w| w.set_conversation_team(id, team)).await
}
