//! The sanitizer on hostile HTML (H5SC and DOMPurify vectors) and on mail-specific cases:
//! remote images blocked and counted, `cid:` images rewritten, styles limited.

use std::collections::BTreeMap;
use std::path::Path;

use bridgedesk_mime::sanitize_html;

fn fixture(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The H5SC vectors, one `<div id="N">…</div>` each, plus the whole file as one document.
fn h5sc_vectors() -> Vec<String> {
    let all = fixture("xss/h5sc/vectors.txt");
    let mut vectors: Vec<String> = all
        .split("<div id=\"")
        .skip(1)
        .map(|v| format!("<div id=\"{v}"))
        .collect();
    vectors.push(all);
    vectors
}

/// DOMPurify's payloads: every `"payload": "<json string>",` line of expect.mjs.
fn dompurify_payloads() -> Vec<String> {
    fixture("xss/dompurify/expect.mjs")
        .lines()
        .filter_map(|line| line.trim().strip_prefix("\"payload\": "))
        .filter_map(|literal| serde_json::from_str::<String>(literal.trim_end_matches(',')).ok())
        .collect()
}

/// (tag name, [(attribute name, value)]) for every start tag of sanitizer output. ammonia
/// serializes with double-quoted, entity-escaped values and escapes `<` in text, so a plain
/// scanner reads its output exactly.
fn start_tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        if rest.starts_with('/') || rest.starts_with('!') {
            continue;
        }
        let end_name = rest
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..end_name].to_ascii_lowercase();
        rest = &rest[end_name..];
        let mut attrs = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let end_attr = rest
                .find(|c: char| c == '=' || c.is_whitespace() || c == '>')
                .unwrap_or(rest.len());
            let attr = rest[..end_attr].to_ascii_lowercase();
            rest = &rest[end_attr..];
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix("=\"") {
                let close = after.find('"').unwrap_or(after.len());
                value = after[..close].replace("&amp;", "&").replace("&quot;", "\"");
                rest = &after[(close + 1).min(after.len())..];
            }
            attrs.push((attr, value));
        }
        tags.push((name, attrs));
    }
    tags
}

const FORBIDDEN_TAGS: &[&str] = &[
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
    "button", "textarea", "select", "option", "style", "link", "meta", "base", "svg", "math",
    "video", "audio", "source", "animate", "set", "xml", "template", "noscript", "param",
];

/// Attributes whose values a browser loads or interprets.
const URL_OR_STYLE_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "background",
    "action",
    "formaction",
    "poster",
    "cite",
    "srcset",
    "style",
    "xlink:href",
    "data",
    "lowsrc",
    "dynsrc",
    "codebase",
    "longdesc",
    "usemap",
];

/// Every remote image of `html` mapped to itself: what a cache that holds them all would do,
/// with the URLs left visible for the assertions.
fn all_remote_cached(html: &str) -> BTreeMap<String, String> {
    sanitize_html(html, &BTreeMap::new(), &BTreeMap::new())
        .remote_image_urls
        .into_iter()
        .map(|url| (url.clone(), url))
        .collect()
}

fn assert_inert(input: &str, allow_remote: bool) {
    let remote = if allow_remote {
        all_remote_cached(input)
    } else {
        BTreeMap::new()
    };
    let out = sanitize_html(input, &remote, &BTreeMap::new()).html;
    for (tag, attrs) in start_tags(&out) {
        assert!(
            !FORBIDDEN_TAGS.contains(&tag.as_str()),
            "<{tag}> kept from {input:.120}\n→ {out:.300}"
        );
        for (name, value) in attrs {
            assert!(
                !name.starts_with("on"),
                "handler {name} kept from {input:.120}"
            );
            if !URL_OR_STYLE_ATTRIBUTES.contains(&name.as_str()) {
                continue; // text such as title="javascript:alert(2)" is inert
            }
            let lower = value
                .to_ascii_lowercase()
                .replace(|c: char| c.is_whitespace() || c.is_control(), "");
            for bad in [
                "javascript:",
                "vbscript:",
                "data:",
                "expression(",
                "behavior",
                "binding",
            ] {
                assert!(
                    !lower.contains(bad),
                    "{name}={value} kept from {input:.120}"
                );
            }
            if !allow_remote {
                assert!(
                    !lower.contains("url("),
                    "{name}={value} kept from {input:.120}"
                );
                assert!(!(name == "src" && (lower.starts_with("http") || lower.starts_with("//"))));
            }
        }
    }
}

#[test]
fn no_h5sc_vector_keeps_a_script_handler_or_active_element() {
    let vectors = h5sc_vectors();
    assert!(vectors.len() > 100, "{} vectors", vectors.len());
    for vector in vectors {
        assert_inert(&vector, false);
        assert_inert(&vector, true);
    }
}

#[test]
fn no_dompurify_payload_keeps_a_script_handler_or_active_element() {
    let payloads = dompurify_payloads();
    assert_eq!(payloads.len(), 223);
    for payload in payloads {
        assert_inert(&payload, false);
        assert_inert(&payload, true);
    }
}

