//! Benchmark scale: the demo's phrase banks, catalogue, people and marketplaces streamed as
//! hundreds of thousands of conversations and millions of messages, batch by batch.
//!
//! Message counts per conversation are fixed up front (a few integers per conversation) so the
//! total is exact; the text is written only when a batch is asked for.

use std::collections::VecDeque;

use bridgedesk_model::{
    Channel, ConversationRecord, CustomerRecord, IdentityRecord, OrderRecord, StoreRecord,
    UtcMillis,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::catalogue::{products_of, PRODUCTS};
use crate::intent::Intent;
use crate::market::{claim, ebay_relay, handle, platform_name, store_records, weighted, STORES};
use crate::orders::order_for;
use crate::people::{agent_for, country, person, Person};
use crate::phrases::bank;
use crate::render::Ctx;
use crate::threads::{assemble, End, Setup, Turn};
use crate::timing::{agent_forward, buyer_forward, zone, DAY, HOUR, MINUTE};

/// Messages in each of the long conversations benchmarks open.
const LONG: u32 = 200;
/// Conversations start within this many days before `now`.
const SPAN_DAYS: i64 = 180;

/// Generates benchmark data: `conversations` conversations holding exactly `messages`
/// messages in total, a few of them (tagged `bench-long`) with exactly 200 messages.
///
/// Every conversation has at least one message, so at most `messages` conversations are made.
#[derive(Debug, Clone)]
pub struct ScaleGenerator {
    seed: u64,
    now: UtcMillis,
    /// Messages of each conversation, in order of their first message.
    counts: Vec<u32>,
    long: Vec<bool>,
}

/// One batch of benchmark data. Import batches in order: a conversation may refer to a
/// customer first emitted in an earlier batch.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DemoBatch {
    /// Customers first referred to in this batch.
    pub customers: Vec<CustomerRecord>,
    /// Orders of this batch's conversations.
    pub orders: Vec<OrderRecord>,
    /// Conversations, in chronological order of their first message.
    pub conversations: Vec<ConversationRecord>,
}

impl ScaleGenerator {
    /// Plans `conversations` conversations with `messages` messages in total for `seed`, all
    /// before `now`.
    pub fn new(seed: u64, now: UtcMillis, conversations: usize, messages: usize) -> Self {
        let n = conversations.min(messages);
        let mut long_n = if n >= 10 { (n / 25_000).clamp(3, 8) } else { 0 };
        while long_n > 0 && long_n * LONG as usize + (n - long_n) > messages {
            long_n -= 1;
        }
        let mut long = vec![false; n];
        let (lo, hi) = (n / 20, n / 2);
        for k in 0..long_n {
            long[lo + k * (hi - lo) / long_n.max(1)] = true;
        }

        // Spread the remaining messages over the other conversations: each gets one, and the
        // rest in proportion to a skewed random weight, by cumulative rounding so the total is
        // exact.
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5ca1_e5ca_1e00);
        let others = n - long_n;
        let extra = (messages - long_n * LONG as usize).saturating_sub(others) as u128;
        let weights: Vec<u64> = (0..n)
            .map(|i| {
                if long[i] {
                    return 0;
                }
                // Product of three uniforms: mostly short threads, a long tail (integer
                // arithmetic only, so every platform gets the same counts).
                let a: u64 = rng.gen_range(1..=100);
                let b: u64 = rng.gen_range(1..=100);
                let c: u64 = rng.gen_range(1..=100);
                a * b * c
            })
            .collect();
        let total: u128 = weights.iter().map(|&w| u128::from(w)).sum::<u128>().max(1);
        let mut cum = 0u128;
        let mut given = 0u128;
        let counts = (0..n)
            .map(|i| {
                if long[i] {
                    return LONG;
                }
                cum += u128::from(weights[i]);
                let upto = cum * extra / total;
                let c = 1 + (upto - given) as u32;
                given = upto;
                c
            })
            .collect();
        ScaleGenerator {
            seed,
            now,
            counts,
            long,
        }
    }

    /// The stores every batch refers to (import them first).
    pub fn stores(&self) -> Vec<StoreRecord> {
        store_records()
    }

    /// How many conversations the batches hold.
    pub fn conversation_count(&self) -> usize {
        self.counts.len()
    }

    /// How many messages the batches hold.
    pub fn message_count(&self) -> usize {
        self.counts.iter().map(|&c| c as usize).sum()
    }

    /// Streams the data in batches of at most `batch_size` conversations (at least one).
    pub fn batches(self, batch_size: usize) -> impl Iterator<Item = DemoBatch> {
        Batches {
            rng: ChaCha8Rng::seed_from_u64(self.seed),
            generator: self,
            next: 0,
            batch_size: batch_size.max(1),
            recent: VecDeque::with_capacity(RECENT),
            customers: 0,
        }
    }
}

/// How many recent buyers may come back with another conversation.
const RECENT: usize = 2048;

