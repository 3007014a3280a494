//! Triage throughput on one core: messages per second over generated buyer messages in the
//! nine languages (fragments recombined by a fixed-seed generator, so every run sees the same
//! text). Run with `cargo run --release -p bridgedesk-triage --example throughput [count]`.

use bridgedesk_triage::{BuyerMessage, Triager};
use std::time::Instant;

const FRAGMENTS: &[&str] = &[
    "hi, order 112-7730019-4402 still not here",
    "tracking has not moved for a week",
    "the box arrived crushed and the lid is cracked",
    "can I return it for a refund?",
    "does it come in size 42",
    "it stopped working after two weeks",
    "worst service ever, I will leave a bad review",
    "hola, mi pedido no ha llegado todavía",
    "quiero devolver las zapatillas, me quedan chicas",
    "wo bleibt mein Paket? Sendungsnummer geht nicht",
    "le colis est bloqué en douane depuis 10 jours",
    "cadê minha encomenda, vou abrir reclamação",
    "где мой заказ? трек не обновляется",
    "まだ届きません。追跡番号を教えてください",
    "快递显示已签收但我没收到",
    "وين طلبي؟ صار له أسبوعين",
    "thanks, all good!",
    "IF I DON'T GET IT BY FRIDAY I WILL DO A CHARGEBACK",
];

/// SplitMix64: a tiny deterministic generator, enough to vary the messages.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let mut state = 42u64;
    let messages: Vec<String> = (0..count)
        .map(|_| {
            let parts = 1 + (next(&mut state) % 3) as usize;
            (0..parts)
                .map(|_| FRAGMENTS[(next(&mut state) % FRAGMENTS.len() as u64) as usize])
                .collect::<Vec<_>>()
                .join(". ")
        })
        .collect();
    let bytes: usize = messages.iter().map(String::len).sum();
    let building = Instant::now();
    let triager = Triager::new();
    println!(
        "built the triager (dictionaries and example model) in {:.0} ms",
        building.elapsed().as_secs_f64() * 1000.0
    );
    let cpu_before = process_cpu_seconds();
    let started = Instant::now();
    let mut urgent = 0usize;
    for m in &messages {
        let t = triager.triage(&BuyerMessage::body(m));
        if t.priority == bridgedesk_model::Priority::Urgent {
            urgent += 1;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "triaged {count} messages ({:.1} MB) in {seconds:.2} s wall on one thread: {:.0} messages/s ({urgent} urgent)",
        bytes as f64 / 1e6,
        count as f64 / seconds
    );
    // On a shared machine the thread does not own its core all the time: CPU time says what
    // one core does when it is not shared.
    if let (Some(before), Some(after)) = (cpu_before, process_cpu_seconds()) {
        let cpu = after - before;
        println!(
            "CPU time {cpu:.2} s: {:.0} messages per CPU-second (one core)",
            count as f64 / cpu.max(1e-9)
        );
    }
}

/// User plus system CPU time of this process from `/proc/self/stat` (Linux; `None` elsewhere),
/// assuming the usual 100 clock ticks per second.
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
