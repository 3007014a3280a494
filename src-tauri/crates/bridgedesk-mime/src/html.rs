//! HTML mail made safe to show: buyers' mail clients, marketplaces and spammers all send HTML,
//! and the UI shows it in a sandboxed frame only after this allow-list sanitizer (ammonia, on
//! html5ever's spec-compliant parser) has removed everything active.
//!
//! Removed: scripts and styles sheets (with content), event handlers, forms and inputs, frames,
//! objects and embeds, `javascript:`/`data:` and relative URLs, CSS outside a small property list
//! and any CSS `url()` (remote ones counted as blocked). Remote images (`<img src>` and
//! `background` attributes with `http:`, `https:` or protocol-relative URLs) are listed, so the
//! core can fetch them once the agent allows it, and are replaced by the caller's URL for them
//! (the `data:` URL of a cached copy), or lose their `src` and are counted so the UI can offer
//! "show images". The frame never loads anything from the network. `cid:` images are rewritten
//! to the caller's URLs for the message's inline parts.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde::Serialize;

/// Sanitized HTML and what was done to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SanitizedHtml {
    /// HTML safe to put in a sandboxed frame (a fragment, no `<html>`/`<body>`).
    pub html: String,
    /// Remote images (`<img src>` or CSS `url()`) removed because the caller had no URL for them.
    pub blocked_remote_images: usize,
    /// Every remote image URL of an `<img src>` or `background` attribute (protocol-relative
    /// ones as `https:`), once each, in document order: what the core fetches when the agent
    /// allows remote images.
    pub remote_image_urls: Vec<String>,
    /// `cid:` images rewritten to a caller-provided URL.
    pub inline_images: usize,
    /// `cid:` images whose Content-ID had no URL in the mapping (their `src` removed).
    pub missing_inline_images: usize,
}

/// CSS properties kept in `style` attributes: layout and typography that mail needs, nothing
/// that positions content over the app or loads resources (URLs are checked separately).
const STYLE_PROPERTIES: &[&str] = &[
    "background-color",
    "background",
    "background-image",
    "border",
    "border-bottom",
    "border-collapse",
    "border-color",
    "border-left",
    "border-radius",
    "border-right",
    "border-spacing",
    "border-style",
    "border-top",
    "border-width",
    "color",
    "direction",
    "display",
    "font",
    "font-family",
    "font-size",
    "font-style",
    "font-variant",
    "font-weight",
    "height",
    "letter-spacing",
    "line-height",
    "list-style-type",
    "margin",
    "margin-bottom",
    "margin-left",
    "margin-right",
    "margin-top",
    "max-height",
    "max-width",
    "min-height",
    "min-width",
    "padding",
    "padding-bottom",
    "padding-left",
    "padding-right",
    "padding-top",
    "table-layout",
    "text-align",
    "text-decoration",
    "text-indent",
    "text-transform",
    "unicode-bidi",
    "vertical-align",
    "white-space",
    "width",
    "word-break",
    "word-spacing",
    "word-wrap",
];

/// Presentational attributes allowed on any element, beyond ammonia's defaults (`lang`, `title`).
const GENERIC_ATTRIBUTES: &[&str] = &[
    "style", "dir", "align", "valign", "bgcolor", "width", "height", "class",
];

struct Counters {
    blocked: AtomicUsize,
    inline: AtomicUsize,
    missing: AtomicUsize,
    remote: Mutex<Vec<String>>,
}

impl Counters {
    fn found_remote(&self, url: &str) {
        let mut found = self.remote.lock().unwrap_or_else(|p| p.into_inner());
        if !found.iter().any(|u| u == url) {
            found.push(url.to_owned());
        }
    }
}

/// What the sanitizer does with remote images: each one whose URL (protocol-relative ones as
/// `https:`) is a key is replaced by the value (a `data:` URL of the cached copy); the others
/// are removed and counted in [`SanitizedHtml::blocked_remote_images`]. Empty blocks them all.
pub type RemoteImageUrls = BTreeMap<String, String>;

/// Sanitizes `html` for display. `inline_urls` maps Content-IDs (without angle brackets, as in
/// [`crate::MailPart::content_id`]) to URLs the UI can load, e.g. a `data:` URL of the stored
/// part. `remote_urls` replaces the remote images (`<img src>`, `background`) that the core has
/// cached; see [`RemoteImageUrls`].
pub fn sanitize_html(
    html: &str,
    remote_urls: &RemoteImageUrls,
    inline_urls: &BTreeMap<String, String>,
) -> SanitizedHtml {
    let counters = Arc::new(Counters {
        blocked: AtomicUsize::new(0),
        inline: AtomicUsize::new(0),
        missing: AtomicUsize::new(0),
        remote: Mutex::new(Vec::new()),
    });
    let remote_mapping = Arc::new(remote_urls.clone());
    let mapping: Arc<BTreeMap<String, String>> = Arc::new(
        inline_urls
            .iter()
            .map(|(cid, url)| {
                (
                    cid.trim_matches(['<', '>']).to_ascii_lowercase(),
                    url.clone(),
                )
            })
            .collect(),
    );
    let mut schemes: HashSet<&str> = ["http", "https", "mailto", "tel", "cid"]
        .into_iter()
        .collect();
    let mapped_schemes: Vec<String> = mapping
        .values()
        .filter_map(|url| url.split_once(':').map(|(s, _)| s.to_ascii_lowercase()))
        .collect();
    for scheme in &mapped_schemes {
        if !matches!(scheme.as_str(), "javascript" | "vbscript" | "data" | "file") {
            schemes.insert(scheme.as_str());
        }
    }

    let filter_counters = Arc::clone(&counters);
    let filter_mapping = Arc::clone(&mapping);
    let filter_remote = Arc::clone(&remote_mapping);
    let mut builder = ammonia::Builder::default();
    builder
        .add_generic_attributes(GENERIC_ATTRIBUTES.iter().copied())
        .add_tag_attributes("td", ["colspan", "rowspan", "background"])
        .add_tag_attributes("th", ["colspan", "rowspan"])
        .add_tag_attributes("table", ["cellpadding", "cellspacing", "border"])
        .add_tag_attributes("font", ["color", "face", "size"])
        .add_tags(["font", "center"])
        .url_schemes(schemes)
        // Relative URLs pass the first check so the attribute filter sees protocol-relative
        // images (to count or upgrade them); whatever is still relative afterwards is removed.
        .url_relative(ammonia::UrlRelative::Custom(Box::new(deny_relative)))
        .filter_style_properties(STYLE_PROPERTIES.iter().copied().collect())
        .attribute_filter(move |element, attribute, value| {
            filter_attribute(
                element,
                attribute,
                value,
                &filter_remote,
                &filter_mapping,
                &filter_counters,
            )
        });
    let html = builder.clean(html).to_string();
    drop(builder);
    let remote_image_urls =
        std::mem::take(&mut *counters.remote.lock().unwrap_or_else(|p| p.into_inner()));
    SanitizedHtml {
        html,
        blocked_remote_images: counters.blocked.load(Ordering::Relaxed),
        remote_image_urls,
        inline_images: counters.inline.load(Ordering::Relaxed),
        missing_inline_images: counters.missing.load(Ordering::Relaxed),
    }
}

