//! IPC commands of the e-mail channel: accounts, connection test, sync control and remote
//! images. Each is a thin call into `bridgedesk-core` on the blocking pool (fetching remote
//! images waits for the network there, never on the UI thread).

use crate::commands::{blocking, Shared};
use bridgedesk_model::*;

#[tauri::command]
pub async fn mail_accounts_list(workspace: Shared<'_>) -> Result<Vec<EmailAccountView>, AppError> {
    blocking(&workspace, |w| w.mail_accounts()).await
}

#[tauri::command]
pub async fn mail_account_add(
    workspace: Shared<'_>,
    input: EmailAccountInput,
) -> Result<EmailAccountView, AppError> {
    blocking(&workspace, move |w| w.add_mail_account(&input)).await
}

#[tauri::command]
pub async fn mail_account_update(
    workspace: Shared<'_>,
    id: RowId,
    input: EmailAccountInput,
) -> Result<EmailAccountView, AppError> {
    blocking(&workspace, move |w| w.update_mail_account(id, &input)).await
}

#[tauri::command]
pub async fn mail_account_remove(workspace: Shared<'_>, id: RowId) -> Result<(), AppError> {
    blocking(&workspace, move |w| w.remove_mail_account(id)).await
}

#[tauri::command]
pub async fn mail_account_test(
    workspace: Shared<'_>,
    id: Option<RowId>,
    input: EmailAccountInput,
) -> Result<ConnectionTestResult, AppError> {
    blocking(&workspace, move |w| w.test_mail_connection(id, &input)).await
}

#[tauri::command]
pub async fn mail_sync_status(workspace: Shared<'_>) -> Result<Vec<SyncProgress>, AppError> {
    blocking(&workspace, |w| Ok(w.mail_sync_status())).await
}

#[tauri::command]
pub async fn mail_sync_start(workspace: Shared<'_>) -> Result<(), AppError> {
    blocking(&workspace, |w| w.start_mail_sync()).await
}

#[tauri::command]
pub async fn mail_sync_cancel(workspace: Shared<'_>, id: RowId) -> Result<(), AppError> {
    blocking(&workspace, move |w| w.cancel_mail_sync(id)).await
}

#[tauri::command]
pub async fn mail_allow_remote_images(
    workspace: Shared<'_>,
    message_id: RowId,
    scope: RemoteImageScope,
) -> Result<ConversationDetail, AppError> {
    blocking(&workspace, move |w| {
        w.allow_remote_images(message_id, scope)
    })
    .await
}

#[tauri::command]
pub async fn mail_fetch_remote_images(
    workspace: Shared<'_>,
    message_id: RowId,
) -> Result<ConversationDetail, AppError> {
    blocking(&workspace, move |w| w.fetch_remote_images(message_id)).await
}
