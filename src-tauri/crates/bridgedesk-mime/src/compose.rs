//! Building an outgoing reply: the bytes the outbox sends over SMTP and appends to Sent.
//!
//! Threading headers decide whether the buyer's client (and Amazon's or eBay's relay) keeps the
//! reply in the same conversation, so they are built here once and tested: `In-Reply-To` is the
//! parent's Message-ID, `References` the parent's references plus the parent's id (trimmed to
//! the first and the latest ones), and the Message-ID is generated on the sender's domain from a
//! caller-provided unique token (this crate has no randomness and no clock). MIME encoding is
//! done by `mail-builder` (UTF-8, quoted-printable or base64 as the content needs). The only
//! input this crate does not control is mail-builder's MIME boundary strings, which it derives
//! from the system time and thread for uniqueness; every header and body byte comes from the
//! draft.

use mail_builder::headers::address::Address as BuilderAddress;
use mail_builder::headers::date::Date;
use mail_builder::headers::message_id::MessageId;
use mail_builder::MessageBuilder;
use serde::Serialize;

use crate::{reply_subject, MailAddress, UtcMillis};

/// The most Message-IDs kept in `References`: the thread's first id plus the latest ones.
pub const MAX_REFERENCES: usize = 20;

/// A file attached to a reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingAttachment {
    /// File name shown to the recipient.
    pub file_name: String,
    /// `type/subtype`.
    pub mime_type: String,
    /// The content.
    pub bytes: Vec<u8>,
}

/// Everything needed to write a reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyDraft {
    /// The agent's sending identity (its domain names the Message-ID).
    pub from: MailAddress,
    /// Recipients (the buyer or the relay address).
    pub to: Vec<MailAddress>,
    /// Copy recipients.
    pub cc: Vec<MailAddress>,
    /// Subject of the message replied to; the reply gets [`reply_subject`] of it.
    pub parent_subject: String,
    /// Message-ID of the message replied to, without angle brackets.
    pub parent_message_id: Option<String>,
    /// References of the message replied to, oldest first, without angle brackets.
    pub parent_references: Vec<String>,
    /// The reply text (plain).
    pub text: String,
    /// Optional HTML alternative of the same text.
    pub html: Option<String>,
    /// The agent's signature, appended after a `-- ` line when not empty.
    pub signature: Option<String>,
    /// Files to attach.
    pub attachments: Vec<OutgoingAttachment>,
    /// The `Date` of the message (UTC ms).
    pub date_ms: UtcMillis,
    /// A unique token for the Message-ID's left part (e.g. a UUID from the core); letters,
    /// digits and `.-_` only.
    pub unique_token: String,
}

/// A reply ready for SMTP.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutgoingMail {
    /// The generated Message-ID, without angle brackets (the outbox looks for it in Sent before
    /// resending after a crash).
    pub message_id: String,
    /// The subject written.
    pub subject: String,
    /// The References written, oldest first.
    pub references: Vec<String>,
    /// The complete RFC 5322 message.
    #[serde(skip)]
    pub raw: Vec<u8>,
}

/// Why a reply could not be built. Codes are stable for the IPC boundary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComposeError {
    /// The sender address has no usable domain.
    #[error("the sender address is not a valid address")]
    InvalidSender,
    /// No recipient in `to`.
    #[error("the reply has no recipient")]
    NoRecipient,
    /// An address or name contains line breaks or no `@`.
    #[error("a recipient address is not valid")]
    InvalidRecipient,
    /// The unique token is empty or has characters not allowed in a Message-ID.
    #[error("the message id token is not valid")]
    InvalidToken,
    /// The builder failed to write (not expected for in-memory output).
    #[error("the message could not be written")]
    Write,
}

impl ComposeError {
    /// Stable code of the error (`invalid_sender`, …).
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidSender => "invalid_sender",
            Self::NoRecipient => "no_recipient",
            Self::InvalidRecipient => "invalid_recipient",
            Self::InvalidToken => "invalid_token",
            Self::Write => "write_failed",
        }
    }
}

