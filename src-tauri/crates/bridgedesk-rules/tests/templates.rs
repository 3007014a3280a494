//! Reply templates: the starter set renders in every language with grammatical plurals and
//! selections, variants are chosen by the buyer's language, and problems come back as codes.

use bridgedesk_rules::{
    render, starter_templates, ReplyTemplate, TemplateValue, STARTER_LANGUAGES,
};
use std::collections::BTreeMap;

const STARTER_IDS: [&str; 5] = [
    "damaged-item-apology",
    "negative-review-follow-up",
    "return-instructions",
    "shipping-notice",
    "where-is-my-order",
];

fn vars(count: i64, payer: &str) -> BTreeMap<String, TemplateValue> {
    let mut v = BTreeMap::new();
    v.insert("buyer_name".into(), TemplateValue::text("María"));
    v.insert(
        "order_number".into(),
        TemplateValue::text("402-1234567-7654321"),
    );
    v.insert(
        "tracking_number".into(),
        TemplateValue::text("LX123456789CN"),
    );
    v.insert("carrier".into(), TemplateValue::text("Cainiao"));
    v.insert("store_name".into(), TemplateValue::text("Lumen Home"));
    v.insert(
        "expected_delivery".into(),
        TemplateValue::Date {
            at: 1_772_753_400_000,
            time_zone: "Europe/Madrid".into(),
        },
    );
    v.insert("item_count".into(), TemplateValue::Number { value: count });
    v.insert(
        "days_in_transit".into(),
        TemplateValue::Number { value: count },
    );
    v.insert("return_days".into(), TemplateValue::Number { value: count });
    v.insert("postage_payer".into(), TemplateValue::text(payer));
    v
}

fn template(id: &str) -> ReplyTemplate {
    starter_templates()
        .into_iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("starter template {id}"))
}

#[test]
fn starter_set_has_five_templates_in_eight_languages() {
    let set = starter_templates();
    let ids: Vec<_> = set.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, STARTER_IDS);
    for t in &set {
        let langs: Vec<_> = t.variants.keys().map(String::as_str).collect();
        let mut expected = STARTER_LANGUAGES.to_vec();
        expected.sort_unstable();
        assert_eq!(langs, expected, "{}", t.id);
        assert_eq!(t.names.len(), 8, "{} names", t.id);
        assert!(!t.name.is_empty());
        t.validate().unwrap();
    }
}

#[test]
fn every_starter_variant_renders_every_variable_without_leftovers() {
    for t in starter_templates() {
        for lang in STARTER_LANGUAGES {
            for count in [0, 1, 2, 3, 11, 100] {
                for payer in ["seller", "buyer"] {
                    let out = render(&t, lang, &vars(count, payer))
                        .unwrap_or_else(|e| panic!("{} {lang}: {e:?}", t.id));
                    assert_eq!(out.language, *lang);
                    assert!(!out.text.contains('{'), "{} {lang}: {}", t.id, out.text);
                    assert!(out.text.contains("Lumen Home"), "{} {lang}", t.id);
                    assert!(out.text.contains("402-1234567-7654321"), "{} {lang}", t.id);
                    assert!(!out.text.contains('\u{2068}'), "no bidi isolation marks");
                }
            }
        }
    }
}

#[test]
fn shipping_notice_uses_plural_forms() {
    let t = template("shipping-notice");
    let one = render(&t, "en", &vars(1, "seller")).unwrap().text;
    let three = render(&t, "en", &vars(3, "seller")).unwrap().text;
    assert!(one.contains("the item from your order"), "{one}");
    assert!(three.contains("the 3 items from your order"), "{three}");
    let es = render(&t, "es", &vars(2, "seller")).unwrap().text;
    assert!(es.contains("Los 2 artículos de su pedido"), "{es}");
    let ar_two = render(&t, "ar", &vars(2, "seller")).unwrap().text;
    assert!(ar_two.contains("المنتجَين"), "{ar_two}");
    let ar_few = render(&t, "ar", &vars(5, "seller")).unwrap().text;
    assert!(ar_few.contains("5 منتجات"), "{ar_few}");
}

