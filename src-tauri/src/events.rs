//! Forwards the core's events to every webview as Tauri events, and keeps the window title in
//! the agent's language.

use bridgedesk_core::{EventSink, Localizer};
use bridgedesk_model::{
    AccountChanged, InboxChanged, LocaleChanged, RuleNotified, Settings, SlaWarning, SyncProgress,
};
use std::sync::Arc;
use tauri::{AppHandle, Emitter, Manager};

/// The shell's [`EventSink`].
pub struct WebviewEvents {
    pub app: AppHandle,
    pub localizer: Arc<Localizer>,
}

impl EventSink for WebviewEvents {
    fn locale_changed(&self, event: LocaleChanged) {
        set_window_title(&self.app, &self.localizer, &event.locale);
        if let Err(err) = self.app.emit("locale-changed", event) {
            tracing::warn!("Could not emit locale-changed: {err:#}");
        }
    }

    fn settings_changed(&self, settings: Settings) {
        if let Err(err) = self.app.emit("settings-changed", settings) {
            tracing::warn!("Could not emit settings-changed: {err:#}");
        }
    }

    fn inbox_changed(&self, event: InboxChanged) {
        if let Err(err) = self.app.emit("inbox-changed", event) {
            tracing::warn!("Could not emit inbox-changed: {err:#}");
        }
    }

    fn rule_notified(&self, event: RuleNotified) {
        if let Err(err) = self.app.emit("rule-notified", &event) {
            tracing::warn!("Could not emit rule-notified: {err:#}");
        }
        let locale = agent_locale(&self.app);
        let title = self.localizer.format(
            &locale,
            "rules-notice-text",
            &[("rule", event.rule_name.as_str().into())],
        );
        show_notification(&self.app, title, String::new());
    }

    fn sla_warning(&self, warning: SlaWarning) {
        // The in-app alert first: the native notification may be slow or unavailable.
        if let Err(err) = self.app.emit("sla-warning", &warning) {
            tracing::warn!("Could not emit sla-warning: {err:#}");
        }
        show_breach_notification(&self.app, &self.localizer, &warning);
    }

    fn sync_progress(&self, event: SyncProgress) {
        if let Err(err) = self.app.emit("sync-progress", event) {
            tracing::warn!("Could not emit sync-progress: {err:#}");
        }
    }

    fn account_changed(&self, event: AccountChanged) {
        if let Err(err) = self.app.emit("account-changed", event) {
            tracing::warn!("Could not emit account-changed: {err:#}");
        }
    }
}

/// The native notification before a breach. Where the desktop has no notification service
/// (a bare X server, a CI box) showing it fails; that is logged, never fatal: the in-app alert
/// still appears.
fn show_breach_notification(app: &AppHandle, localizer: &Localizer, warning: &SlaWarning) {
    let title = localizer.format(
        &agent_locale(app),
        "sla-alert-notification-title",
        &[("count", warning.count.into())],
    );
    show_notification(app, title, warning.most_urgent_subject.clone());
}

/// The agent's UI language, for text the shell writes itself.
fn agent_locale(app: &AppHandle) -> String {
    app.try_state::<Arc<bridgedesk_core::Workspace>>()
        .map(|w| w.settings().locale)
        .unwrap_or_else(|| "en-US".to_owned())
}

/// A native desktop notification; failure (no notification service) is logged, never fatal.
fn show_notification(app: &AppHandle, title: String, body: String) {
    use tauri_plugin_notification::NotificationExt;
    let shown = app.notification().builder().title(title).body(body).show();
    if let Err(err) = shown {
        tracing::info!("No native notification shown (the in-app notice remains): {err:#}");
    }
}

/// Sets the main window's title in `locale`.
pub fn set_window_title(app: &AppHandle, localizer: &Localizer, locale: &str) {
    if let Some(window) = app.get_webview_window("main") {
        let title = localizer.format(locale, "shell-window-title", &[]);
        if let Err(err) = window.set_title(&title) {
            tracing::warn!("Could not set the window title: {err:#}");
        }
    }
}