struct Recent {
    key: String,
    store: usize,
    country: &'static str,
    zone: &'static str,
    lang: &'static str,
    person: Person,
}

struct Batches {
    generator: ScaleGenerator,
    rng: ChaCha8Rng,
    next: usize,
    batch_size: usize,
    recent: VecDeque<Recent>,
    customers: usize,
}

impl Iterator for Batches {
    type Item = DemoBatch;

    fn next(&mut self) -> Option<DemoBatch> {
        let n = self.generator.counts.len();
        if self.next >= n {
            return None;
        }
        let end = (self.next + self.batch_size).min(n);
        let mut batch = DemoBatch::default();
        for i in self.next..end {
            self.conversation(i, &mut batch);
        }
        self.next = end;
        Some(batch)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self
            .generator
            .counts
            .len()
            .saturating_sub(self.next)
            .div_ceil(self.batch_size);
        (left, Some(left))
    }
}

/// The steps of a conversation of exactly `count` messages.
fn turns_for(
    rng: &mut impl Rng,
    count: usize,
    intent: Intent,
    channel: Channel,
    settled: bool,
) -> Vec<Turn> {
    let mut v = Vec::with_capacity(count);
    v.push(Turn::Open);
    if count >= 3 && !matches!(channel, Channel::Amazon | Channel::Ebay) && rng.gen_bool(0.3) {
        v.push(Turn::Auto);
    }
    if count >= 4 && intent.system_event() && rng.gen_bool(0.5) {
        v.push(Turn::System);
    }
    let settles_early = intent.pre_sale() || intent == Intent::ThankYou;
    let mut agent_turn = true;
    let (mut agents, mut buyers) = (0, 0);
    while v.len() < count {
        let last = v.len() + 1 == count;
        if agent_turn {
            v.push(if agents == 0 {
                Turn::Reply
            } else if (last && settled) || (agents == 1 && settles_early) {
                Turn::Resolve
            } else if rng.gen_bool(0.7) {
                Turn::ChatA
            } else {
                Turn::Update
            });
            agents += 1;
            agent_turn = false;
        } else {
            let double = v
                .last()
                .is_some_and(|t| t.author() == bridgedesk_model::AuthorKind::Customer);
            v.push(if buyers == 0 {
                Turn::Follow
            } else if last && settled {
                Turn::Thanks
            } else if double {
                Turn::Nudge
            } else {
                Turn::ChatC
            });
            buyers += 1;
            agent_turn = rng.gen_bool(0.85);
        }
    }
    v
}

/// Times from `start` forwards, squeezed to end before `now` if the thread would run past it.
fn times_forward(
    rng: &mut impl Rng,
    turns: &[Turn],
    start: UtcMillis,
    tz: chrono_tz::Tz,
    now: UtcMillis,
) -> Vec<UtcMillis> {
    let mut times = Vec::with_capacity(turns.len());
    let mut t = start;
    times.push(t);
    for pair in turns.windows(2) {
        let (before, turn) = (pair[0], pair[1]);
        let agent_before = matches!(
            before,
            Turn::Reply | Turn::Update | Turn::Resolve | Turn::ChatA
        );
        t = match turn {
            Turn::Auto => t + rng.gen_range(40_000..180_000),
            Turn::System => t + rng.gen_range(5 * MINUTE..90 * MINUTE),
            Turn::Reply | Turn::Update | Turn::Resolve | Turn::ChatA => {
                let gap = if agent_before {
                    rng.gen_range(HOUR..4 * HOUR)
                } else {
                    rng.gen_range(10 * MINUTE..8 * HOUR)
                };
                agent_forward(rng, t + gap)
            }
            _ => {
                let gap = if agent_before {
                    rng.gen_range(30 * MINUTE..30 * HOUR)
                } else {
                    rng.gen_range(HOUR..6 * HOUR)
                };
                buyer_forward(rng, tz, t + gap)
            }
        };
        times.push(t);
    }
    let limit = now - MINUTE;
    if t >= limit {
        let span = i128::from((t - start).max(1));
        let room = i128::from((limit - start).max(0));
        let mut prev = start - 1;
        for x in times.iter_mut() {
            let squeezed = start + (i128::from(*x - start) * room / span) as i64;
            *x = squeezed.max(prev + 1);
            prev = *x;
        }
    }
    times
}

