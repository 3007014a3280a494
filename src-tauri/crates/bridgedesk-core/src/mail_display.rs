//! Showing e-mail HTML safely. Stored HTML is sanitized with remote images blocked; when the
//! agent allows them for a message or its sender, the message is rendered again from its raw
//! bytes with remote images let through (still without scripts). Inline `cid:` images become
//! `data:` URLs, so the sandboxed frame needs no network and no access to the app.

use crate::error::CoreResult;
use crate::Workspace;
use base64::Engine as _;
use bridgedesk_model::{ConversationDetail, RemoteImageScope, RowId};
use bridgedesk_store::AttachmentStore;
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
            let data = base64::engine::general_purpose::STANDARD.encode(&p.bytes);
            Some((cid.clone(), format!("data:{};base64,{data}", p.mime_type)))
        })
        .collect()
}

/// The sanitized HTML of raw mail, remote images allowed or not.
pub fn render_html(raw: &[u8], allow_remote_images: bool) -> Option<String> {
    let mail = bridgedesk_mime::parse(raw);
    let html = mail.html.as_deref()?;
    Some(bridgedesk_mime::sanitize_html(html, allow_remote_images, &inline_image_urls(&mail)).html)
}

impl Workspace {
    /// Lets remote images load for one message or all mail of its sender; returns the
    /// conversation again with those messages rendered with their images.
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

    /// Replaces the HTML of messages whose remote images are allowed.
    pub(crate) fn with_allowed_images(
        &self,
        mut detail: ConversationDetail,
    ) -> CoreResult<ConversationDetail> {
        let allowed = self.store()?.remote_images_allowed_in(detail.summary.id)?;
        if allowed.is_empty() {
            return Ok(detail);
        }
        let files = AttachmentStore::new(&self.attachments_dir());
        for (id, hash) in allowed {
            let Some(message) = detail.messages.iter_mut().find(|m| m.id == id) else {
                continue;
            };
            match files.get(&hash) {
                Ok(raw) => {
                    if let Some(html) = render_html(&raw, true) {
                        message.html = Some(html);
                    }
                }
                Err(err) => tracing::warn!("The raw mail of message {id} is missing: {err:#}"),
            }
        }
        Ok(detail)
    }
}
