//! IPC commands of triage, customer standing, rules, templates, the send check and the demo's
//! buyer-message simulator: each a thin call into `bridgedesk-core`.

use crate::commands::{blocking, Shared};
use bridgedesk_model::*;
use bridgedesk_triage::GradeThresholds;

#[tauri::command]
pub async fn conversation_correct_category(
    workspace: Shared<'_>,
    id: RowId,
    category: Category,
) -> Result<ConversationSummary, AppError> {
    blocking(&workspace, move |w| w.correct_category(id, category)).await
}

#[tauri::command]
pub async fn customer_set_blacklist(
    workspace: Shared<'_>,
    id: RowId,
    reason: Option<String>,
) -> Result<CustomerStanding, AppError> {
    blocking(&workspace, move |w| w.set_blacklist(id, reason.as_deref())).await
}

#[tauri::command]
pub async fn grade_thresholds_get(workspace: Shared<'_>) -> Result<GradeThresholds, AppError> {
    blocking(&workspace, |w| w.grade_thresholds()).await
}

#[tauri::command]
pub async fn grade_thresholds_set(
    workspace: Shared<'_>,
    thresholds: GradeThresholds,
) -> Result<GradeThresholds, AppError> {
    blocking(&workspace, move |w| w.set_grade_thresholds(&thresholds)).await
}

#[tauri::command]
pub async fn rules_list(workspace: Shared<'_>) -> Result<Vec<RuleView>, AppError> {
    blocking(&workspace, |w| w.rules_list()).await
}

#[tauri::command]
pub async fn rule_save(
    workspace: Shared<'_>,
    id: Option<RowId>,
    rule: serde_json::Value,
) -> Result<RuleView, AppError> {
    blocking(&workspace, move |w| w.rule_save(id, &rule)).await
}

#[tauri::command]
pub async fn rule_set_enabled(
    workspace: Shared<'_>,
    id: RowId,
    enabled: bool,
) -> Result<Vec<RuleView>, AppError> {
    blocking(&workspace, move |w| w.rule_set_enabled(id, enabled)).await
}

#[tauri::command]
pub async fn rule_delete(workspace: Shared<'_>, id: RowId) -> Result<Vec<RuleView>, AppError> {
    blocking(&workspace, move |w| w.rule_delete(id)).await
}

#[tauri::command]
pub async fn rules_reorder(
    workspace: Shared<'_>,
    ids: Vec<RowId>,
) -> Result<Vec<RuleView>, AppError> {
    blocking(&workspace, move |w| w.rules_reorder(&ids)).await
}

#[tauri::command]
pub async fn rule_dry_run(
    workspace: Shared<'_>,
    rule: serde_json::Value,
    limit: u32,
) -> Result<Vec<RuleRunView>, AppError> {
    blocking(&workspace, move |w| w.dry_run_rule(&rule, limit)).await
}

#[tauri::command]
pub async fn rule_runs(workspace: Shared<'_>, id: RowId) -> Result<Vec<RuleRunView>, AppError> {
    blocking(&workspace, move |w| w.rule_runs(id)).await
}

#[tauri::command]
pub async fn rules_export(workspace: Shared<'_>) -> Result<String, AppError> {
    blocking(&workspace, |w| w.rules_export()).await
}

#[tauri::command]
pub async fn rules_import(workspace: Shared<'_>, json: String) -> Result<RuleImport, AppError> {
    blocking(&workspace, move |w| w.rules_import(&json)).await
}

#[tauri::command]
pub async fn templates_list(workspace: Shared<'_>) -> Result<Vec<TemplateView>, AppError> {
    blocking(&workspace, |w| w.templates_list()).await
}

#[tauri::command]
pub async fn template_render(
    workspace: Shared<'_>,
    id: RowId,
    key: String,
    language: Option<String>,
) -> Result<RenderedTemplate, AppError> {
    blocking(&workspace, move |w| {
        w.template_render(id, &key, language.as_deref())
    })
    .await
}

#[tauri::command]
pub async fn reply_check(
    workspace: Shared<'_>,
    id: RowId,
    text: String,
) -> Result<SendCheckView, AppError> {
    blocking(&workspace, move |w| w.check_reply(id, &text)).await
}

#[tauri::command]
pub async fn sensitive_words_get(
    workspace: Shared<'_>,
) -> Result<Vec<SensitiveWordList>, AppError> {
    blocking(&workspace, |w| w.sensitive_words()).await
}

#[tauri::command]
pub async fn sensitive_words_set(
    workspace: Shared<'_>,
    language: String,
    words: Vec<String>,
) -> Result<Vec<SensitiveWordList>, AppError> {
    blocking(&workspace, move |w| {
        w.set_sensitive_words(&language, &words)
    })
    .await
}

#[tauri::command]
pub async fn demo_simulate_buyer_message(
    workspace: Shared<'_>,
) -> Result<SimulatedMessage, AppError> {
    blocking(&workspace, |w| w.simulate_buyer_message()).await
}
