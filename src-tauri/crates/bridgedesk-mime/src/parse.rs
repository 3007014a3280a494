//! Raw RFC 5322 bytes → [`ParsedMail`], without ever failing.
//!
//! The sync engine must store every message, even broken ones, so parsing recovers what it can
//! and reports the rest as [`ParseWarning`] codes (shown beside the message, never as a failed
//! sync). Decoding is delegated to `mail-parser` with its full charset tables (encoding_rs);
//! this module maps its view onto Bridgedesk's vocabulary and adds checks it does not report.

use mail_parser::{Addr, Address, HeaderValue, MessageParser, MessagePart, MimeHeaders, PartType};
use serde::Serialize;

use crate::UtcMillis;

/// One mailbox of an address header: display name (decoded) and lower-cased address.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MailAddress {
    /// Display name, decoded from RFC 2047 if needed; `None` when absent or empty.
    pub name: Option<String>,
    /// The address as written (`local@domain`), trimmed; case kept for the local part.
    pub address: String,
}

impl MailAddress {
    /// The address lower-cased, for comparisons and lookups.
    pub fn key(&self) -> String {
        self.address.to_lowercase()
    }
}

/// Whether a non-body part is an attachment or shown inline (e.g. an image referenced by `cid:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartDisposition {
    /// Offered as a file to download.
    Attachment,
    /// Displayed within the body (usually an image with a Content-ID).
    Inline,
}

/// An attachment or inline part, with its decoded bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MailPart {
    /// File name from Content-Disposition or Content-Type `name`, decoded; `None` when absent.
    pub file_name: Option<String>,
    /// `type/subtype`, lower-cased; `application/octet-stream` when unknown.
    pub mime_type: String,
    /// Content-ID without angle brackets, if any (target of `cid:` URLs).
    pub content_id: Option<String>,
    /// Attachment or inline.
    pub disposition: PartDisposition,
    /// Transfer-decoded content.
    #[serde(skip)]
    pub bytes: Vec<u8>,
}

/// Why a message is considered an automatic reply (out-of-office, auto-responder, bulk).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "header", content = "value")]
pub enum AutoReplySignal {
    /// `Auto-Submitted` with a value other than `no` (RFC 3834).
    AutoSubmitted(String),
    /// `X-Autoreply` or `X-Autorespond` present.
    XAutoreply,
    /// `Precedence: auto_reply | bulk | junk | list`.
    Precedence(String),
    /// `X-MS-Exchange-Inbox-Rules-Loop` present: Exchange generated it from an inbox rule.
    ExchangeInboxRule,
}

/// A problem found while parsing; the message is still usable. Codes are stable (snake_case
/// in serde and [`ParseWarning::code`]) so the UI can show a localized explanation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case", tag = "code", content = "detail")]
pub enum ParseWarning {
    /// The input is empty or has no recognizable header section; only the raw bytes remain.
    Unparsable,
    /// No `From` header or no usable address in it.
    MissingFrom,
    /// No `Date` header.
    MissingDate,
    /// A `Date` header that could not be understood (value kept in the detail, truncated).
    InvalidDate(String),
    /// No `Message-ID` header (threading falls back to subject and participants).
    MissingMessageId,
    /// A charset label no decoder knows (text decoded as UTF-8 with replacements).
    UnknownCharset(String),
    /// A multipart part without a boundary, or whose boundary never appears in the body.
    BrokenMultipart,
    /// An RFC 2047 encoded word that could not be decoded and was kept literally.
    UndecodedEncodedWord,
    /// The header section is very long (over [`LONG_HEADER_LINES`] lines).
    LongHeaderSection(usize),
    /// Raw 8-bit bytes in headers that are not valid UTF-8 (decoded with replacements).
    EightBitHeaders,
}

/// Header sections longer than this (in lines) are reported with [`ParseWarning::LongHeaderSection`].
pub const LONG_HEADER_LINES: usize = 1_000;

