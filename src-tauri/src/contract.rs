//! The IPC contract: every command the UI may invoke and every event the core pushes, with
//! their argument and result types taken from the Rust types through `ts-rs`.
//!
//! `ui/src/lib/bindings.ts` is generated from this table and committed; the test
//! `committed_bindings_match_the_rust_types` fails when the two drift (set
//! `BRIDGEDESK_WRITE_BINDINGS=1` to rewrite the file). `build.rs` reads the same command names
//! for the deny-by-default app manifest.

use bridgedesk_model::*;
use ts_rs::TS;

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
        command::<MessageView>("reply_send", vec![arg::<f64>("id"), arg::<String>("text")]),
        command::<Settings>("settings_get", vec![]),
        command::<Settings>("settings_set_locale", vec![arg::<String>("locale")]),
        command::<Settings>(
            "settings_set_time_zone",
            vec![arg::<Option<String>>("timeZone")],
        ),
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
    ]
}

/// Every event: its name and payload type.
pub fn events() -> Vec<(&'static str, String)> {
    vec![
        ("locale-changed", LocaleChanged::name()),
        ("settings-changed", Settings::name()),
        ("inbox-changed", InboxChanged::name()),
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
