//! The check before sending: what it flags, how hard, and where (spans in bytes, chars and
//! UTF-16 units).

use bridgedesk_model::Channel;
use bridgedesk_rules::{
    blocks_sending, check_reply, iban_valid, luhn_valid, Finding, FindingKind, SensitiveWords,
    Severity,
};
use std::collections::BTreeMap;

fn check(text: &str, channel: Channel, lang: &str) -> Vec<Finding> {
    check_reply(text, channel, lang, &SensitiveWords::starter())
}

fn codes(findings: &[Finding]) -> Vec<(&str, Severity)> {
    findings
        .iter()
        .map(|f| (f.code.as_str(), f.severity))
        .collect()
}

#[test]
fn link_in_a_shopee_reply_is_blocked_with_its_span() {
    let text = "Hola, puede ver el video en https://example.com/guide.";
    let findings = check(text, Channel::Shopee, "es");
    assert_eq!(codes(&findings), [("link", Severity::Block)]);
    let f = &findings[0];
    assert_eq!(f.kind, FindingKind::MarketplaceRule);
    assert_eq!(
        &text[f.byte_start as usize..f.byte_end as usize],
        "https://example.com/guide"
    );
    assert_eq!(f.message_id, "send-check-link-block");
    assert_eq!(f.args.get("channel").map(String::as_str), Some("shopee"));
    assert!(blocks_sending(&findings));
}

#[test]
fn link_on_amazon_warns_and_by_email_is_fine() {
    let text = "Tracking: www.17track.net";
    assert_eq!(
        codes(&check(text, Channel::Amazon, "en")),
        [("link", Severity::Warn)]
    );
    assert!(check(text, Channel::Email, "en").is_empty());
}

#[test]
fn off_platform_contact_is_blocked_on_marketplaces_and_warned_elsewhere() {
    let text = "Add me on WhatsApp +86 138 0013 8000 or write to lin.wei@lumenhome.cn";
    let on_ebay = check(text, Channel::Ebay, "en");
    assert_eq!(
        codes(&on_ebay),
        [
            ("off_platform_app", Severity::Block),
            ("phone_number", Severity::Block),
            ("email_address", Severity::Block),
        ]
    );
    let by_mail = check(text, Channel::Email, "en");
    assert_eq!(
        codes(&by_mail),
        [
            ("phone_number", Severity::Warn),
            ("email_address", Severity::Warn)
        ]
    );
    assert!(by_mail.iter().all(|f| f.kind == FindingKind::PersonalData));
    assert!(!blocks_sending(&by_mail));
}

#[test]
fn wechat_in_chinese_is_found_on_tiktok_shop() {
    let findings = check("亲，加微信聊吧", Channel::TiktokShop, "zh");
    assert_eq!(codes(&findings), [("off_platform_app", Severity::Block)]);
    assert_eq!(findings[0].char_start, 2);
    assert_eq!(findings[0].char_end, 4);
}

#[test]
fn card_number_needs_luhn_and_is_always_blocked() {
    let valid = check("Card 4111 1111 1111 1111 please", Channel::Email, "en");
    assert_eq!(codes(&valid), [("payment_card", Severity::Block)]);
    let invalid = check("Ref 4111 1111 1111 1112 please", Channel::Email, "en");
    assert!(
        invalid.iter().all(|f| f.code != "payment_card"),
        "{invalid:?}"
    );
    assert!(luhn_valid("79927398713"));
    assert!(!luhn_valid("79927398710"));
}

#[test]
fn iban_needs_mod97_and_is_blocked_on_marketplaces() {
    let text = "Bitte überweisen Sie an DE89 3704 0044 0532 0130 00 danke";
    assert!(iban_valid("DE89 3704 0044 0532 0130 00"));
    assert!(!iban_valid("DE88 3704 0044 0532 0130 00"));
    assert_eq!(
        codes(&check(text, Channel::Email, "de")),
        [("iban", Severity::Warn)]
    );
    assert_eq!(
        codes(&check(text, Channel::Lazada, "de")),
        [("iban", Severity::Block)]
    );
}