impl ParseWarning {
    /// The stable code of this warning (e.g. `missing_date`), used for Fluent message ids.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unparsable => "unparsable",
            Self::MissingFrom => "missing_from",
            Self::MissingDate => "missing_date",
            Self::InvalidDate(_) => "invalid_date",
            Self::MissingMessageId => "missing_message_id",
            Self::UnknownCharset(_) => "unknown_charset",
            Self::BrokenMultipart => "broken_multipart",
            Self::UndecodedEncodedWord => "undecoded_encoded_word",
            Self::LongHeaderSection(_) => "long_header_section",
            Self::EightBitHeaders => "eight_bit_headers",
        }
    }
}

/// What Bridgedesk keeps of a message. Every field has a sensible empty value, so a broken
/// message still yields a `ParsedMail` (with [`ParseWarning`]s).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ParsedMail {
    /// Message-ID without angle brackets.
    pub message_id: Option<String>,
    /// In-Reply-To ids without angle brackets (normally one).
    pub in_reply_to: Vec<String>,
    /// References ids without angle brackets, oldest first as written.
    pub references: Vec<String>,
    /// Decoded subject.
    pub subject: Option<String>,
    /// Sender(s) from `From`.
    pub from: Vec<MailAddress>,
    /// `Reply-To` mailboxes.
    pub reply_to: Vec<MailAddress>,
    /// `To` mailboxes (groups flattened).
    pub to: Vec<MailAddress>,
    /// `Cc` mailboxes (groups flattened).
    pub cc: Vec<MailAddress>,
    /// `Date` as UTC milliseconds; `None` when absent or unparsable.
    pub date_ms: Option<UtcMillis>,
    /// Plain-text body (text parts joined), or text derived from HTML when only HTML exists.
    pub text: String,
    /// Raw HTML body, to be passed through [`crate::sanitize_html`] before display.
    pub html: Option<String>,
    /// Attachments and inline parts, in message order.
    pub parts: Vec<MailPart>,
    /// Set when headers mark the message as an automatic reply.
    pub auto_reply: Option<AutoReplySignal>,
    /// Problems found; empty for a well-formed message. Sorted and without duplicates.
    pub warnings: Vec<ParseWarning>,
}

impl ParsedMail {
    /// The first `From` mailbox, if any.
    pub fn sender(&self) -> Option<&MailAddress> {
        self.from.first()
    }
}

/// Parses raw message bytes. Never panics and never fails: unrecoverable input gives an empty
/// message with [`ParseWarning::Unparsable`] (the caller keeps the raw bytes).
pub fn parse(raw: &[u8]) -> ParsedMail {
    let mut warnings = header_section_warnings(raw);
    let Some(message) = MessageParser::default().parse(raw) else {
        warnings.push(ParseWarning::Unparsable);
        return finish(ParsedMail::default(), warnings);
    };
    if message.headers().is_empty() {
        warnings.push(ParseWarning::Unparsable);
    }

    let from = mailboxes(message.from());
    if from.is_empty() {
        warnings.push(ParseWarning::MissingFrom);
    }
    let date_ms = match (message.date(), message.header_raw("Date")) {
        (Some(date), _) if date.is_valid() => Some(date.to_timestamp().saturating_mul(1000)),
        (_, Some(raw_date)) => {
            warnings.push(ParseWarning::InvalidDate(
                raw_date.trim().chars().take(80).collect(),
            ));
            None
        }
        (_, None) => {
            warnings.push(ParseWarning::MissingDate);
            None
        }
    };
    let message_id = message
        .message_id()
        .map(clean_id)
        .filter(|id| !id.is_empty());
    if message_id.is_none() {
        warnings.push(ParseWarning::MissingMessageId);
    }
    let subject = message.subject().map(|s| s.trim().to_string());
    let encoded_left = subject
        .iter()
        .chain(from.iter().filter_map(|a| a.name.as_ref()));
    if encoded_left.into_iter().any(|s| looks_encoded(s)) {
        warnings.push(ParseWarning::UndecodedEncodedWord);
    }

    let mut parts = Vec::new();
    for (index, part) in message.parts.iter().enumerate() {
        check_part(part, &mut warnings);
        // mail-parser lists inline images between bodies as body parts too; only text parts
        // are bodies for Bridgedesk, everything else is kept as a part.
        let in_body_list = message.text_body.contains(&(index as u32))
            || message.html_body.contains(&(index as u32));
        let is_body = in_body_list && matches!(part.body, PartType::Text(_) | PartType::Html(_));
        if let Some(kept) = attachment_of(part, is_body) {
            parts.push(kept);
        }
    }

    let html = (0..message.html_body_count())
        .filter_map(|i| message.html_part(i as u32))
        .filter(|p| p.is_text_html())
        .filter_map(|p| p.text_contents())
        .map(str::to_string)
        .reduce(|a, b| a + "\n" + &b);
    let mut text = body_text(&message);
    if text.trim().is_empty() {
        if let Some(html) = &html {
            text = mail_parser::decoders::html::html_to_text(html)
                .trim()
                .to_string();
        }
    }

    let mail = ParsedMail {
        message_id,
        in_reply_to: id_list(message.in_reply_to()),
        references: id_list(message.references()),
        subject,
        from,
        reply_to: mailboxes(message.reply_to()),
        to: mailboxes(message.to()),
        cc: mailboxes(message.cc()),
        date_ms,
        text,
        html,
        parts,
        auto_reply: auto_reply_signal(&message),
        warnings: Vec::new(),
    };
    finish(mail, warnings)
}

