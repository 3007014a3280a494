//! The IPC contract: every command the UI may invoke and every event the core pushes, with
//! their argument and result types taken from the Rust types through `ts-rs`.
//!
//! `ui/src/lib/bindings.ts` is generated from this table and committed; the test
//! `committed_bindings_match_the_rust_types` fails when the two drift (set
//! `BRIDGEDESK_WRITE_BINDINGS=1` to rewrite the file). `build.rs` reads the same command names
//! for the deny-by-default app manifest.

use bridgedesk_model::*;
use bridgedesk_rules::{Action, Comparison, Condition, Rule, TimeAnchor, Trigger};
use bridgedesk_triage::GradeThresholds;
use ts_rs::TS;

/// Declarations of the rule types the editor builds, one `export` each.
fn rule_declarations() -> String {
    [
        TimeAnchor::decl(),
        Trigger::decl(),
        Comparison::decl(),
        Condition::decl(),
        Action::decl(),
        Rule::decl(),
    ]
    .iter()
    .map(|decl| format!("export {decl}\n\n"))
    .collect()
}

/// One command: its name and typed arguments and result.
pub struct CommandSpec {
    pub name: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub result: String,
}

fn command<R: TS>(name: &'static str, args: Vec<(&'static str, String)>) -> CommandSpec {
    CommandSpec {
        name,
        args,
        result: R::name(),
    }
}

fn arg<T: TS>(name: &'static str) -> (&'static str, String) {
    (name, T::name())
}

/// Every command, in the order the bindings list them.
pub fn commands() -> Vec<CommandSpec> {
    vec![
        command::<WorkspaceStatus>("workspace_status", vec![]),
        command::<WorkspaceStatus>("workspace_load_demo", vec![]),
        command::<WorkspaceStatus>("workspace_move_aside_corrupt", vec![]),
        command::<InboxPage>(
            "inbox_list",
            vec![
                arg::<InboxFilter>("filter"),
                arg::<u32>("offset"),
                arg::<u32>("limit"),
            ],
        ),
        command::<InboxFacets>("inbox_facets", vec![]),
        command::<ConversationDetail>("conversation_open", vec![arg::<f64>("id")]),
        command::<ConversationSummary>(
            "conversation_set_status",
            vec![arg::<f64>("id"), arg::<ConversationStatus>("status")],
        ),
        command::<ConversationSummary>("conversation_mark_unread", vec![arg::<f64>("id")]),
        command::<ConversationSummary>("conversation_no_response_needed", vec![arg::<f64>("id")]),
        command::<ConversationSummary>(
            "conversation_assign",
            vec![arg::<f64>("id"), arg::<Option<String>>("assignee")],
        ),
        command::<ConversationSummary>(
            "conversation_set_tags",
            vec![arg::<f64>("id"), arg::<Vec<String>>("tags")],
        ),
        command::<NoteView>("note_add", vec![arg::<f64>("id"), arg::<String>("text")]),
        command::<()>("draft_save", vec![arg::<f64>("id"), arg::<String>("text")]),
        command::<ReplyOutcome>(
            "reply_send",
            vec![
                arg::<f64>("id"),
                arg::<String>("text"),
                arg::<bool>("overrideWarnings"),
            ],
        ),
        command::<Settings>("settings_get", vec![]),
        command::<Settings>("settings_set_locale", vec![arg::<String>("locale")]),
        command::<Settings>(
            "settings_set_time_zone",
            vec![arg::<Option<String>>("timeZone")],
        ),
        command::<SlaSettings>("sla_settings_get", vec![]),
        command::<SlaSettings>(
            "sla_calendar_save",
            vec![arg::<CalendarSettings>("calendar")],
        ),
        command::<Vec<CalendarDay>>(
            "sla_holiday_set",
            vec![arg::<String>("region"), arg::<f64>("year")],
        ),
        command::<Vec<CalendarDay>>("sla_ics_parse", vec![arg::<String>("text")]),
        command::<SlaSettings>("sla_policy_save", vec![arg::<PolicySettings>("policy")]),
        command::<SlaSettings>(
            "sla_policy_move",
            vec![arg::<String>("id"), arg::<f64>("offset")],
        ),
        command::<SlaSettings>("sla_policy_delete", vec![arg::<String>("id")]),
        command::<RecomputeReport>("sla_recompute_history", vec![]),
        command::<Option<SlaWarning>>("sla_warning_current", vec![]),
        command::<Vec<TeamView>>("teams_list", vec![]),
        command::<TeamView>("team_create", vec![arg::<String>("name")]),
        command::<TeamView>("team_rename", vec![arg::<f64>("id"), arg::<String>("name")]),
        command::<()>("team_delete", vec![arg::<f64>("id")]),
        command::<ConversationSummary>(
            "conversation_set_team",
            vec![arg::<f64>("id"), arg::<Option<f64>>("team")],
        ),
        command::<ConversationSummary>(
            "conversation_correct_category",
            vec![arg::<f64>("id"), arg::<Category>("category")],
        ),
        command::<CustomerStanding>(
            "customer_set_blacklist",
            vec![arg::<f64>("id"), arg::<Option<String>>("reason")],
        ),
        command::<GradeThresholds>("grade_thresholds_get", vec![]),
        command::<GradeThresholds>(
            "grade_thresholds_set",
            vec![arg::<GradeThresholds>("thresholds")],
        ),
        command::<Vec<RuleView>>("rules_list", vec![]),
        command::<RuleView>(
            "rule_save",
            vec![arg::<Option<f64>>("id"), arg::<Rule>("rule")],
        ),
        command::<Vec<RuleView>>(
            "rule_set_enabled",
            vec![arg::<f64>("id"), arg::<bool>("enabled")],
        ),
        command::<Vec<RuleView>>("rule_delete", vec![arg::<f64>("id")]),
        command::<Vec<RuleView>>("rules_reorder", vec![arg::<Vec<f64>>("ids")]),
        command::<Vec<RuleRunView>>(
            "rule_dry_run",
            vec![arg::<Rule>("rule"), arg::<u32>("limit")],
        ),
        command::<Vec<RuleRunView>>("rule_runs", vec![arg::<f64>("id")]),
        command::<String>("rules_export", vec![]),
        command::<RuleImport>("rules_import", vec![arg::<String>("json")]),
        command::<Vec<TemplateView>>("templates_list", vec![]),
        command::<RenderedTemplate>(
            "template_render",
            vec![
                arg::<f64>("id"),
                arg::<String>("key"),
                arg::<Option<String>>("language"),
            ],
        ),
        command::<SendCheckView>("reply_check", vec![arg::<f64>("id"), arg::<String>("text")]),
        command::<Vec<SensitiveWordList>>("sensitive_words_get", vec![]),
        command::<Vec<SensitiveWordList>>(
            "sensitive_words_set",
            vec![arg::<String>("language"), arg::<Vec<String>>("words")],
        ),
        command::<SimulatedMessage>("demo_simulate_buyer_message", vec![]),
        command::<Vec<EmailAccountView>>("mail_accounts_list", vec![]),
        command::<EmailAccountView>("mail_account_add", vec![arg::<EmailAccountInput>("input")]),
        command::<EmailAccountView>(
            "mail_account_update",
            vec![arg::<f64>("id"), arg::<EmailAccountInput>("input")],
        ),
        command::<()>("mail_account_remove", vec![arg::<f64>("id")]),
        command::<ConnectionTestResult>(
            "mail_account_test",
            vec![arg::<Option<f64>>("id"), arg::<EmailAccountInput>("input")],
        ),
        command::<Vec<SyncProgress>>("mail_sync_status", vec![]),
        command::<()>("mail_sync_start", vec![]),
        command::<()>("mail_sync_cancel", vec![arg::<f64>("id")]),
        command::<ConversationDetail>(
            "mail_allow_remote_images",
            vec![arg::<f64>("messageId"), arg::<RemoteImageScope>("scope")],
        ),
        command::<ConversationDetail>("mail_fetch_remote_images", vec![arg::<f64>("messageId")]),
    ]
}

