//! Prints one starter template rendered in every starter language, to read the wording.
//! `cargo run -p bridgedesk-rules --example render_starter -- <template-id> <count> <seller|buyer>`

use bridgedesk_rules::{render, starter_templates, TemplateValue, STARTER_LANGUAGES};
use std::collections::BTreeMap;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    let id = args.get(1).map_or("shipping-notice", String::as_str);
    let count: i64 = args.get(2).and_then(|c| c.parse().ok()).unwrap_or(2);
    let payer = args.get(3).map_or("seller", String::as_str);
    let template = starter_templates()
        .into_iter()
        .find(|t| t.id == id)
        .ok_or_else(|| format!("no starter template {id}"))?;
    let mut vars = BTreeMap::new();
    for (name, value) in [
        ("buyer_name", "Alex"),
        ("order_number", "402-1234567-7654321"),
        ("tracking_number", "LX123456789CN"),
        ("carrier", "Cainiao"),
        ("store_name", "Lumen Home"),
        ("postage_payer", payer),
    ] {
        vars.insert(name.to_owned(), TemplateValue::text(value));
    }
    for name in ["item_count", "days_in_transit", "return_days"] {
        vars.insert(name.to_owned(), TemplateValue::Number { value: count });
    }
    vars.insert(
        "expected_delivery".to_owned(),
        TemplateValue::Date {
            at: 1_772_753_400_000,
            time_zone: "America/Sao_Paulo".into(),
        },
    );
    for lang in STARTER_LANGUAGES {
        let out = render(&template, lang, &vars).map_err(|e| format!("{lang}: {e}"))?;
        println!("--- {} ({lang})\n{}\n", template.name_in(lang), out.text);
    }
    Ok(())
}