#[test]
fn order_numbers_dates_and_tracking_numbers_are_not_phone_numbers() {
    let text = "Order 402-1234567-7654321 (eBay 12-34567-89012) shipped 2026-03-05, tracking LX123456789CN.";
    assert!(check(text, Channel::Amazon, "en").is_empty());
    let fedex = "FedEx tracking 123456789012, USPS 9400111899223197428490, total Rp 12.500.000";
    assert!(
        check(fedex, Channel::Ebay, "en").is_empty(),
        "{:?}",
        check(fedex, Channel::Ebay, "en")
    );
}

#[test]
fn phone_numbers_with_a_prefix_grouping_or_chinese_mobile_shape_are_found() {
    for (text, number) in [
        ("call +49 30 1234567 now", "+49 30 1234567"),
        ("call 0049 30 1234567 now", "0049 30 1234567"),
        ("call (555) 123-4567 now", "555) 123-4567"),
        ("加我电话13800138000谢谢", "13800138000"),
    ] {
        let found = check(text, Channel::Shopee, "en");
        assert_eq!(codes(&found), [("phone_number", Severity::Block)], "{text}");
        assert_eq!(found[0].args["text"], number);
    }
}

#[test]
fn sensitive_words_follow_the_reply_language_and_word_boundaries() {
    let en = check(
        "Please leave a 5-star review, you idiot",
        Channel::Email,
        "en",
    );
    assert_eq!(
        codes(&en),
        [
            ("sensitive_word", Severity::Warn),
            ("sensitive_word", Severity::Warn)
        ]
    );
    assert_eq!(
        en[0].args.get("text").map(String::as_str),
        Some("5-star review")
    );
    // "Idiotically" is not the word "idiot"; German list does not apply to English text.
    assert!(check("Idiotically cheap, Betrug aside", Channel::Email, "en").is_empty());
    assert_eq!(
        check("Das ist kein Betrug.", Channel::Email, "de-AT").len(),
        1
    );
    assert_eq!(check("这不是诈骗", Channel::Email, "zh-CN").len(), 1);
}

#[test]
fn spans_count_utf16_units_for_the_ui() {
    // The emoji is 4 bytes, 1 char, 2 UTF-16 units.
    let text = "🙂 mail me: a.b@c.de";
    let f = &check(text, Channel::Email, "en")[0];
    assert_eq!(f.code, "email_address");
    assert_eq!((f.byte_start, f.byte_end), (14, 22));
    assert_eq!((f.char_start, f.char_end), (11, 19));
    assert_eq!((f.utf16_start, f.utf16_end), (12, 20));
}

#[test]
fn edited_lists_replace_the_starter_list_for_that_language() {
    let words = SensitiveWords::starter().with_list("en", vec!["  Refund ".into(), "".into()]);
    assert_eq!(words.lists()["en"], vec!["Refund".to_owned()]);
    let found = check_reply("No refund today, idiot", Channel::Email, "en", &words);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].args["text"], "refund");
    let empty = SensitiveWords::new(BTreeMap::new());
    assert!(check_reply("idiot", Channel::Email, "en", &empty).is_empty());
}

#[test]
fn starter_lists_exist_for_the_eight_template_languages() {
    let words = SensitiveWords::starter();
    let langs: Vec<_> = words.lists().keys().map(String::as_str).collect();
    assert_eq!(langs, ["ar", "de", "en", "es", "fr", "ja", "pt", "zh"]);
    assert!(words.lists().values().all(|l| l.len() >= 8));
}

#[test]
fn whatsapp_link_counts_as_off_platform_contact_even_where_links_only_warn() {
    let findings = check("Chat: wa.me/8613800138000", Channel::Amazon, "en");
    assert_eq!(codes(&findings)[0], ("off_platform_app", Severity::Block));
    assert!(blocks_sending(&findings));
}
