//! Events the core pushes to whoever shows them (the Tauri shell emits them to the webview).

use bridgedesk_model::{
    AccountChanged, InboxChanged, LocaleChanged, RuleNotified, Settings, SlaWarning, SyncProgress,
};
use std::sync::Mutex;

/// Receives the workspace's events.
pub trait EventSink: Send + Sync {
    /// The agent switched the UI language.
    fn locale_changed(&self, event: LocaleChanged);
    /// The agent's settings changed (locale or time zone): every window re-renders.
    fn settings_changed(&self, settings: Settings);
    /// These conversations changed: lists and counts showing them should re-read.
    fn inbox_changed(&self, event: InboxChanged);
    /// Clocks crossed their warning instant: warn the agent before the breach.
    fn sla_warning(&self, warning: SlaWarning);
    /// A rule's "notify" action fired.
    fn rule_notified(&self, event: RuleNotified);
    /// An account's sync moved on (progress bar, phase, failure).
    fn sync_progress(&self, event: SyncProgress);
    /// An e-mail account was added, edited or removed.
    fn account_changed(&self, event: AccountChanged);
}

/// Keeps events in memory (tests, the command line).
#[derive(Default)]
pub struct RecordingSink {
    pub locales: Mutex<Vec<LocaleChanged>>,
    pub settings: Mutex<Vec<Settings>>,
    pub inbox: Mutex<Vec<InboxChanged>>,
    pub warnings: Mutex<Vec<SlaWarning>>,
    pub notified: Mutex<Vec<RuleNotified>>,
    pub sync: Mutex<Vec<SyncProgress>>,
    pub accounts: Mutex<Vec<AccountChanged>>,
}

impl EventSink for RecordingSink {
    fn locale_changed(&self, event: LocaleChanged) {
        self.locales
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(event);
    }
    fn settings_changed(&self, settings: Settings) {
        self.settings
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(settings);
    }
    fn inbox_changed(&self, event: InboxChanged) {
        self.inbox
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(event);
    }
    fn sla_warning(&self, warning: SlaWarning) {
        self.warnings
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(warning);
    }
    fn rule_notified(&self, event: RuleNotified) {
        self.notified
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(event);
    }
    fn sync_progress(&self, event: SyncProgress) {
        self.sync
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(event);
    }
    fn account_changed(&self, event: AccountChanged) {
        self.accounts
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(event);
    }
}