#[test]
fn remote_images_are_listed_and_blocked_unless_cached() {
    let html = r#"<p>Hi</p><img src="https://tracker.example/p.gif" alt="logo"><img src="//cdn.example/x.png">
        <img src="http://a.example/b.jpg"><div style="color: red; background-image: url('https://x.example/bg.png')">t</div>
        <table><tr><td background="https://x.example/cell.png">c</td></tr></table>"#;
    let blocked = sanitize_html(html, &BTreeMap::new(), &BTreeMap::new());
    assert_eq!(blocked.blocked_remote_images, 5, "{}", blocked.html);
    assert!(!blocked.html.contains("example/"), "{}", blocked.html);
    assert!(blocked.html.contains("alt=\"logo\""));
    assert!(
        blocked.html.contains("color: red") || blocked.html.contains("color:red"),
        "{}",
        blocked.html
    );

    assert_eq!(
        blocked.remote_image_urls,
        [
            "https://tracker.example/p.gif",
            "https://cdn.example/x.png",
            "http://a.example/b.jpg",
            "https://x.example/cell.png",
        ]
    );

    let allowed = sanitize_html(html, &all_remote_cached(html), &BTreeMap::new());
    assert_eq!(
        allowed.blocked_remote_images, 1,
        "a CSS background is never shown"
    );
    assert!(
        allowed
            .html
            .contains(r#"src="https://tracker.example/p.gif""#),
        "{}",
        allowed.html
    );
    assert!(
        allowed.html.contains(r#"src="https://cdn.example/x.png""#),
        "protocol-relative → https"
    );
    assert!(!allowed.html.contains("bg.png"), "{}", allowed.html);
    assert!(allowed.html.contains("cell.png"), "{}", allowed.html);
}

#[test]
fn cid_images_are_rewritten_to_the_callers_urls() {
    let mut urls = BTreeMap::new();
    urls.insert(
        "<logo@shop>".to_string(),
        "asset://localhost/parts/ab12".to_string(),
    );
    let html = r#"<img src="cid:logo@shop"><img src="CID:logo%40shop"><img src="cid:unknown@x"><a href="cid:logo@shop">x</a>"#;
    let out = sanitize_html(html, &BTreeMap::new(), &urls);
    assert_eq!(out.inline_images, 2);
    assert_eq!(out.missing_inline_images, 1);
    assert_eq!(out.blocked_remote_images, 0);
    assert_eq!(
        out.html.matches("asset://localhost/parts/ab12").count(),
        2,
        "{}",
        out.html
    );
    assert!(!out.html.contains("cid:"), "{}", out.html);
}

#[test]
fn links_stay_but_cannot_reach_the_app_or_run_code() {
    let html = r#"<a href="https://shop.example/track">track</a><a href="/settings">rel</a><a href="javascript:alert(1)">js</a><a href="mailto:a@b.c">m</a>"#;
    let out = sanitize_html(html, &BTreeMap::new(), &BTreeMap::new()).html;
    assert!(
        out.contains(r#"href="https://shop.example/track""#),
        "{out}"
    );
    assert!(out.contains("rel=\"noopener noreferrer\""));
    assert!(
        !out.contains("/settings"),
        "relative links are dropped: {out}"
    );
    assert!(!out.contains("javascript"));
    assert!(out.contains("mailto:a@b.c"));
}

#[test]
fn styles_keep_typography_and_drop_positioning() {
    let html =
        r#"<div style="position:fixed; top:0; color:#333; font-size:14px; z-index:9999">x</div>"#;
    let out = sanitize_html(html, &BTreeMap::new(), &BTreeMap::new()).html;
    assert!(out.contains("color"), "{out}");
    assert!(out.contains("font-size"), "{out}");
    assert!(
        !out.contains("position") && !out.contains("z-index"),
        "{out}"
    );
}

#[test]
fn cached_remote_images_become_their_data_urls_and_the_rest_stay_blocked() {
    let html = r#"<img src="https://shop.example/Logo.PNG?u=7"><img src="//cdn.example/gone.png">
        <div style="background: url(&quot;https://shop.example/bg.gif&quot;) no-repeat; color: blue">t</div>
        <table><tr><td background="https://shop.example/cell.png">c</td></tr></table>"#;
    let mut cached = BTreeMap::new();
    cached.insert(
        "https://shop.example/Logo.PNG?u=7".to_string(),
        "data:image/png;base64,iVBORw0KGgo=".to_string(),
    );
    cached.insert(
        "https://shop.example/cell.png".to_string(),
        "data:image/png;base64,AAAA".to_string(),
    );
    let out = sanitize_html(html, &cached, &BTreeMap::new());
    assert!(
        out.html
            .contains(r#"src="data:image/png;base64,iVBORw0KGgo=""#),
        "{}",
        out.html
    );
    assert!(
        out.html
            .contains(r#"background="data:image/png;base64,AAAA""#),
        "{}",
        out.html
    );
    assert!(out.html.contains("color:blue"), "{}", out.html);
    assert!(!out.html.contains("example"), "{}", out.html);
    assert_eq!(
        out.blocked_remote_images, 2,
        "the uncached image and the CSS background"
    );
    assert_eq!(
        out.remote_image_urls,
        [
            "https://shop.example/Logo.PNG?u=7",
            "https://cdn.example/gone.png",
            "https://shop.example/cell.png",
        ]
    );
}