fn finish(mut mail: ParsedMail, mut warnings: Vec<ParseWarning>) -> ParsedMail {
    warnings.sort();
    warnings.dedup();
    if !warnings.is_empty() {
        let codes: Vec<&str> = warnings.iter().map(ParseWarning::code).collect();
        tracing::debug!(?codes, "message parsed with warnings");
    }
    mail.warnings = warnings;
    mail
}

/// Checks of the raw header section that mail-parser does not report: length and 8-bit bytes.
fn header_section_warnings(raw: &[u8]) -> Vec<ParseWarning> {
    let mut warnings = Vec::new();
    let end = find_header_end(raw);
    let headers = &raw[..end];
    let lines = headers.iter().filter(|&&b| b == b'\n').count();
    if lines > LONG_HEADER_LINES {
        warnings.push(ParseWarning::LongHeaderSection(lines));
    }
    if !headers.is_ascii() && std::str::from_utf8(headers).is_err() {
        warnings.push(ParseWarning::EightBitHeaders);
    }
    warnings
}

fn find_header_end(raw: &[u8]) -> usize {
    let crlf = raw.windows(4).position(|w| w == b"\r\n\r\n");
    let lf = raw.windows(2).position(|w| w == b"\n\n");
    match (crlf, lf) {
        (Some(a), Some(b)) => a.min(b),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => raw.len(),
    }
}

fn check_part(part: &MessagePart<'_>, warnings: &mut Vec<ParseWarning>) {
    let Some(content_type) = part.content_type() else {
        return;
    };
    if content_type.ctype().eq_ignore_ascii_case("multipart") {
        let has_children =
            matches!(&part.body, PartType::Multipart(children) if !children.is_empty());
        if content_type.attribute("boundary").is_none() || !has_children {
            warnings.push(ParseWarning::BrokenMultipart);
        }
    }
    if let Some(charset) = content_type.attribute("charset") {
        let label = charset.trim();
        let known = label.is_empty()
            || mail_parser::decoders::charsets::map::charset_decoder(label.as_bytes()).is_some()
            || encoding_rs::Encoding::for_label(label.as_bytes()).is_some()
            || label.eq_ignore_ascii_case("utf-8")
            || label.eq_ignore_ascii_case("utf8")
            || label.eq_ignore_ascii_case("us-ascii");
        if !known {
            warnings.push(ParseWarning::UnknownCharset(
                label.chars().take(40).collect(),
            ));
        }
    }
}

