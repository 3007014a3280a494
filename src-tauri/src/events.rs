//! Forwards the core's events to every webview as Tauri events, and keeps the window title in
//! the agent's language.

use bridgedesk_core::{EventSink, Localizer};
use bridgedesk_model::{AccountChanged, InboxChanged, LocaleChanged, Settings, SyncProgress};
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

/// Sets the main window's title in `locale`.
pub fn set_window_title(app: &AppHandle, localizer: &Localizer, locale: &str) {
    if let Some(window) = app.get_webview_window("main") {
        let title = localizer.format(locale, "shell-window-title", &[]);
        if let Err(err) = window.set_title(&title) {
            tracing::warn!("Could not set the window title: {err:#}");
        }
    }
}
