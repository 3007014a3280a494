//! The check before sending: sensitive words, personal data (e-mail, phone, payment card with
//! Luhn, IBAN with mod 97) and each marketplace's rules against links and off-platform contact,
//! as findings with spans the composer highlights, a warning the agent may override or a block.

use crate::sensitive_words::SensitiveWords;
use bridgedesk_model::Channel;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;
use ts_rs::TS;

/// How hard a finding stops the reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Shown; the agent may override and send.
    Warn,
    /// The reply cannot be sent on this channel as written.
    Block,
}

/// Which check found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    SensitiveWord,
    PersonalData,
    MarketplaceRule,
}

/// One problem in a reply, with its place in the text in three units: UTF-8 bytes (Rust),
/// Unicode scalar values, and UTF-16 code units (JavaScript string indices).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Finding {
    pub kind: FindingKind,
    /// What was found: `sensitive_word`, `email_address`, `phone_number`, `payment_card`,
    /// `iban`, `link` or `off_platform_app`.
    pub code: String,
    pub severity: Severity,
    pub byte_start: u32,
    pub byte_end: u32,
    pub char_start: u32,
    pub char_end: u32,
    pub utf16_start: u32,
    pub utf16_end: u32,
    /// Fluent id explaining the finding: `send-check-<code>-<warn|block>` (dashes).
    pub message_id: String,
    /// `$text` (the offending text) and `$channel`.
    pub args: BTreeMap<String, String>,
}

/// What a marketplace forbids in buyer messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MarketplacePolicy {
    /// Links to other sites.
    pub links: Severity,
    /// E-mail addresses, phone numbers, messaging apps: contact off the platform.
    pub off_platform_contact: Severity,
    /// Bank details (IBAN): payment off the platform.
    pub off_platform_payment: Severity,
}

/// The policy of a marketplace channel; `None` for e-mail and Telegram, where only the personal
/// data and sensitive-word checks apply.
///
/// Amazon allows links needed to complete an order (so a link warns); eBay, Shopee, Lazada and
/// TikTok Shop forbid links in buyer messages; all five forbid moving the buyer off the platform.
pub fn marketplace_policy(channel: Channel) -> Option<MarketplacePolicy> {
    let links = match channel {
        Channel::Amazon => Severity::Warn,
        Channel::Ebay | Channel::Shopee | Channel::Lazada | Channel::TiktokShop => Severity::Block,
        Channel::Email | Channel::Telegram => return None,
    };
    Some(MarketplacePolicy {
        links,
        off_platform_contact: Severity::Block,
        off_platform_payment: Severity::Block,
    })
}

static EMAIL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex_or_never(r"(?i)\b[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b")
});
static LINK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex_or_never(concat!(
        r"(?i)\b(?:https?://|www\.)[^\s<>\x22]+",
        r"|\b[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|net|org|shop|store|top|xyz|cn|io|co|me|info|biz|link|ly|site|online)\b(?:/[^\s<>\x22]*)?",
    ))
});
// Digits, card numbers and IBANs use ASCII word boundaries: in Chinese or Japanese text the
// neighbouring characters are letters to Unicode, and "卡号4111…" must still be found.
static CARD: LazyLock<Option<Regex>> =
    LazyLock::new(|| regex_or_never(r"(?-u:\b)(?:\d[ \-]?){12,18}\d(?-u:\b)"));
static IBAN: LazyLock<Option<Regex>> =
    LazyLock::new(|| regex_or_never(r"(?-u:\b)[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?-u:\b)"));
static PHONE: LazyLock<Option<Regex>> =
    LazyLock::new(|| regex_or_never(r"(?:\+|(?-u:\b))\d[\d \-().]{6,20}\d(?-u:\b)"));
