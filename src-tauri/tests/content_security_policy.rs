//! The app's Content-Security-Policy (tauri.conf.json) lets the web view load images only from
//! the app itself and `data:` URLs: remote images in mail are fetched by the core and arrive
//! as `data:` URLs, so no page of the app can make the web view contact a web server.

use std::path::PathBuf;

fn csp_directive(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tauri.conf.json");
    let text = std::fs::read_to_string(&path).expect("tauri.conf.json is readable");
    let config: serde_json::Value = serde_json::from_str(&text).expect("tauri.conf.json is JSON");
    config["app"]["security"]["csp"][name]
        .as_str()
        .unwrap_or_else(|| panic!("the CSP has no {name}"))
        .to_owned()
}

#[test]
fn images_load_only_from_the_app_and_data_urls() {
    let img_src = csp_directive("img-src");
    let sources: Vec<&str> = img_src.split_whitespace().collect();
    assert_eq!(sources, ["'self'", "data:"], "img-src is {img_src:?}");
    for remote in ["https:", "http:", "*"] {
        assert!(!img_src.contains(remote), "img-src allows {remote}");
    }
}

#[test]
fn no_other_directive_opens_the_web() {
    for name in [
        "default-src",
        "frame-src",
        "script-src",
        "style-src",
        "object-src",
    ] {
        let value = csp_directive(name);
        for remote in ["https:", "http:", "*"] {
            assert!(!value.contains(remote), "{name} allows {remote}: {value:?}");
        }
    }
}
