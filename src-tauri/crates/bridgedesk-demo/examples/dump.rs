//! Prints the demo workspace as text (for eyeballing), or times the scale generator.
//!
//! `cargo run --release -p bridgedesk-demo --example dump -- [demo|scale] [seed]`

use bridgedesk_demo::{demo_workspace, ScaleGenerator};

/// 2025-10-20T08:00:00Z.
const NOW: i64 = 1_760_947_200_000;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mode = args.get(1).map(String::as_str).unwrap_or("demo");
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(42);
    match mode {
        "scale" => {
            let conversations = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(100_000);
            let messages = args
                .get(4)
                .and_then(|s| s.parse().ok())
                .unwrap_or(1_000_000);
            let started = std::time::Instant::now();
            let generator = ScaleGenerator::new(seed, NOW, conversations, messages);
            let (mut convs, mut msgs, mut bytes) = (0usize, 0usize, 0usize);
            for batch in generator.batches(5_000) {
                convs += batch.conversations.len();
                for c in &batch.conversations {
                    msgs += c.messages.len();
                    bytes += c.messages.iter().map(|m| m.text.len()).sum::<usize>();
                }
            }
            println!(
                "{convs} conversations, {msgs} messages, {} MB of text in {:?}",
                bytes / 1_000_000,
                started.elapsed()
            );
        }
        "scale-sample" => {
            for c in ScaleGenerator::new(seed, NOW, 2_000, 20_000)
                .batches(500)
                .flat_map(|b| b.conversations)
                .filter(|c| c.messages.len() > 8 || c.tags.iter().any(|t| t == "bench-long"))
                .take(4)
            {
                println!(
                    "=== [{}] {} {:?} {:?} {} {:?} due {:?}",
                    c.channel,
                    c.subject,
                    c.status,
                    c.priority,
                    c.language,
                    c.tags,
                    c.due_at.map(|d| (d - NOW) / 60_000)
                );
                for m in c.messages.iter().take(14) {
                    println!(
                        "--- {} {:?} {} (−{} min) {:?} read={}\n{}",
                        m.external_id,
                        m.author_kind,
                        m.author_name,
                        (NOW - m.sent_at) / 60_000,
                        m.delivery,
                        m.read,
                        m.text
                    );
                }
            }
        }
        _ => {
            let ws = demo_workspace(seed, NOW);
            for c in &ws.conversations {
                println!(
                    "=== [{}] {} | {} | {:?} {:?} {:?} | {} | {:?} | due {:?} | {:?}",
                    c.channel,
                    c.store_key,
                    c.customer_key,
                    c.status,
                    c.priority,
                    c.category,
                    c.language,
                    c.assignee,
                    c.due_at.map(|d| (d - NOW) / 60_000),
                    c.tags
                );
                println!("Subject: {}", c.subject);
                for m in &c.messages {
                    println!(
                        "--- {} {:?} {} (−{} min) {:?} read={}\n{}",
                        m.external_id,
                        m.author_kind,
                        m.author_name,
                        (NOW - m.sent_at) / 60_000,
                        m.delivery,
                        m.read,
                        m.text
                    );
                }
                for n in &c.notes {
                    println!("NOTE {}: {}", n.author, n.text);
                }
            }
            for c in &ws.customers {
                println!(
                    "{} {} {} {} {} {:?}",
                    c.key,
                    c.name,
                    c.country,
                    c.time_zone,
                    c.language,
                    c.identities
                        .iter()
                        .map(|i| format!("{}:{}", i.channel, i.handle))
                        .collect::<Vec<_>>()
                );
            }
            for o in &ws.orders {
                println!(
                    "{} {} {} {} {:?} {} {} {:?} {:?} {:?}",
                    o.key,
                    o.store_key,
                    o.site,
                    o.order_number,
                    o.status,
                    o.amount_minor,
                    o.currency,
                    o.carrier,
                    o.tracking_number,
                    o.items
                        .iter()
                        .map(|i| (&i.sku, i.quantity, i.unit_price_minor))
                        .collect::<Vec<_>>()
                );
            }
        }
    }
}
