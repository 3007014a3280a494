//! Subject normalization: reply and forward prefixes in the languages our buyers and their mail
//! clients use, so threading can fall back on the subject and replies say "Re: " exactly once.

/// Reply and forward prefixes, lower-case, without the trailing colon. Covers English, German
/// (AW/WG), Nordic (SV/VS), Dutch (Antw/Doorst), French (Réf/TR), Spanish/Portuguese (RES/RV/ENC),
/// Italian (R/I), Polish (Odp/PD), Turkish (YNT/İLT), Greek, Chinese (回复/答复/转发/回覆/轉寄),
/// Japanese (返信/転送) and Korean (회신/답장/전달).
const PREFIXES: &[&str] = &[
    "re", "fw", "fwd", "aw", "wg", "sv", "vs", "antw", "doorst", "réf", "ref", "tr", "res", "rv",
    "enc", "r", "i", "odp", "pd", "ynt", "ilt", "İlt", "απ", "σχετ", "πρθ", "回复", "答复", "转发",
    "回覆", "答覆", "轉寄", "轉發", "返信", "転送", "회신", "답장", "전달",
];

/// Subject prefixes that mean "reply" (as opposed to forward), lower-case.
const REPLY_PREFIXES: &[&str] = &[
    "re", "aw", "sv", "antw", "réf", "ref", "res", "r", "odp", "ynt", "απ", "σχετ", "回复", "答复",
    "回覆", "答覆", "返信", "회신", "답장",
];

/// Strips one leading prefix such as `Re:`, `RE：`, `Fwd[2]:`, `AW:` or `回复：`; returns the rest.
fn strip_one(subject: &str, allowed: &[&str]) -> Option<String> {
    let trimmed = subject.trim_start();
    let colon = trimmed.find([':', '：'])?;
    let head = &trimmed[..colon];
    // Allow a counter: "Re[2]", "Re(3)", "RE^2" and spaces before the colon.
    let word: String = head
        .trim_end()
        .trim_end_matches([']', ')'])
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches(['[', '(', '^'])
        .trim_end()
        .to_lowercase();
    if word.is_empty() || word.chars().count() > 6 || !allowed.contains(&word.as_str()) {
        return None;
    }
    let after = &trimmed[colon..];
    let sep_len = after.chars().next().map_or(1, char::len_utf8);
    Some(after[sep_len..].to_string())
}

/// The subject without any reply/forward prefixes and with whitespace collapsed and lower-cased:
/// the key used by the subject fallback of threading. `"RE: 回复：Fwd: Order  late"` → `"order late"`.
pub fn normalize_subject(subject: &str) -> String {
    let mut rest = subject.trim().to_string();
    while let Some(next) = strip_one(&rest, PREFIXES) {
        rest = next;
    }
    rest.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The subject of a reply: `"Re: "` once in front of the parent subject without its reply
/// prefixes (`"RE: AW: Where is it"` → `"Re: Where is it"`). Forward prefixes are kept.
pub fn reply_subject(parent: &str) -> String {
    let mut rest = parent.trim().to_string();
    while let Some(next) = strip_one(&rest, REPLY_PREFIXES) {
        rest = next.trim_start().to_string();
    }
    if rest.is_empty() {
        "Re:".to_string()
    } else {
        format!("Re: {rest}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlook_and_cjk_prefixes_are_stripped() {
        assert_eq!(
            normalize_subject("RE: FW: Order #12 late"),
            "order #12 late"
        );
        assert_eq!(normalize_subject("回复：转发: 订单 问题"), "订单 问题");
        assert_eq!(
            normalize_subject("答复: RE：Where is my parcel?"),
            "where is my parcel?"
        );
        assert_eq!(normalize_subject("AW: WG: Lieferung"), "lieferung");
        assert_eq!(normalize_subject("Re[3]: Re(2): refund"), "refund");
        assert_eq!(normalize_subject("返信: 転送: 注文"), "注文");
    }

    #[test]
    fn words_that_merely_end_in_a_colon_are_kept() {
        assert_eq!(
            normalize_subject("Order: 123-1234567-1234567"),
            "order: 123-1234567-1234567"
        );
        assert_eq!(normalize_subject("Question: size"), "question: size");
    }

    #[test]
    fn reply_subject_adds_re_once() {
        assert_eq!(reply_subject("Where is my order"), "Re: Where is my order");
        assert_eq!(
            reply_subject("RE: AW: Where is my order"),
            "Re: Where is my order"
        );
        assert_eq!(reply_subject("回复: 订单"), "Re: 订单");
        assert_eq!(reply_subject("Fwd: invoice"), "Re: Fwd: invoice");
        assert_eq!(reply_subject(""), "Re:");
    }
}
