//! E-mail content for Bridgedesk: everything the email channel needs to understand and write a
//! message, with no network, no disk and no clock.
//!
//! The sync engine (bridgedesk-mail) fetches raw RFC 5322 bytes and hands them here; the store
//! and core decide where a message belongs with the keys computed here; the UI shows HTML only
//! after [`sanitize_html`]. Keeping this crate pure means every rule (charsets, threading, relay
//! recognition, reply headers) is tested with plain byte strings.
//!
//! - [`parse`]: raw bytes → [`ParsedMail`]. Never fails, never panics: broken input yields what
//!   could be recovered plus [`ParseWarning`]s. Legacy charsets (GBK/GB18030, Big5, Shift_JIS,
//!   ISO-2022-JP, EUC-KR, KOI8-R, windows-125x, ISO-8859-x) and RFC 2047 encoded words decode.
//! - [`sanitize_html`]: HTML → [`SanitizedHtml`] safe for a sandboxed frame: no scripts, event
//!   handlers, forms, frames or objects; remote images listed, and replaced by the caller's
//!   cached copies or blocked (and counted);
//!   `cid:` images rewritten to caller-provided URLs.
//! - [`normalize_subject`]: the subject a reply keeps once reply/forward prefixes in many
//!   languages are stripped; the store threads mail without In-Reply-To/References by it (and
//!   the buyer), in SQL.
//! - [`recognize_relay`] / [`extract_order_refs`]: Amazon (`…@marketplace.amazon.<tld>`) and
//!   eBay (`…@members.ebay.<tld>`) relay senders, and order numbers from subject or body.
//! - [`compose_reply`]: a [`ReplyDraft`] → [`OutgoingMail`] with correct threading headers, a
//!   Message-ID on the sender's domain, signature and attachments.
//!
//! ```
//! let raw = b"From: Ana <ana@example.com>\r\nTo: shop@example.net\r\n\
//! Subject: =?UTF-8?B?UmU6IMK/ZMOzbmRlIGVzdMOhIG1pIHBlZGlkbz8=?=\r\n\
//! Message-ID: <a1@example.com>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\n\r\nHola\r\n";
//! let mail = bridgedesk_mime::parse(raw);
//! assert_eq!(mail.subject.as_deref(), Some("Re: ¿dónde está mi pedido?"));
//! assert_eq!(mail.date_ms, Some(1_772_442_000_000));
//! assert_eq!(bridgedesk_mime::normalize_subject("RE: 回复: Fwd: order"), "order");
//! ```

mod compose;
mod html;
mod parse;
mod relay;
mod subject;

pub use compose::{
    compose_reply, reply_references, ComposeError, OutgoingAttachment, OutgoingMail, ReplyDraft,
    MAX_REFERENCES,
};
pub use html::{sanitize_html, RemoteImageUrls, SanitizedHtml};
pub use parse::{
    parse, AutoReplySignal, MailAddress, MailPart, ParseWarning, ParsedMail, PartDisposition,
    LONG_HEADER_LINES,
};
pub use relay::{
    extract_order_refs, recognize_relay, Marketplace, OrderRef, OrderRefSource, RelaySender,
};
pub use subject::{normalize_subject, reply_subject};

/// A UTC instant in milliseconds since the Unix epoch (the project's time unit).
pub type UtcMillis = i64;
