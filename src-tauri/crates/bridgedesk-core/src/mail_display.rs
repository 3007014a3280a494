//! Showing e-mail HTML safely. Stored HTML is sanitized with remote images blocked. When the
//! agent allows them for a message or its sender, the core downloads that message's images
//! itself ([`Workspace::fetch_remote_images`], bridgedesk-mail's `ImageFetcher`: no cookies,
//! no referrer, raster images only, size caps), keeps them content-addressed beside the
//! attachments and records each outcome in the store. The message is then rendered again from
//! its raw bytes with the cached images as `data:` URLs, so neither the app nor the sandboxed
//! frame ever loads an image from the web, and the images show offline on every later open.
//! Inline `cid:` images become `data:` URLs the same way.

use crate::error::CoreResult;
use crate::Workspace;
use base64::Engine as _;
use bridgedesk_mail::{FetchedImage, ImageFetchLimits, ImageFetcher, ImageKind, TlsTrust};
use bridgedesk_model::{ConversationDetail, MessageView, RemoteImageScope, RowId};
use bridgedesk_store::{AttachmentStore, RemoteImageRecord};
use std::collections::BTreeMap;

/// Inline images larger than this stay out of the HTML (shown as attachments only).
const MAX_INLINE_IMAGE_BYTES: usize = 2 * 1024 * 1024;

/// `cid:` targets of a parsed message mapped to `data:` URLs of their images.
pub fn inline_image_urls(mail: &bridgedesk_mime::ParsedMail) -> BTreeMap<String, String> {
    mail.parts
        .iter()
        .filter(|p| p.mime_type.starts_with("image/") && p.bytes.len() <= MAX_INLINE_IMAGE_BYTES)
        .filter_map(|p| {
            let cid = p.content_id.as_ref()?;
            Some((cid.clone(), data_url(&p.mime_type, &p.bytes)))
        })
        .collect()
}

fn data_url(mime_type: &str, bytes: &[u8]) -> String {
    let data = base64::engine::general_purpose::STANDARD.encode(bytes);
    format!("data:{mime_type};base64,{data}")
}

/// Raw mail rendered for display, with what became of its remote images.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedMail {
    /// Sanitized HTML; remote images from `cached` are `data:` URLs, the others are removed.
    pub html: String,
    /// Every remote image URL of the HTML, in document order.
    pub remote_image_urls: Vec<String>,
}

/// The sanitized HTML of raw mail, remote images replaced by the `data:` URLs in `cached`
/// (keyed by image URL) and the others blocked; `None` for mail without HTML.
pub fn render_html(raw: &[u8], cached: &BTreeMap<String, String>) -> Option<RenderedMail> {
    let mail = bridgedesk_mime::parse(raw);
    let html = mail.html.as_deref()?;
    let clean = bridgedesk_mime::sanitize_html(html, cached, &inline_image_urls(&mail));
    Some(RenderedMail {
        html: clean.html,
        remote_image_urls: clean.remote_image_urls,
    })
}

impl Workspace {
    /// Lets remote images load for one message or all mail of its sender; returns the
    /// conversation again. The choice is recorded at once (also offline); the images are
    /// fetched by [`Workspace::fetch_remote_images`], which the UI calls for each message
    /// that reports images to fetch.
    pub fn allow_remote_images(
        &self,
        message_id: RowId,
        scope: RemoteImageScope,
    ) -> CoreResult<ConversationDetail> {
        let conversation =
            self.store()?
                .allow_remote_images(message_id, scope, self.clock.now())?;
        self.open_conversation(conversation)
    }

    /// Downloads the allowed remote images of a message that are not cached yet (never
    /// fetched, or unreachable last time), stores and records them, and returns the
    /// conversation rendered with them. Runs the downloads on the mail runtime; call it off
    /// the UI thread. A message whose images are not allowed is returned unchanged.
    pub fn fetch_remote_images(&self, message_id: RowId) -> CoreResult<ConversationDetail> {
        let store = self.store()?;
        let (conversation, raw_hash) = store.allowed_remote_image_source(message_id)?;
        let Some(raw_hash) = raw_hash else {
            return self.open_conversation(conversation);
        };
        let files = AttachmentStore::new(&self.attachments_dir());
        let raw = files.get(&raw_hash)?;
        let known = store.remote_images_of(message_id)?;
        let urls = render_html(&raw, &BTreeMap::new())
            .map(|rendered| rendered.remote_image_urls)
            .unwrap_or_default();
        let wanted: Vec<String> = urls
            .into_iter()
            .filter(|url| needs_fetch(&known, url))
            .collect();
        if !wanted.is_empty() {
            let fetched = ImageFetcher::new(&TlsTrust::platform(), image_limits()).map(|fetcher| {
                self.mail
                    .block_on(async { fetcher.fetch_all(&wanted).await })
            });
            let records = match fetched {
                Ok(Some(results)) => results
                    .into_iter()
                    .map(|(url, outcome)| record_of(&files, url, outcome))
                    .collect(),
                // Nothing was asked; the next open tries again.
                Ok(None) => {
                    tracing::warn!("Remote images not fetched: the mail runtime is not running");
                    Vec::new()
                }
                Err(err) => {
                    tracing::warn!("Remote images not fetched: no HTTP client ({})", err.code());
                    Vec::new()
                }
            };
            store.record_remote_images(message_id, &records, self.clock.now())?;
        }
        self.open_conversation(conversation)
    }

