//! `bench`: p50/p95 of the inbox's hot paths on a (scale) database, and the same CJK search done
//! the naive way (a `LIKE` scan, what a plain SQLite client or a trigram index falling back for
//! two-character words does) in the same process, as the peer to compare against.
//!
//! Targets on a 2-core machine (issue 2): page < 10 ms p95, open < 20 ms p95, search < 50 ms p95.

use crate::args::Args;
use crate::{db_path, emit, open_store};
use bridgedesk_model::{Category, Channel, ConversationStatus, InboxFilter};
use bridgedesk_store::{Store, SEARCH_CANDIDATE_CAP};
use std::time::Instant;

struct Figure {
    name: String,
    p50_ms: f64,
    p95_ms: f64,
    target_ms: Option<f64>,
    detail: String,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// Times `f` `iterations` times after a short warm-up.
fn measure(
    name: &str,
    iterations: usize,
    target_ms: Option<f64>,
    mut f: impl FnMut(usize) -> String,
) -> Figure {
    let mut detail = String::new();
    for i in 0..3 {
        detail = f(i);
    }
    let mut samples: Vec<f64> = (0..iterations)
        .map(|i| {
            let start = Instant::now();
            detail = f(i);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    samples.sort_by(|a, b| a.total_cmp(b));
    Figure {
        name: name.to_owned(),
        p50_ms: percentile(&samples, 50.0),
        p95_ms: percentile(&samples, 95.0),
        target_ms,
        detail,
    }
}

pub fn run(args: &mut Args) -> Result<(), String> {
    let path = db_path(args)?;
    let iterations: usize = args.number("--iterations").unwrap_or(200);
    let store = open_store(&path)?;
    let stats = store.stats().map_err(|e| e.to_string())?;
    emit(&format!(
        "Bridgedesk benchmark on {path}: {} conversations, {} messages, {:.0} MB; {iterations} iterations each",
        stats.conversations,
        stats.messages,
        stats.file_bytes as f64 / 1_048_576.0
    ));
    let mut figures = Vec::new();
    let open = InboxFilter {
        status: Some(ConversationStatus::Open),
        ..Default::default()
    };
    figures.push(measure(
        "first inbox page (open, 100 rows)",
        iterations,
        Some(10.0),
        |_| page_detail(&store, &open, 0),
    ));
    let filters = [
        InboxFilter {
            channel: Some(Channel::Shopee),
            ..open.clone()
        },
        InboxFilter {
            language: Some("es".into()),
            ..open.clone()
        },
        InboxFilter {
            category: Some(Category::Complaint),
            ..open.clone()
        },
        InboxFilter {
            assignee: Some(String::new()),
            ..open.clone()
        },
    ];
    figures.push(measure(
        "filtered page (channel/language/category/unassigned)",
        iterations,
        Some(10.0),
        |i| page_detail(&store, &filters[i % filters.len()], 0),
    ));
    figures.push(measure(
        "page 50 of the open inbox (offset 5,000)",
        iterations,
        Some(10.0),
        |_| page_detail(&store, &open, 5_000),
    ));
    let long_id: i64 = store
        .read(|c| {
            Ok(c.query_row(
                "SELECT id FROM conversations ORDER BY message_count DESC LIMIT 1",
                [],
                |r| r.get(0),
            )?)
        })
        .map_err(|e| e.to_string())?;
    figures.push(measure(
        "open the longest conversation",
        iterations,
        Some(20.0),
        |_| match store.conversation_detail(long_id) {
            Ok(d) => format!("{} messages, {} orders", d.messages.len(), d.orders.len()),
            Err(e) => format!("error: {e}"),
        },
    ));
    for (name, query) in [
        ("Latin search \"reembolso\"", "reembolso"),
        ("Latin search \"tracking number\"", "tracking number"),
        ("2-character CJK search \"退款\"", "退款"),
        ("2-character CJK search \"注文\"", "注文"),
        ("2-character CJK search \"差评\"", "差评"),
        ("4-character CJK search \"物流信息\"", "物流信息"),
        ("4-character CJK search \"还没收到\"", "还没收到"),
    ] {
        let filter = InboxFilter {
            query: Some(query.into()),
            ..Default::default()
        };
        figures.push(measure(name, iterations, Some(50.0), |_| {
            page_detail(&store, &filter, 0)
        }));
    }
    print_table(&figures);
    peer_comparison(&store, iterations.clamp(3, 10));
    Ok(())
}

fn page_detail(store: &Store, filter: &InboxFilter, offset: u32) -> String {
    match store.inbox_page(filter, offset, 100) {
        Ok(page) => format!(
            "{} rows of {}{}",
            page.items.len(),
            page.total,
            if page.total_capped { "+" } else { "" }
        ),
        Err(e) => format!("error: {e}"),
    }
}

fn print_table(figures: &[Figure]) {
    emit("\n| measurement | p50 ms | p95 ms | target p95 | result |");
    emit("|---|---:|---:|---:|---|");
    for f in figures {
        let target = f
            .target_ms
            .map(|t| format!("< {t:.0} ms"))
            .unwrap_or_default();
        let verdict = match f.target_ms {
            Some(t) if f.p95_ms < t => "met",
            Some(_) => "MISSED",
            None => "",
        };
        emit(&format!(
            "| {} | {:.2} | {:.2} | {target} {verdict} | {} |",
            f.name, f.p50_ms, f.p95_ms, f.detail
        ));
    }
}

/// The same questions answered with a `LIKE` scan: the newest conversations whose messages
/// contain the word, capped like Bridgedesk's search. Common words stop the scan early; rarer
/// ones make it read the whole table.
fn peer_comparison(store: &Store, iterations: usize) {
    emit(&format!(
        "\nPeer comparison, same process, same database ({iterations} runs each):"
    ));
    emit("| query | LIKE scan p50 ms | Bridgedesk p50 ms | speed-up | result |");
    emit("|---|---:|---:|---:|---|");
    for word in ["退款", "差评", "物流信息", "reembolso"] {
        let like = measure("LIKE", iterations, None, |_| {
            let result = store.read(|c| {
                let mut stmt = c.prepare_cached(
                    "SELECT count(DISTINCT conversation_id) FROM (SELECT conversation_id FROM messages \
                     WHERE body_text LIKE ?1 ORDER BY id DESC LIMIT ?2)",
                )?;
                Ok(stmt.query_row((format!("%{word}%"), SEARCH_CANDIDATE_CAP as i64), |r| r.get::<_, i64>(0))?)
            });
            match result {
                Ok(n) => format!("{n} conversations"),
                Err(e) => format!("error: {e}"),
            }
        });
        let filter = InboxFilter {
            query: Some(word.into()),
            ..Default::default()
        };
        let ours = measure("FTS", iterations, None, |_| page_detail(store, &filter, 0));
        let ratio = if ours.p50_ms > 0.0 {
            like.p50_ms / ours.p50_ms
        } else {
            0.0
        };
        emit(&format!(
            "| {word} | {:.2} | {:.2} | {ratio:.0}x | LIKE: {}; Bridgedesk: {} |",
            like.p50_ms, ours.p50_ms, like.detail, ours.detail
        ));
    }
}