/// Builds the reply described by `draft`.
pub fn compose_reply(draft: &ReplyDraft) -> Result<OutgoingMail, ComposeError> {
    let domain = valid_domain(&draft.from).ok_or(ComposeError::InvalidSender)?;
    if draft.to.is_empty() {
        return Err(ComposeError::NoRecipient);
    }
    if !draft.to.iter().chain(&draft.cc).all(is_valid_mailbox) {
        return Err(ComposeError::InvalidRecipient);
    }
    let token = draft.unique_token.trim();
    if token.is_empty()
        || !token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
    {
        return Err(ComposeError::InvalidToken);
    }
    let message_id = format!("{token}@{domain}");
    let subject = reply_subject(&draft.parent_subject);
    let references = reply_references(draft.parent_message_id.as_deref(), &draft.parent_references);

    let mut builder = MessageBuilder::new()
        .from(builder_address(&draft.from))
        .to(BuilderAddress::new_list(
            draft.to.iter().map(builder_address).collect(),
        ))
        .subject(subject.clone())
        .message_id(message_id.clone())
        .date(Date::new(draft.date_ms.div_euclid(1000)))
        .text_body(with_signature(&draft.text, draft.signature.as_deref()));
    if !draft.cc.is_empty() {
        builder = builder.cc(BuilderAddress::new_list(
            draft.cc.iter().map(builder_address).collect(),
        ));
    }
    if let Some(parent) = draft
        .parent_message_id
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        builder = builder.in_reply_to(parent.to_string());
    }
    if !references.is_empty() {
        builder = builder.references(MessageId::new_list(references.iter().cloned()));
    }
    if let Some(html) = &draft.html {
        builder = builder.html_body(html_with_signature(html, draft.signature.as_deref()));
    }
    for attachment in &draft.attachments {
        builder = builder.attachment(
            attachment.mime_type.clone(),
            attachment.file_name.clone(),
            attachment.bytes.clone(),
        );
    }
    let raw = builder.write_to_vec().map_err(|_| ComposeError::Write)?;
    tracing::debug!(
        references = references.len(),
        attachments = draft.attachments.len(),
        "reply composed"
    );
    Ok(OutgoingMail {
        message_id,
        subject,
        references,
        raw,
    })
}

/// `References` of a reply: the parent's references then the parent's id, distinct, trimmed to
/// the first id and the latest [`MAX_REFERENCES`]` - 1`.
pub fn reply_references(parent_id: Option<&str>, parent_references: &[String]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let parent = parent_id.map(crate::parse::clean_id);
    for id in parent_references
        .iter()
        .map(|r| crate::parse::clean_id(r))
        .chain(parent)
    {
        if !id.is_empty() && !id.contains(char::is_whitespace) && !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.len() > MAX_REFERENCES {
        let tail = ids.split_off(ids.len() - (MAX_REFERENCES - 1));
        ids.truncate(1);
        ids.extend(tail);
    }
    ids
}

fn with_signature(text: &str, signature: Option<&str>) -> String {
    let body = text.trim_end();
    match signature
        .map(str::trim_end)
        .filter(|s| !s.trim().is_empty())
    {
        Some(signature) => format!("{body}\n\n-- \n{signature}\n"),
        None => format!("{body}\n"),
    }
}

fn html_with_signature(html: &str, signature: Option<&str>) -> String {
    match signature
        .map(str::trim_end)
        .filter(|s| !s.trim().is_empty())
    {
        Some(signature) => {
            let escaped = escape_html(signature).replace('\n', "<br>\n");
            format!("{html}\n<div class=\"signature\">-- <br>\n{escaped}</div>\n")
        }
        None => html.to_string(),
    }
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn builder_address(mailbox: &MailAddress) -> BuilderAddress<'static> {
    match &mailbox.name {
        Some(name) => BuilderAddress::new_address(Some(name.clone()), mailbox.address.clone()),
        None => BuilderAddress::new_address(None::<String>, mailbox.address.clone()),
    }
}

fn is_valid_mailbox(mailbox: &MailAddress) -> bool {
    let no_breaks = |s: &str| !s.contains(['\r', '\n']);
    let address = mailbox.address.trim();
    let parts = address.rsplit_once('@');
    no_breaks(address)
        && mailbox.name.as_deref().is_none_or(no_breaks)
        && !address.contains(char::is_whitespace)
        && parts.is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') || domain == "localhost"
        })
}

fn valid_domain(mailbox: &MailAddress) -> Option<String> {
    if !is_valid_mailbox(mailbox) {
        return None;
    }
    let (_, domain) = mailbox.address.trim().rsplit_once('@')?;
    let domain = domain.trim().to_ascii_lowercase();
    domain
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
        .then_some(domain)
}
