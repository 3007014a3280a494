//! The scale generator: exact counts, streaming order, unique keys, speed.

use std::collections::HashSet;

use super::{demo, NOW};
use crate::ScaleGenerator;

#[test]
fn scale_generator_emits_exactly_the_requested_message_count() {
    let generator = ScaleGenerator::new(11, NOW, 3_000, 31_337);
    assert_eq!(generator.stores().len(), demo().stores.len());
    assert_eq!(generator.message_count(), 31_337);
    let mut total = 0;
    let mut conversations = 0;
    let mut long = 0;
    let mut previous_start = i64::MIN;
    let mut customers = HashSet::new();
    let mut orders = HashSet::new();
    let mut ids = HashSet::new();
    for batch in generator.batches(257) {
        assert!(batch.conversations.len() <= 257);
        for c in &batch.customers {
            assert!(
                customers.insert(c.key.clone()),
                "customer {} emitted twice",
                c.key
            );
        }
        for o in &batch.orders {
            assert!(
                orders.insert(o.key.clone()),
                "order {} emitted twice",
                o.key
            );
        }
        for c in &batch.conversations {
            assert!(
                customers.contains(&c.customer_key),
                "customer emitted before its conversation"
            );
            if let Some(k) = &c.order_key {
                assert!(orders.contains(k));
            }
            let start = c.messages[0].sent_at;
            assert!(
                start >= previous_start,
                "conversations in order of their first message"
            );
            previous_start = start;
            for pair in c.messages.windows(2) {
                assert!(pair[0].sent_at < pair[1].sent_at);
            }
            assert!(c.messages.iter().all(|m| m.sent_at < NOW));
            for m in &c.messages {
                assert!(ids.insert(m.external_id.clone()));
            }
            if c.tags.iter().any(|t| t == "bench-long") {
                assert_eq!(c.messages.len(), 200);
                long += 1;
            }
            total += c.messages.len();
            conversations += 1;
        }
    }
    assert_eq!(total, 31_337);
    assert_eq!(conversations, 3_000);
    assert!(long >= 3, "{long}");
}

#[test]
fn scale_output_does_not_depend_on_batch_size_and_mixes_languages() {
    let small: Vec<_> = ScaleGenerator::new(5, NOW, 400, 3_900)
        .batches(7)
        .flat_map(|b| b.conversations)
        .collect();
    let large: Vec<_> = ScaleGenerator::new(5, NOW, 400, 3_900)
        .batches(1_000)
        .flat_map(|b| b.conversations)
        .collect();
    assert_eq!(small, large);
    let languages: HashSet<&str> = small.iter().map(|c| c.language.as_str()).collect();
    assert!(languages.len() >= 8, "{languages:?}");
    let texts: Vec<&str> = small
        .iter()
        .flat_map(|c| &c.messages)
        .map(|m| m.text.as_str())
        .collect();
    let with = |w: &str| texts.iter().filter(|t| t.contains(w)).count();
    assert!(with("物流") > 0 && with("物流") < texts.len() / 10);
    assert!(small.iter().any(|c| c.due_at.is_some()));
    let counts: HashSet<usize> = small.iter().map(|c| c.messages.len()).collect();
    assert!(counts.len() > 15, "varied thread lengths");
}

#[test]
fn scale_generator_handles_edge_sizes() {
    assert_eq!(ScaleGenerator::new(1, NOW, 0, 0).batches(10).count(), 0);
    let few: Vec<_> = ScaleGenerator::new(1, NOW, 10, 4)
        .batches(10)
        .flat_map(|b| b.conversations)
        .collect();
    assert_eq!(few.len(), 4);
    assert!(few.iter().all(|c| c.messages.len() == 1));
    let dense: usize = ScaleGenerator::new(1, NOW, 12, 700)
        .batches(5)
        .flat_map(|b| b.conversations)
        .map(|c| c.messages.len())
        .sum();
    assert_eq!(dense, 700);
}

/// `cargo test --release -p bridgedesk-demo -- --ignored --nocapture`
#[test]
#[ignore]
fn one_million_messages_generate_in_well_under_thirty_seconds() {
    let started = std::time::Instant::now();
    let generator = ScaleGenerator::new(1, NOW, 100_000, 1_000_000);
    let mut messages = 0;
    let mut long = 0;
    for batch in generator.batches(10_000) {
        for c in &batch.conversations {
            messages += c.messages.len();
            long += usize::from(c.tags.iter().any(|t| t == "bench-long"));
        }
    }
    let elapsed = started.elapsed();
    println!("1,000,000 messages in {elapsed:?} ({long} bench-long conversations)");
    assert_eq!(messages, 1_000_000);
    assert!(elapsed.as_secs() < 30);
}
