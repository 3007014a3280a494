//! IPC commands of the SLA settings panel: read and save calendars and policies, import
//! holiday sets and .ics text, reorder and delete policies, and recompute history. Each is a
//! thin call into `bridgedesk-core`.

use crate::commands::{blocking, Shared};
use bridgedesk_model::*;

#[tauri::command]
pub async fn sla_settings_get(workspace: Shared<'_>) -> Result<SlaSettings, AppError> {
    blocking(&workspace, |w| w.sla_settings()).await
}

#[tauri::command]
pub async fn sla_calendar_save(
    workspace: Shared<'_>,
    calendar: CalendarSettings,
) -> Result<SlaSettings, AppError> {
    blocking(&workspace, move |w| w.save_sla_calendar(&calendar)).await
}

#[tauri::command]
pub async fn sla_holiday_set(
    workspace: Shared<'_>,
    region: String,
    year: i32,
) -> Result<Vec<CalendarDay>, AppError> {
    blocking(&workspace, move |w| w.sla_holiday_set(&region, year)).await
}

#[tauri::command]
pub async fn sla_ics_parse(
    workspace: Shared<'_>,
    text: String,
) -> Result<Vec<CalendarDay>, AppError> {
    blocking(&workspace, move |w| w.sla_ics_days(&text)).await
}

#[tauri::command]
pub async fn sla_policy_save(
    workspace: Shared<'_>,
    policy: PolicySettings,
) -> Result<SlaSettings, AppError> {
    blocking(&workspace, move |w| w.save_sla_policy(&policy)).await
}

#[tauri::command]
pub async fn sla_policy_move(
    workspace: Shared<'_>,
    id: String,
    offset: i32,
) -> Result<SlaSettings, AppError> {
    blocking(&workspace, move |w| w.move_sla_policy(&id, offset)).await
}

#[tauri::command]
pub async fn sla_policy_delete(workspace: Shared<'_>, id: String) -> Result<SlaSettings, AppError> {
    blocking(&workspace, move |w| w.delete_sla_policy(&id)).await
}

#[tauri::command]
pub async fn sla_recompute_history(workspace: Shared<'_>) -> Result<RecomputeReport, AppError> {
    blocking(&workspace, |w| w.recompute_sla_history()).await
}

#[tauri::command]
pub async fn sla_warning_current(workspace: Shared<'_>) -> Result<Option<SlaWarning>, AppError> {
    blocking(&workspace, |w| w.current_sla_warning()).await
}
