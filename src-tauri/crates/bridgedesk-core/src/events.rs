//! Events the core pushes to whoever shows them (the Tauri shell emits them to the webview).

use bridgedesk_model::{InboxChanged, LocaleChanged, RuleNotified, Settings, SlaWarning};
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
}

/// Keeps events in memory (tests, the command line).
#[derive(Default)]
pub struct RecordingSink {
    pub locales: Mutex<Vec<LocaleChanged>>,
    pub settings: Mutex<Vec<Settings>>,
    pub inbox: Mutex<Vec<InboxChanged>>,
    pub warnings: Mutex<Vec<SlaWarning>>,
    pub notified: Mutex<Vec<RuleNotified>>,
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
}