impl Batches {
    fn conversation(&mut self, i: usize, batch: &mut DemoBatch) {
        let now = self.generator.now;
        let n = self.generator.counts.len() as i128;
        let count = self.generator.counts[i] as usize;
        let long = self.generator.long[i];
        let rng = &mut self.rng;

        // First message times rise with `i`: each conversation starts within its own slot.
        let span_start = now - SPAN_DAYS * DAY;
        let span = (SPAN_DAYS * DAY - 30 * MINUTE) as i128;
        let slot = (span / n.max(1)) as i64;
        let start = span_start
            + (i as i128 * span / n.max(1)) as i64
            + if slot > 0 { rng.gen_range(0..slot) } else { 0 };

        // The buyer: a recent one coming back, or a new one.
        let returning = !self.recent.is_empty() && rng.gen_bool(0.22);
        let buyer = if returning {
            let k = rng.gen_range(0..self.recent.len());
            self.recent.remove(k)
        } else {
            None
        };
        let buyer = match buyer {
            Some(b) => b,
            None => {
                let store = weighted(rng, STORES.iter().enumerate().map(|(s, d)| (s, d.volume)))
                    .unwrap_or(0);
                let def = &STORES[store];
                let (code, lang) = weighted(rng, def.buyers.iter().map(|&(c, l, w)| ((c, l), w)))
                    .unwrap_or(("US", "en"));
                let place = country(code);
                let zone_name = place.zones[rng.gen_range(0..place.zones.len())];
                let person = person(rng, code, lang);
                self.customers += 1;
                let key = format!("bench-cust-{}", self.customers);
                let mut identities = vec![IdentityRecord {
                    channel: def.channel,
                    handle: handle(rng, def.channel, def, &person, place.mail),
                }];
                if def.channel == Channel::Ebay {
                    identities.push(IdentityRecord {
                        channel: Channel::Ebay,
                        handle: ebay_relay(rng),
                    });
                }
                batch.customers.push(CustomerRecord {
                    key: key.clone(),
                    name: person.display.clone(),
                    country: code.to_string(),
                    time_zone: zone_name.to_string(),
                    language: lang.to_string(),
                    identities,
                });
                Recent {
                    key,
                    store,
                    country: code,
                    zone: zone_name,
                    lang,
                    person,
                }
            }
        };
        let def = &STORES[buyer.store];
        let channel = def.channel;
        let tz = zone(buyer.zone);

        let intent = weighted(rng, Intent::ALL.iter().map(|&x| (x, x.weight(channel))))
            .unwrap_or(Intent::TrackingStalled);
        let age = now - start;
        let settled = rng.gen_bool(if age > 7 * DAY { 0.85 } else { 0.25 });
        let turns = turns_for(rng, count, intent, channel, settled);
        let times = times_forward(rng, &turns, start, tz, now);
        let awaiting_agent = turns
            .iter()
            .rev()
            .find(|t| !matches!(t, Turn::Auto | Turn::System))
            .is_some_and(|t| {
                matches!(
                    t,
                    Turn::Open | Turn::Follow | Turn::Nudge | Turn::Thanks | Turn::ChatC
                )
            });
        let end = if settled {
            End::Resolved
        } else if awaiting_agent {
            End::AwaitingAgent
        } else {
            End::AwaitingBuyer
        };

        let kinds = intent.kinds();
        let kind = kinds[rng.gen_range(0..kinds.len())];
        let first_of_kind = products_of(kind).next().unwrap_or(0);
        let of_kind = products_of(kind).count().max(1);
        let product = first_of_kind + rng.gen_range(0..of_kind);
        let place = country(buyer.country);
        let draft = (!intent.pre_sale()).then(|| {
            order_for(
                rng,
                format!("bench-order-{}", i + 1),
                buyer.store,
                &buyer.key,
                place,
                buyer.lang,
                intent,
                settled,
                start,
                product,
            )
        });
        let agent = agent_for(rng, buyer.lang);
        let assignee = rng.gen_bool(0.8).then_some(agent.name);
        let (claim_index, claim_tag) = claim(rng, channel);
        let item = &PRODUCTS[product];
        let device = item.devices[rng.gen_range(0..item.devices.len())];
        let mut extra_tags = Vec::new();
        if intent == Intent::DisputeThreat {
            extra_tags.push(claim_tag);
        }
        if long {
            extra_tags.push("bench-long");
        }

        let record = {
            let ctx = Ctx {
                bank: bank(buyer.lang),
                person: &buyer.person,
                agent: agent.sign(buyer.lang),
                product: item,
                device,
                order: draft.as_ref().map(|d| d.record.order_number.clone()),
                tracking: draft
                    .as_ref()
                    .and_then(|d| d.record.tracking_number.clone()),
                carrier: draft.as_ref().map_or("", |d| d.carrier_name),
                days: draft.as_ref().map_or(0, |d| d.days),
                claim: claim_index,
                platform: platform_name(channel),
                date: String::new(),
            };
            let mut setup = Setup {
                id: format!("bench-{}", i + 1),
                channel,
                store_key: def.key,
                customer_key: buyer.key.clone(),
                order_key: draft.as_ref().map(|d| d.record.key.clone()),
                intent,
                tz,
                agent,
                assignee,
                ctx,
                reship: draft.as_ref().and_then(|d| d.reship.clone()),
                extra_tags,
                vip: false,
                force_delivery: None,
            };
            assemble(rng, &mut setup, &turns, &times, end, now)
        };
        batch.conversations.push(record);
        if let Some(d) = draft {
            batch.orders.push(d.record);
        }
        if self.recent.len() >= RECENT {
            self.recent.pop_front();
        }
        self.recent.push_back(buyer);
    }
}