static ORDER_OR_DATE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    // Amazon (3-7-7) and eBay (2-5-5) order numbers, ISO dates: digits that are not phones.
    regex_or_never(r"^(?:\d{3}-\d{7}-\d{7}|\d{2}-\d{5}-\d{5}|\d{4}-\d{2}-\d{2})$")
});
static APPS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex_or_never(concat!(
        r"(?i)\b(?:whats\s?app|wechat|weixin|telegram|skype|viber|line\s?id|kakao\s?talk|",
        r"facebook|messenger|instagram|signal app|paypal\.me|wa\.me|t\.me)\b",
        r"|微信|加微|威信|[Vv]信|QQ号|ライン|ワッツアップ|واتساب|واتس اب|تيليجرام"
    ))
});

/// The patterns above are fixed and tested; one that somehow failed would find nothing.
fn regex_or_never(pattern: &str) -> Option<Regex> {
    Regex::new(pattern)
        .inspect_err(|_| tracing::error!("send-check pattern failed to compile"))
        .ok()
}

fn matches<'t>(re: &'t Option<Regex>, text: &'t str) -> impl Iterator<Item = regex::Match<'t>> {
    re.iter().flat_map(move |r| r.find_iter(text))
}

fn digits(s: &str) -> Vec<u32> {
    s.chars().filter_map(|c| c.to_digit(10)).collect()
}

/// The Luhn checksum used by payment card numbers.
pub fn luhn_valid(number: &str) -> bool {
    let d = digits(number);
    if d.len() < 2 {
        return false;
    }
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 {
                    y - 9
                } else {
                    y
                }
            } else {
                x
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// The ISO 13616 mod-97 check of an IBAN (spaces ignored).
pub fn iban_valid(iban: &str) -> bool {
    let compact: String = iban.chars().filter(|c| !c.is_whitespace()).collect();
    if !(15..=34).contains(&compact.len()) || !compact.is_ascii() {
        return false;
    }
    let (head, tail) = compact.split_at(4);
    let mut remainder: u32 = 0;
    for c in tail.chars().chain(head.chars()) {
        let value = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'A'..='Z' => c as u32 - 'A' as u32 + 10,
            _ => return false,
        };
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    remainder == 1
}

struct Candidate {
    start: usize,
    end: usize,
    kind: FindingKind,
    code: &'static str,
    severity: Severity,
}

/// Checks a reply before it is sent on `channel`, written in `language` (BCP 47).
///
/// Findings come sorted by position. Personal data and marketplace findings never overlap each
/// other (e-mail beats link, card beats phone …); sensitive words may overlap them.
pub fn check_reply(
    text: &str,
    channel: Channel,
    language: &str,
    words: &SensitiveWords,
) -> Vec<Finding> {
    let policy = marketplace_policy(channel);
    let mut found: Vec<Candidate> = Vec::new();
    let mut push = |start: usize,
                    end: usize,
                    code: &'static str,
                    marketplace: Option<Severity>,
                    personal: Option<Severity>| {
        if found
            .iter()
            .any(|c| c.kind != FindingKind::SensitiveWord && start < c.end && c.start < end)
        {
            return;
        }
        let (kind, severity) = match (marketplace, personal) {
            (Some(m), Some(p)) if p > m => (FindingKind::PersonalData, p),
            (Some(m), _) => (FindingKind::MarketplaceRule, m),
            (None, Some(p)) => (FindingKind::PersonalData, p),
            (None, None) => return,
        };
        found.push(Candidate {
            start,
            end,
            kind,
            code,
            severity,
        });
    };

    let contact = policy.map(|p| p.off_platform_contact);
    for m in matches(&EMAIL, text) {
        push(
            m.start(),
            m.end(),
            "email_address",
            contact,
            Some(Severity::Warn),
        );
    }
    // Messaging apps before links, so `wa.me/…` counts as contact, not just a link.
    if policy.is_some() {
        for m in matches(&APPS, text) {
            push(m.start(), m.end(), "off_platform_app", contact, None);
        }
    }
    for m in matches(&LINK, text) {
        let trimmed = m
            .as_str()
            .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
        push(
            m.start(),
            m.start() + trimmed.len(),
            "link",
            policy.map(|p| p.links),
            None,
        );
    }
    for m in matches(&IBAN, text) {
        if iban_valid(m.as_str()) {
            let payment = policy.map(|p| p.off_platform_payment);
            push(m.start(), m.end(), "iban", payment, Some(Severity::Warn));
        }
    }
    for m in matches(&CARD, text) {
        let n = digits(m.as_str()).len();
        if (13..=19).contains(&n) && luhn_valid(m.as_str()) {
            push(
                m.start(),
                m.end(),
                "payment_card",
                None,
                Some(Severity::Block),
            );
        }
    }
    for m in matches(&PHONE, text) {
        let raw = m.as_str().trim_end();
        let d = digits(raw);
        let n = d.len();
        let international = raw.starts_with('+') || raw.starts_with("00");
        // A bare run of digits is usually a tracking or order number, except a Chinese mobile
        // number (11 digits, 1[3-9]…), the off-platform contact sellers are most asked for.
        let grouped = raw.chars().any(|c| !c.is_ascii_digit());
        let cn_mobile = n == 11 && d[0] == 1 && d[1] >= 3;
        let plausible =
            (8..=15).contains(&n) && (international || (grouped && n >= 9) || cn_mobile);
        if plausible && !ORDER_OR_DATE.as_ref().is_some_and(|r| r.is_match(raw)) {
            push(
                m.start(),
                m.start() + raw.len(),
                "phone_number",
                contact,
                Some(Severity::Warn),
            );
        }
    }
    for (start, end) in words.find(text, language) {
        found.push(Candidate {
            start,
            end,
            kind: FindingKind::SensitiveWord,
            code: "sensitive_word",
            severity: Severity::Warn,
        });
    }
    found.sort_by_key(|c| (c.start, c.end, c.kind));
    let findings: Vec<Finding> = found
        .into_iter()
        .map(|c| to_finding(text, c, channel))
        .collect();
    tracing::debug!(findings = findings.len(), channel = %channel, "reply checked");
    findings
}

/// True when any finding blocks sending.
pub fn blocks_sending(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Block)
}

