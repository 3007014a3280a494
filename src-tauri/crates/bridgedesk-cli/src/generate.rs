//! `generate`: the demo workspace or a scale database for benchmarks.

use crate::args::Args;
use crate::{db_path, emit, open_store, Output};
use bridgedesk_core::DEMO_SEED;
use std::time::Instant;

/// Conversations per write transaction when generating at scale.
const BATCH: usize = 2_000;

pub fn run(args: &mut Args, out: &Output) -> Result<(), String> {
    let scale = args.flag("--scale");
    args.flag("--demo");
    let seed: u64 = args.number("--seed").unwrap_or(DEMO_SEED);
    let conversations: usize = args.number("--conversations").unwrap_or(100_000);
    let messages: usize = args.number("--messages").unwrap_or(1_000_000);
    let path = db_path(args)?;
    let store = open_store(&path)?;
    if store.has_conversations().map_err(|e| e.to_string())? {
        return Err(format!(
            "{path} already holds conversations; choose a new file"
        ));
    }
    let now = chrono::Utc::now().timestamp_millis();
    let started = Instant::now();
    let (mut done_conversations, mut done_messages) = (0usize, 0usize);
    if scale {
        let generator = bridgedesk_demo::ScaleGenerator::new(seed, now, conversations, messages);
        store
            .import_stores(&generator.stores())
            .map_err(|e| e.to_string())?;
        for batch in generator.batches(BATCH) {
            let counts = store
                .import_batch(&batch.customers, &batch.orders, &batch.conversations)
                .map_err(|e| e.to_string())?;
            done_conversations += counts.conversations;
            done_messages += counts.messages;
            if done_conversations % 20_000 < BATCH {
                eprintln!(
                    "… {done_conversations} conversations, {done_messages} messages, {:.0} s",
                    started.elapsed().as_secs_f64()
                );
            }
        }
    } else {
        let demo = bridgedesk_demo::demo_workspace(seed, now);
        store
            .import_stores(&demo.stores)
            .map_err(|e| e.to_string())?;
        let counts = store
            .import_batch(&demo.customers, &demo.orders, &demo.conversations)
            .map_err(|e| e.to_string())?;
        done_conversations = counts.conversations;
        done_messages = counts.messages;
    }
    store.optimize().map_err(|e| e.to_string())?;
    let seconds = format!("{:.1}", started.elapsed().as_secs_f64());
    emit(&out.say(
        "cli-generated",
        &[
            ("conversations", done_conversations.into()),
            ("messages", done_messages.into()),
            ("path", path.as_str().into()),
            ("seconds", seconds.into()),
        ],
    ));
    Ok(())
}