/// Removes every URL still relative after filtering: mail has no base URL, and a relative URL
/// would resolve against the app itself.
fn deny_relative(_url: &str) -> Option<Cow<'_, str>> {
    None
}

fn filter_attribute<'u>(
    element: &str,
    attribute: &str,
    value: &'u str,
    remote: &RemoteImageUrls,
    mapping: &BTreeMap<String, String>,
    counters: &Counters,
) -> Option<Cow<'u, str>> {
    match attribute {
        "src" if element == "img" => image_source(value, remote, mapping, counters),
        "background" => image_source(value, remote, mapping, counters),
        "style" => Some(filter_style(value, counters)),
        // Every other URL attribute must not point at cid: (only images may).
        "href" | "cite" if value.trim_start().to_ascii_lowercase().starts_with("cid:") => None,
        _ => Some(Cow::Borrowed(value)),
    }
}

fn image_source<'u>(
    value: &'u str,
    remote: &RemoteImageUrls,
    mapping: &BTreeMap<String, String>,
    counters: &Counters,
) -> Option<Cow<'u, str>> {
    let trimmed = value.trim();
    let lower = trimmed.to_ascii_lowercase();
    if let Some(cid) = lower.strip_prefix("cid:") {
        let cid = percent_decode(cid);
        return match mapping.get(cid.trim_matches(['<', '>'])) {
            Some(url) => {
                counters.inline.fetch_add(1, Ordering::Relaxed);
                Some(Cow::Owned(url.clone()))
            }
            None => {
                counters.missing.fetch_add(1, Ordering::Relaxed);
                None
            }
        };
    }
    let Some(url) = remote_url(trimmed) else {
        // Relative or other schemes: ammonia's scheme and relative-URL rules decide (denied).
        return Some(Cow::Borrowed(value));
    };
    counters.found_remote(&url);
    match remote.get(&url) {
        Some(cached) => Some(Cow::Owned(cached.clone())),
        None => {
            counters.blocked.fetch_add(1, Ordering::Relaxed);
            None
        }
    }
}

/// The URL of a remote image as it is fetched (protocol-relative → `https:`), or `None` when
/// `value` is not `http:`, `https:` or protocol-relative.
fn remote_url(value: &str) -> Option<String> {
    let lower = value.get(..6).unwrap_or(value).to_ascii_lowercase();
    if lower.starts_with("//") {
        Some(format!("https:{value}"))
    } else if lower.starts_with("http:") || lower.starts_with("https:") {
        Some(value.to_owned())
    } else {
        None
    }
}

/// Drops declarations that could load or hide something: any `url(`, `expression(`,
/// `behavior`, `-moz-binding`, escapes and `javascript:`. A remote image in a CSS `url()` is
/// counted as blocked but never fetched: ammonia's own style filter accepts only the allowed
/// URL schemes, and `data:` must not be one of them (it would let `data:` links through), so a
/// cached copy could not be shown there. Property allow-listing happens afterwards in ammonia.
fn filter_style<'u>(value: &'u str, counters: &Counters) -> Cow<'u, str> {
    let mut kept: Vec<&str> = Vec::new();
    for declaration in value.split(';') {
        let lower = declaration.to_ascii_lowercase();
        if lower.contains('\\')
            || lower.contains("expression")
            || lower.contains("javascript:")
            || lower.contains("behavior")
            || lower.contains("binding")
            || lower.contains("@import")
        {
            continue;
        }
        if lower.contains("url(") {
            if url_arguments(&lower).all(|u| remote_url(u).is_some()) {
                counters.blocked.fetch_add(1, Ordering::Relaxed);
            }
            continue;
        }
        kept.push(declaration);
    }
    let joined = kept.join(";");
    if joined == value {
        Cow::Borrowed(value)
    } else {
        Cow::Owned(joined)
    }
}

/// The arguments of every `url(...)` in a lower-cased declaration, unquoted.
fn url_arguments(lower: &str) -> impl Iterator<Item = &str> {
    lower.split("url(").skip(1).map(|rest| {
        let inner = rest.split(')').next().unwrap_or("");
        inner.trim().trim_matches(['"', '\'']).trim()
    })
}

/// Minimal percent-decoding for Content-IDs written as `cid:part1%40example.com`.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(byte) = hex {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