#[test]
fn return_instructions_select_who_pays_postage() {
    let t = template("return-instructions");
    let seller = render(&t, "de", &vars(30, "seller")).unwrap().text;
    let buyer = render(&t, "de", &vars(30, "buyer")).unwrap().text;
    assert!(
        seller.contains("Die Rücksendekosten übernehmen wir"),
        "{seller}"
    );
    assert!(buyer.contains("trägt der Käufer"), "{buyer}");
    assert!(seller.contains("innerhalb von 30 Tagen"), "{seller}");
}

#[test]
fn expected_delivery_is_written_in_the_variant_language_and_buyer_zone() {
    let t = template("shipping-notice");
    let es = render(&t, "es-MX", &vars(1, "seller")).unwrap();
    assert_eq!(es.language, "es");
    assert!(
        es.text.contains("Entrega prevista: 6 de marzo de 2026"),
        "{}",
        es.text
    );
    let zh = render(&t, "zh-TW", &vars(1, "seller")).unwrap();
    assert_eq!(zh.language, "zh");
    assert!(zh.text.contains("2026年3月6日"), "{}", zh.text);
}

#[test]
fn blank_lines_between_paragraphs_survive_rendering() {
    let out = render(&template("damaged-item-apology"), "en", &vars(1, "seller")).unwrap();
    assert!(
        out.text.starts_with("Hello María,\n\nWe are very sorry"),
        "{}",
        out.text
    );
    assert!(out.text.contains("\n• a full refund;\n"), "{}", out.text);
}

#[test]
fn unknown_language_falls_back_to_english() {
    let out = render(&template("where-is-my-order"), "ko", &vars(4, "seller")).unwrap();
    assert_eq!(out.language, "en");
    assert!(out.text.contains("it left us 4 days ago"), "{}", out.text);
}

#[test]
fn missing_variable_is_an_error_naming_it() {
    let mut v = vars(1, "seller");
    v.remove("tracking_number");
    let err = render(&template("shipping-notice"), "fr", &v).unwrap_err();
    assert_eq!(err.code(), "template.missing_variable");
    assert_eq!(err.message_id(), "template-missing-variable");
    assert_eq!(
        err.args().get("variable").map(String::as_str),
        Some("tracking_number")
    );
}

#[test]
fn broken_variant_is_a_syntax_error_and_empty_template_has_no_variant() {
    let mut t = ReplyTemplate {
        id: "custom".into(),
        name: "Custom".into(),
        names: BTreeMap::new(),
        fallback_language: "en".into(),
        variants: BTreeMap::new(),
    };
    assert_eq!(
        render(&t, "en", &BTreeMap::new()).unwrap_err().code(),
        "template.no_variant"
    );
    t.variants.insert("en".into(), "Hello { $buyer_name".into());
    assert_eq!(
        render(&t, "en", &BTreeMap::new()).unwrap_err().code(),
        "template.syntax"
    );
    assert!(t.validate().is_err());
    // Every line is indented into the one message, so a line cannot start another entry.
    t.variants
        .insert("en".into(), "Hello\nnot-indented = injected".into());
    let out = render(&t, "en", &BTreeMap::new()).unwrap();
    assert_eq!(out.text, "Hello\nnot-indented = injected");
}

#[test]
fn variables_lists_what_the_variants_use() {
    let vars: Vec<_> = template("return-instructions")
        .variables()
        .into_iter()
        .collect();
    assert_eq!(
        vars,
        [
            "buyer_name",
            "order_number",
            "postage_payer",
            "return_days",
            "store_name"
        ]
    );
}

#[test]
fn names_follow_the_agent_language() {
    let t = template("where-is-my-order");
    assert_eq!(t.name_in("zh-CN"), "订单在哪里");
    assert_eq!(t.name_in("es"), "¿Dónde está mi pedido?");
    assert_eq!(t.name_in("ko"), "Where is my order");
}
