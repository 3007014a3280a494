//! Generates the Tauri context and the deny-by-default app manifest: only the commands listed in
//! `src/command_names.rs` exist for the webview, and a capability file must still grant each one.

const COMMANDS: &[&str] = include!("src/command_names.rs");

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run tauri-build");
}