fn to_finding(text: &str, c: Candidate, channel: Channel) -> Finding {
    let (mut chars, mut utf16) = (0u32, 0u32);
    let (mut char_start, mut utf16_start) = (0, 0);
    for (i, ch) in text.char_indices() {
        if i == c.start {
            char_start = chars;
            utf16_start = utf16;
        }
        if i == c.end {
            break;
        }
        chars += 1;
        utf16 += ch.len_utf16() as u32;
    }
    let severity = match c.severity {
        Severity::Warn => "warn",
        Severity::Block => "block",
    };
    let mut args = BTreeMap::new();
    args.insert("text".to_owned(), text[c.start..c.end].to_owned());
    args.insert("channel".to_owned(), channel.as_str().to_owned());
    Finding {
        kind: c.kind,
        code: c.code.to_owned(),
        severity: c.severity,
        byte_start: c.start as u32,
        byte_end: c.end as u32,
        char_start,
        char_end: chars,
        utf16_start,
        utf16_end: utf16,
        message_id: format!("send-check-{}-{severity}", c.code.replace('_', "-")),
        args,
    }
}

/// Every Fluent id a [`Finding`] may carry.
pub fn finding_message_ids() -> Vec<String> {
    [
        "send-check-sensitive-word-warn",
        "send-check-email-address-warn",
        "send-check-email-address-block",
        "send-check-phone-number-warn",
        "send-check-phone-number-block",
        "send-check-payment-card-block",
        "send-check-iban-warn",
        "send-check-iban-block",
        "send-check-link-warn",
        "send-check-link-block",
        "send-check-off-platform-app-block",
    ]
    .map(str::to_owned)
    .to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_detector_pattern_compiles() {
        for re in [&EMAIL, &LINK, &CARD, &IBAN, &PHONE, &ORDER_OR_DATE, &APPS] {
            assert!(re.is_some());
        }
    }

    #[test]
    fn card_number_inside_chinese_text_is_found() {
        let found = check_reply(
            "卡号4111111111111111谢谢",
            Channel::Email,
            "zh",
            &SensitiveWords::new(BTreeMap::new()),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, "payment_card");
        assert_eq!((found[0].char_start, found[0].char_end), (2, 18));
    }
}