    /// Renders again, from the cache, the messages whose remote images are allowed, and says
    /// how many of their images are still to fetch or could not be loaded.
    pub(crate) fn with_allowed_images(
        &self,
        mut detail: ConversationDetail,
    ) -> CoreResult<ConversationDetail> {
        let store = self.store()?;
        let allowed = store.remote_images_allowed_in(detail.summary.id)?;
        if allowed.is_empty() {
            return Ok(detail);
        }
        let files = AttachmentStore::new(&self.attachments_dir());
        for (id, hash) in allowed {
            let Some(message) = detail.messages.iter_mut().find(|m| m.id == id) else {
                continue;
            };
            let raw = match files.get(&hash) {
                Ok(raw) => raw,
                Err(err) => {
                    tracing::warn!("The raw mail of message {id} is missing: {err:#}");
                    continue;
                }
            };
            let known = store.remote_images_of(id)?;
            show_cached(message, &raw, &known, &files);
        }
        Ok(detail)
    }
}

/// Rewrites `message` from its raw mail with the cached images and counts the rest.
fn show_cached(
    message: &mut MessageView,
    raw: &[u8],
    known: &[RemoteImageRecord],
    files: &AttachmentStore,
) {
    let mut cached = BTreeMap::new();
    for record in known.iter().filter(|r| r.is_stored()) {
        match files.get(&record.sha256) {
            Ok(bytes) => {
                cached.insert(record.url.clone(), data_url(&record.mime_type, &bytes));
            }
            Err(err) => tracing::warn!("A cached remote image is missing: {err:#}"),
        }
    }
    let Some(rendered) = render_html(raw, &cached) else {
        return;
    };
    let count = |keep: &dyn Fn(&String) -> bool| {
        u32::try_from(
            rendered
                .remote_image_urls
                .iter()
                .filter(|u| keep(u))
                .count(),
        )
        .unwrap_or(u32::MAX)
    };
    message.remote_images_to_fetch = count(&|url| needs_fetch(known, url));
    message.remote_images_failed = count(&|url| {
        !cached.contains_key(url) && known.iter().any(|r| &r.url == url && !r.is_stored())
    });
    message.html = Some(rendered.html);
}

/// Whether an image has to be (re)fetched: never tried, or unreachable last time. Refused
/// images are final; a stored image whose file went missing is logged and stays blocked.
fn needs_fetch(known: &[RemoteImageRecord], url: &str) -> bool {
    match known.iter().find(|r| r.url == url) {
        None => true,
        Some(record) => record.is_unreachable(),
    }
}

/// Stores a fetched image's bytes and says what to record for it.
fn record_of(files: &AttachmentStore, url: String, outcome: FetchedImage) -> RemoteImageRecord {
    let (outcome, sha256, kind) = match outcome {
        FetchedImage::Stored { kind, bytes } => match files.put(&bytes) {
            Ok(hash) => ("stored".to_owned(), hash, Some(kind)),
            Err(err) => {
                tracing::warn!("A remote image could not be kept: {err:#}");
                ("unreachable:disk".to_owned(), String::new(), None)
            }
        },
        other => (other.code(), String::new(), None),
    };
    RemoteImageRecord {
        url,
        outcome,
        sha256,
        mime_type: kind
            .map(ImageKind::mime_type)
            .unwrap_or_default()
            .to_owned(),
    }
}

/// Environment variable that lets image downloads reach loopback and private addresses (the
/// tests' servers on `127.0.0.1`; a shop whose images live on its intranet). Off by default.
pub const ALLOW_PRIVATE_IMAGE_HOSTS: &str = "BRIDGEDESK_IMAGES_ALLOW_PRIVATE_NETWORKS";

fn image_limits() -> ImageFetchLimits {
    ImageFetchLimits {
        allow_private_networks: std::env::var(ALLOW_PRIVATE_IMAGE_HOSTS).as_deref() == Ok("1"),
        ..ImageFetchLimits::default()
    }
}
