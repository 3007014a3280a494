//! IPC commands: each one a thin call into `bridgedesk-core`, run off the main thread, with
//! errors mapped to the stable code + Fluent id shape ([`AppError`]).

use bridgedesk_core::{CoreError, Workspace};
use bridgedesk_model::*;
use std::sync::Arc;
use tauri::State;

pub(crate) type Shared<'a> = State<'a, Arc<Workspace>>;

/// Runs a blocking workspace call on the blocking pool and maps its error.
pub(crate) async fn blocking<T: Send + 'static>(
    workspace: &Shared<'_>,
    call: impl FnOnce(&Workspace) -> Result<T, CoreError> + Send + 'static,
) -> Result<T, AppError> {
    let workspace = Arc::clone(workspace.inner());
    tauri::async_runtime::spawn_blocking(move || call(&workspace))
        .await
        .map_err(|err| {
            tracing::error!("A workspace task failed: {err:#}");
            AppError::new("internal", "error-internal")
        })?
        .map_err(|err| {
            tracing::warn!("A command failed: {err:#}");
            err.to_app_error()
        })
}

#[tauri::command]
pub async fn workspace_status(workspace: Shared<'_>) -> Result<WorkspaceStatus, AppError> {
    blocking(&workspace, |w| Ok(w.status())).await
}

#[tauri::command]
pub async fn workspace_load_demo(workspace: Shared<'_>) -> Result<WorkspaceStatus, AppError> {
    blocking(&workspace, |w| w.load_demo()).await
}

#[tauri::command]
pub async fn workspace_move_aside_corrupt(
    workspace: Shared<'_>,
) -> Result<WorkspaceStatus, AppError> {
    blocking(&workspace, |w| w.move_aside_corrupt()).await
}

#[tauri::command]
pub async fn inbox_list(
    workspace: Shared<'_>,
    filter: InboxFilter,
    offset: u32,
    limit: u32,
) -> Result<InboxPage, AppError> {
    blocking(&workspace, move |w| w.inbox_list(&filter, offset, limit)).await
}

#[tauri::command]
pub async fn inbox_facets(workspace: Shared<'_>) -> Result<InboxFacets, AppError> {
    blocking(&workspace, |w| w.inbox_facets()).await
}

#[tauri::command]
pub async fn conversation_open(
    workspace: Shared<'_>,
    id: RowId,
) -> Result<ConversationDetail, AppError> {
    blocking(&workspace, move |w| w.open_conversation(id)).await
}

#[tauri::command]
pub async fn conversation_set_status(
    workspace: Shared<'_>,
    id: RowId,
    status: ConversationStatus,
) -> Result<ConversationSummary, AppError> {
    blocking(&workspace, move |w| w.set_status(id, status)).await
}

/// Marks the buyer's last message unread (and clears `\Seen` on the server for e-mail).
#[tauri::command]
pub async fn conversation_mark_unread(
    workspace: Shared<'_>,
    id: RowId,
) -> Result<ConversationSummary, AppError> {
    blocking(&workspace, move |w| w.mark_unread(id)).await
}

/// The buyer's waiting message needs no answer: the clocks waiting on it stop.
#[tauri::command]
pub async fn conversation_no_response_needed(
    workspace: Shared<'_>,
    id: RowId,
) -> Result<ConversationSummary, AppError> {
    blocking(&workspace, move |w| w.mark_no_response_needed(id)).await
}

#[tauri::command]
pub async fn conversation_assign(
    workspace: Shared<'_>,
    id: RowId,
    assignee: Option<String>,
) -> Result<ConversationSummary, AppError> {
    blocking(&workspace, move |w| w.assign(id, assignee.as_deref())).await
}

#[tauri::command]
pub async fn conversation_set_tags(
    workspace: Shared<'_>,
    id: RowId,
    tags: Vec<String>,
) -> Result<ConversationSummary, AppError> {
    blocking(&workspace, move |w| w.set_tags(id, &tags)).await
}

#[tauri::command]
pub async fn note_add(
    workspace: Shared<'_>,
    id: RowId,
    text: String,
) -> Result<NoteView, AppError> {
    blocking(&workspace, move |w| w.add_note(id, &text)).await
}

#[tauri::command]
pub async fn draft_save(workspace: Shared<'_>, id: RowId, text: String) -> Result<(), AppError> {
    blocking(&workspace, move |w| w.save_draft(id, &text)).await
}

/// Sends a reply through the check before sending: a block is refused with a localized error,
/// warnings come back unless `override_warnings` is set.
#[tauri::command]
pub async fn reply_send(
    workspace: Shared<'_>,
    id: RowId,
    text: String,
    override_warnings: bool,
) -> Result<ReplyOutcome, AppError> {
    blocking(&workspace, move |w| {
        w.send_checked_reply(id, &text, override_warnings)
    })
    .await
}

#[tauri::command]
pub async fn settings_get(workspace: Shared<'_>) -> Result<Settings, AppError> {
    blocking(&workspace, |w| Ok(w.settings())).await
}

#[tauri::command]
pub async fn settings_set_locale(
    workspace: Shared<'_>,
    locale: String,
) -> Result<Settings, AppError> {
    blocking(&workspace, move |w| w.set_locale(&locale)).await
}

#[tauri::command]
pub async fn settings_set_time_zone(
    workspace: Shared<'_>,
    time_zone: Option<String>,
) -> Result<Settings, AppError> {
    blocking(&workspace, move |w| w.set_time_zone(time_zone.as_deref())).await
}
