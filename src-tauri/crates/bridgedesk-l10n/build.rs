//! Embeds every `locales/<locale>/*.ftl` file of the repository, so the binary carries all UI
//! languages and the Rust side reads the very files the web UI reads.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest.join("../../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut entries: Vec<(String, PathBuf)> = Vec::new();
    if let Ok(dirs) = std::fs::read_dir(&locales) {
        for dir in dirs.flatten() {
            let path = dir.path();
            if !path.is_dir() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let locale = dir.file_name().to_string_lossy().into_owned();
            if let Ok(files) = std::fs::read_dir(&path) {
                for file in files.flatten() {
                    let file = file.path();
                    if file.extension().is_some_and(|e| e == "ftl") {
                        println!("cargo:rerun-if-changed={}", file.display());
                        entries.push((
                            locale.clone(),
                            file.canonicalize().expect("locale file is readable"),
                        ));
                    }
                }
            }
        }
    }
    entries.sort();
    let mut code = String::from("/// (locale, file name, Fluent source) of every embedded file.\npub const EMBEDDED: &[(&str, &str, &str)] = &[\n");
    for (locale, path) in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        writeln!(
            code,
            "    ({locale:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("write to String");
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("embedded_locales.rs");
    std::fs::write(out, code).expect("write embedded_locales.rs");
}