/// A part that is not one of the displayed bodies: keep it as an attachment or inline part.
fn attachment_of(part: &MessagePart<'_>, is_body: bool) -> Option<MailPart> {
    if is_body || matches!(part.body, PartType::Multipart(_)) {
        return None;
    }
    let content_type = part.content_type();
    let mime_type = content_type
        .map(|ct| match ct.subtype() {
            Some(sub) => format!("{}/{}", ct.ctype(), sub),
            None => ct.ctype().to_string(),
        })
        .unwrap_or_else(|| match part.body {
            PartType::Text(_) => "text/plain".to_string(),
            PartType::Html(_) => "text/html".to_string(),
            _ => "application/octet-stream".to_string(),
        })
        .to_ascii_lowercase();
    let content_id = part.content_id().map(clean_id).filter(|id| !id.is_empty());
    let explicit_inline = part.content_disposition().is_some_and(|d| d.is_inline());
    let disposition =
        if content_id.is_some() && (explicit_inline || part.content_disposition().is_none()) {
            PartDisposition::Inline
        } else {
            PartDisposition::Attachment
        };
    let bytes = match &part.body {
        PartType::Message(inner) => inner.raw_message().to_vec(),
        _ => part.contents().to_vec(),
    };
    if bytes.is_empty() && part.attachment_name().is_none() && content_id.is_none() {
        return None;
    }
    Some(MailPart {
        file_name: part
            .attachment_name()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty()),
        mime_type,
        content_id,
        disposition,
        bytes,
    })
}

fn body_text(message: &mail_parser::Message<'_>) -> String {
    let texts: Vec<String> = (0..message.text_body_count())
        .filter_map(|i| message.body_text(i))
        .map(|t| t.into_owned())
        .collect();
    let joined = texts.join("\n");
    joined.trim_end().to_string()
}

fn mailboxes(address: Option<&Address<'_>>) -> Vec<MailAddress> {
    let Some(address) = address else {
        return Vec::new();
    };
    address.iter().filter_map(mailbox).collect()
}

fn mailbox(addr: &Addr<'_>) -> Option<MailAddress> {
    let address = addr.address()?.trim().trim_matches(['<', '>']).to_string();
    if address.is_empty() {
        return None;
    }
    let name = addr
        .name()
        .map(|n| n.trim().trim_matches('"').trim().to_string())
        .filter(|n| !n.is_empty() && !n.eq_ignore_ascii_case(&address));
    Some(MailAddress { name, address })
}

fn id_list(value: &HeaderValue<'_>) -> Vec<String> {
    let ids: Vec<String> = match value {
        HeaderValue::Text(id) => id.split_whitespace().map(clean_id).collect(),
        HeaderValue::TextList(ids) => ids
            .iter()
            .flat_map(|id| id.split_whitespace())
            .map(clean_id)
            .collect(),
        _ => Vec::new(),
    };
    ids.into_iter().filter(|id| !id.is_empty()).collect()
}

/// Strips angle brackets and whitespace from a Message-ID or Content-ID.
pub(crate) fn clean_id(id: &str) -> String {
    id.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_string()
}

/// Whether `text` still contains the start of an encoded word (`=?charset?B?` or `?Q?`), i.e.
/// one the decoder had to keep literally.
fn looks_encoded(text: &str) -> bool {
    text.match_indices("=?").any(|(start, _)| {
        let rest = &text[start + 2..];
        rest.find('?')
            .filter(|&end| end > 0 && end <= 40)
            .is_some_and(|end| {
                let after = &rest.as_bytes()[end + 1..];
                after.len() >= 2
                    && matches!(after[0], b'B' | b'b' | b'Q' | b'q')
                    && after[1] == b'?'
            })
    })
}

fn auto_reply_signal(message: &mail_parser::Message<'_>) -> Option<AutoReplySignal> {
    if let Some(value) = message.header_raw("Auto-Submitted") {
        let value = value.trim().to_ascii_lowercase();
        let kind = value.split(';').next().unwrap_or("").trim().to_string();
        if !kind.is_empty() && kind != "no" {
            return Some(AutoReplySignal::AutoSubmitted(kind));
        }
    }
    if message.header_raw("X-Autoreply").is_some() || message.header_raw("X-Autorespond").is_some()
    {
        return Some(AutoReplySignal::XAutoreply);
    }
    if let Some(value) = message.header_raw("Precedence") {
        let value = value.trim().to_ascii_lowercase();
        if matches!(value.as_str(), "auto_reply" | "bulk" | "junk" | "list") {
            return Some(AutoReplySignal::Precedence(value));
        }
    }
    if message
        .header_raw("X-MS-Exchange-Inbox-Rules-Loop")
        .is_some()
    {
        return Some(AutoReplySignal::ExchangeInboxRule);
    }
    None
}
