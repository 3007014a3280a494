//! The Bridgedesk shell: opens the window and maps IPC commands onto `bridgedesk-core`.

pub mod contract;

/// Commands the app manifest allows; the single list shared with `build.rs`.
pub const COMMAND_NAMES: &[&str] = include!("command_names.rs");

/// Starts the app.
pub fn run() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("error while running tauri application");
}
