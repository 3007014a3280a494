//! What is written: languages, scripts, CJK segmentation, searched-for words, templates.

use bridgedesk_model::AuthorKind;

use super::{demo, is_cjk};
use crate::catalogue::{Kind, PRODUCTS};
use crate::intent::Intent;
use crate::people::{person, Person};
use crate::phrases::BANKS;
use crate::render::{fill, Ctx};

#[test]
fn chinese_and_japanese_text_is_unsegmented() {
    let ws = demo();
    let mut checked = 0;
    for c in ws
        .conversations
        .iter()
        .filter(|c| c.language == "zh" || c.language == "ja")
    {
        for m in c
            .messages
            .iter()
            .filter(|m| m.author_kind != AuthorKind::System)
        {
            let chars: Vec<char> = m.text.chars().collect();
            for w in chars.windows(3) {
                assert!(
                    !(is_cjk(w[0]) && w[1] == ' ' && is_cjk(w[2])),
                    "space between words in {:?}",
                    m.text
                );
            }
            assert!(m.text.chars().any(is_cjk));
            checked += 1;
        }
        assert!(c.subject.chars().any(is_cjk));
    }
    assert!(checked > 20);
}

#[test]
fn common_cjk_search_words_appear_in_the_demo_corpus() {
    let ws = demo();
    let corpus: Vec<&str> = ws
        .conversations
        .iter()
        .flat_map(|c| &c.messages)
        .map(|m| m.text.as_str())
        .collect();
    for word in [
        "退款",
        "物流",
        "差评",
        "发货",
        "注文",
        "返品",
        "配送",
        "no ha llegado",
        "reembolso",
        "número de seguimiento",
    ] {
        assert!(
            corpus.iter().any(|t| t.contains(word)),
            "nobody wrote {word}"
        );
    }
    // Realistic, not in every message.
    let with_refund = corpus.iter().filter(|t| t.contains("退款")).count();
    assert!(with_refund < corpus.len() / 10);
}

#[test]
fn messages_are_written_in_the_conversation_language() {
    let ws = demo();
    for c in &ws.conversations {
        let text: String = c
            .messages
            .iter()
            .filter(|m| m.author_kind != AuthorKind::System)
            .map(|m| m.text.as_str())
            .collect();
        let has = |lo: u32, hi: u32| text.chars().any(|ch| (lo..=hi).contains(&(ch as u32)));
        match c.language.as_str() {
            "ru" => assert!(has(0x0400, 0x04FF)),
            "ar" => assert!(has(0x0600, 0x06FF)),
            "ja" => assert!(has(0x3040, 0x30FF)),
            "zh" => assert!(has(0x4E00, 0x9FFF) && !has(0x3040, 0x30FF)),
            _ => assert!(!has(0x0400, 0x04FF) && !has(0x0600, 0x06FF)),
        }
        assert!(
            !text.contains('{') && !text.contains('}'),
            "unfilled placeholder in {text:?}"
        );
    }
}

#[test]
fn every_template_renders_without_leftover_placeholders() {
    let mut rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(3);
    for bank in BANKS {
        let buyer: Person = person(&mut rng, "US", bank.lang);
        for (i, kind) in Kind::ALL.iter().enumerate() {
            assert_eq!(*kind as usize, i);
            let product = PRODUCTS
                .iter()
                .find(|p| p.kind == *kind)
                .unwrap_or(&PRODUCTS[0]);
            for claim in 0..5 {
                let ctx = Ctx {
                    bank,
                    person: &buyer,
                    agent: "Lin Wei",
                    product,
                    device: product.devices[0],
                    order: Some("302-1234567-1234567".into()),
                    tracking: Some("LX123456785CN".into()),
                    carrier: "China Post",
                    days: 21,
                    claim,
                    platform: "Shopee",
                    date: "1".into(),
                };
                let script_lines = Intent::ALL.iter().flat_map(|&i| {
                    let s = bank.script(i);
                    [s.subject, s.open, s.reply, s.follow, s.resolve]
                        .into_iter()
                        .flatten()
                });
                let generic = [
                    bank.greet_formal,
                    bank.greet_chat,
                    bank.sign_formal,
                    bank.sign_chat,
                    bank.customer_greet,
                    bank.customer_sign,
                    bank.auto_ack,
                    bank.nudge,
                    bank.thanks,
                    bank.update,
                    bank.chat_customer,
                    bank.chat_agent,
                ];
                for line in script_lines.chain(generic.into_iter().flatten()) {
                    let text = fill(line, &ctx);
                    assert!(
                        !text.contains('{') && !text.contains('}'),
                        "[{}] {line} -> {text}",
                        bank.lang
                    );
                    assert!(!text.trim().is_empty());
                }
            }
        }
        for intent in Intent::ALL {
            let s = bank.script(intent);
            assert!(
                !s.subject.is_empty()
                    && !s.open.is_empty()
                    && !s.reply.is_empty()
                    && !s.follow.is_empty()
                    && !s.resolve.is_empty()
            );
        }
    }
}