/// Every event: its name and payload type.
pub fn events() -> Vec<(&'static str, String)> {
    vec![
        ("locale-changed", LocaleChanged::name()),
        ("settings-changed", Settings::name()),
        ("inbox-changed", InboxChanged::name()),
        ("sla-warning", SlaWarning::name()),
        ("rule-notified", RuleNotified::name()),
        ("sync-progress", SyncProgress::name()),
        ("account-changed", AccountChanged::name()),
    ]
}

/// The whole text of `ui/src/lib/bindings.ts`.
pub fn typescript_bindings() -> String {
    let mut out = String::from(
        "// Generated from the Rust types by src-tauri/src/contract.rs. Do not edit by hand:\n\
         // run `BRIDGEDESK_WRITE_BINDINGS=1 cargo test -p bridgedesk-app bindings` instead.\n\n",
    );
    out.push_str(&typescript_declarations());
    out.push_str(&bridgedesk_triage::typescript_declarations());
    out.push_str(&rule_declarations());
    out.push_str(
        "/** Every IPC command: its arguments and its result. */\nexport interface Commands {\n",
    );
    for c in commands() {
        let args: Vec<String> = c.args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
        let result = if c.result == "null" {
            "void".to_owned()
        } else {
            c.result.clone()
        };
        out.push_str(&format!(
            "  {}: {{ args: {{ {} }}; result: {} }};\n",
            c.name,
            args.join("; "),
            result
        ));
    }
    out.push_str(
        "}\n\n/** Every event the core pushes: its payload. */\nexport interface Events {\n",
    );
    for (name, payload) in events() {
        out.push_str(&format!("  \"{name}\": {payload};\n"));
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn bindings_path() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts")
    }

    #[test]
    fn committed_bindings_match_the_rust_types() {
        let fresh = typescript_bindings();
        let path = bindings_path();
        if std::env::var_os("BRIDGEDESK_WRITE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/lib/bindings.ts is out of date; run BRIDGEDESK_WRITE_BINDINGS=1 cargo test -p bridgedesk-app bindings"
        );
    }

    #[test]
    fn every_contract_command_is_in_the_app_manifest() {
        let manifest: Vec<&str> = crate::COMMAND_NAMES.to_vec();
        let contract: Vec<&str> = commands().iter().map(|c| c.name).collect();
        assert_eq!(manifest, contract);
    }
}
