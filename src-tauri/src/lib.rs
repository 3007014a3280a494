//! The Bridgedesk shell: opens the window, builds the [`Workspace`] in the OS app-data folder
//! (or `BRIDGEDESK_DATA_DIR`), and maps IPC commands onto `bridgedesk-core`. No business logic
//! lives here.

mod commands;
mod commands_mail;
mod commands_rules;
mod commands_sla;
mod commands_teams;
pub mod contract;
mod events;

use bridgedesk_core::{
    spawn_breach_watch, AgentEnvironment, Localizer, SystemClock, Workspace, KEYCHAIN_SERVICE,
};
use bridgedesk_mail::{KeychainSecretStore, MemorySecretStore, SecretStore};
use std::path::PathBuf;
use std::sync::Arc;
use tauri::Manager;

/// How often the scheduler checks the time-based rules.
const SCHEDULER_PERIOD: std::time::Duration = std::time::Duration::from_secs(60);

/// Commands the app manifest allows; the single list shared with `build.rs`.
pub const COMMAND_NAMES: &[&str] = include!("command_names.rs");

/// Where the workspace lives: `BRIDGEDESK_DATA_DIR` if set, else the OS app-data folder.
fn data_dir(app: &tauri::App) -> Result<PathBuf, tauri::Error> {
    match std::env::var_os("BRIDGEDESK_DATA_DIR") {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => app.path().app_data_dir(),
    }
}

/// Where account passwords live: the OS keychain, or process memory when
/// `BRIDGEDESK_SECRET_STORE=memory` (end-to-end runs in containers without a keyring; the
/// passwords are then forgotten when the app quits).
fn secret_store() -> Arc<dyn SecretStore> {
    match std::env::var("BRIDGEDESK_SECRET_STORE").as_deref() {
        Ok("memory") => {
            tracing::warn!(
                "Account passwords are kept in memory only (BRIDGEDESK_SECRET_STORE=memory)"
            );
            Arc::new(MemorySecretStore::new())
        }
        _ => Arc::new(KeychainSecretStore::new(KEYCHAIN_SERVICE)),
    }
}

/// Starts the app.
pub fn run() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("BRIDGEDESK_LOG")
                .unwrap_or_else(|_| "info".into()),
        )
        .init();
    tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            let localizer = Arc::new(Localizer::embedded());
            for problem in localizer.problems() {
                tracing::warn!(
                    "Locale file {}/{} has a problem: {}",
                    problem.locale,
                    problem.file,
                    problem.detail
                );
            }
            let sink = Arc::new(events::WebviewEvents {
                app: app.handle().clone(),
                localizer: localizer.clone(),
            });
            let dir = data_dir(app)?;
            let workspace = Workspace::open(
                &dir,
                Arc::new(SystemClock),
                sink,
                localizer.clone(),
                AgentEnvironment::from_os(),
            )
            .with_secret_store(secret_store());
            events::set_window_title(app.handle(), &localizer, &workspace.settings().locale);
            let workspace = Arc::new(workspace);
            workspace.attach();
            if let Err(err) = workspace.start_mail_sync() {
                tracing::warn!("Mail sync did not start: {err:#}");
            }
            if let Err(err) = spawn_breach_watch(workspace.clone()) {
                tracing::warn!("Could not start the SLA breach watch: {err:#}");
            }
            tauri::async_runtime::spawn(bridgedesk_core::run_scheduler(
                Arc::clone(&workspace),
                SCHEDULER_PERIOD,
            ));
            app.manage(workspace);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::workspace_status,
            commands::workspace_load_demo,
            commands::workspace_move_aside_corrupt,
            commands::inbox_list,
            commands::inbox_facets,
            commands::conversation_open,
            commands::conversation_set_status,
            commands::conversation_mark_unread,
            commands::conversation_no_response_needed,
            commands::conversation_assign,
            commands::conversation_set_tags,
            commands::note_add,
            commands::draft_save,
            commands::reply_send,
            commands::settings_get,
            commands::settings_set_locale,
            commands::settings_set_time_zone,
            commands_sla::sla_settings_get,
            commands_sla::sla_calendar_save,
            commands_sla::sla_holiday_set,
            commands_sla::sla_ics_parse,
            commands_sla::sla_policy_save,
            commands_sla::sla_policy_move,
            commands_sla::sla_policy_delete,
            commands_sla::sla_recompute_history,
            commands_sla::sla_warning_current,
            commands_teams::teams_list,
            commands_teams::team_create,
            commands_teams::team_rename,
            commands_teams::team_delete,
            commands_teams::conversation_set_team,
            commands_rules::conversation_correct_category,
            commands_rules::customer_set_blacklist,
            commands_rules::grade_thresholds_get,
            commands_rules::grade_thresholds_set,
            commands_rules::rules_list,
            commands_rules::rule_save,
            commands_rules::rule_set_enabled,
            commands_rules::rule_delete,
            commands_rules::rules_reorder,
            commands_rules::rule_dry_run,
            commands_rules::rule_runs,
            commands_rules::rules_export,
            commands_rules::rules_import,
            commands_rules::templates_list,
            commands_rules::template_render,
            commands_rules::reply_check,
            commands_rules::sensitive_words_get,
            commands_rules::sensitive_words_set,
            commands_rules::demo_simulate_buyer_message,
            commands_mail::mail_accounts_list,
            commands_mail::mail_account_add,
            commands_mail::mail_account_update,
            commands_mail::mail_account_remove,
            commands_mail::mail_account_test,
            commands_mail::mail_sync_status,
            commands_mail::mail_sync_start,
            commands_mail::mail_sync_cancel,
            commands_mail::mail_allow_remote_images,
            commands_mail::mail_fetch_remote_images,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            tracing::error!("Bridgedesk could not start: {err:#}");
            std::process::exit(1);
        });
}
