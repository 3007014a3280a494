//! The demo workspace: a curated set of scenarios that covers every channel, language and
//! country, filled up with random ones, each turned into a customer, an order and a thread
//! timed backwards from `now`.

use bridgedesk_model::{
    Channel, CustomerRecord, DeliveryState, IdentityRecord, OrderRecord, UtcMillis,
};
use chrono_tz::Tz;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::catalogue::{products_of, PRODUCTS};
use crate::intent::Intent;
use crate::market::{
    claim, ebay_relay, handle, platform_name, response_target_hours, store_records, weighted,
    STORES,
};
use crate::orders::{order_for, past_order};
use crate::people::{agent_for, country, person, Person};
use crate::phrases::bank;
use crate::render::Ctx;
use crate::threads::{assemble, End, Setup, Turn};
use crate::timing::{agent_back, buyer_back, zone, DAY, HOUR, MINUTE};
use crate::DemoWorkspace;

/// Number of conversations in the demo.
const CONVERSATIONS: usize = 240;

/// One conversation to generate.
struct Scenario {
    store: usize,
    country: &'static str,
    lang: &'static str,
    intent: Intent,
    end: End,
    /// The buyer wrote minutes ago, whatever their local time.
    fresh: bool,
    force_delivery: Option<DeliveryState>,
}

const fn s(
    store: usize,
    country: &'static str,
    lang: &'static str,
    intent: Intent,
    end: End,
) -> Scenario {
    Scenario {
        store,
        country,
        lang,
        intent,
        end,
        fresh: false,
        force_delivery: None,
    }
}

/// Scenarios every demo has: each channel, language and country, the classic disputes, the
/// searched-for words, an outbox in every state.
fn curated() -> Vec<Scenario> {
    use End::*;
    use Intent::*;
    vec![
        s(0, "US", "en", DisputeThreat, AwaitingAgent),
        s(1, "DE", "de", DisputeThreat, AwaitingAgent),
        s(8, "US", "en", DisputeThreat, AwaitingBuyer),
        s(8, "BR", "pt", DisputeThreat, AwaitingAgent),
        s(2, "ES", "es", TrackingStalled, AwaitingAgent),
        s(2, "ES", "es", Return, Resolved),
        s(8, "MX", "es", CustomsHold, AwaitingBuyer),
        s(3, "JP", "ja", TrackingStalled, AwaitingAgent),
        s(3, "JP", "ja", Return, AwaitingBuyer),
        s(4, "SG", "zh", TrackingStalled, AwaitingAgent),
        s(5, "MY", "zh", DisputeThreat, AwaitingAgent),
        s(4, "SG", "zh", ShippingTime, Resolved),
        s(6, "PH", "en", DeliveredNotReceived, AwaitingAgent),
        Scenario {
            force_delivery: Some(DeliveryState::Queued),
            ..s(7, "GB", "en", Damaged, AwaitingBuyer)
        },
        s(9, "RU", "ru", Compatibility, AwaitingAgent),
        s(9, "SA", "ar", TrackingStalled, AwaitingAgent),
        s(8, "FR", "fr", WrongItem, Resolved),
        s(8, "PT", "pt", Return, Resolved),
        s(8, "AE", "ar", ThankYou, Resolved),
        s(0, "AU", "en", ThankYou, Resolved),
        s(8, "RU", "ru", CustomsHold, AwaitingAgent),
        s(0, "CA", "en", Defective, Resolved),
        Scenario {
            force_delivery: Some(DeliveryState::Failed),
            ..s(1, "AT", "de", NotAsDescribed, AwaitingBuyer)
        },
        s(8, "SA", "ar", Duties, AwaitingAgent),
        s(9, "BR", "pt", AddressChange, Resolved),
        s(5, "MY", "en", Voltage, AwaitingAgent),
        Scenario {
            fresh: true,
            ..s(7, "GB", "en", Compatibility, AwaitingAgent)
        },
        Scenario {
            fresh: true,
            ..s(4, "SG", "en", ShippingTime, AwaitingAgent)
        },
        Scenario {
            fresh: true,
            ..s(0, "US", "en", TrackingStalled, AwaitingAgent)
        },
    ]
}

fn random_scenario(rng: &mut impl Rng) -> Scenario {
    let store = weighted(rng, STORES.iter().enumerate().map(|(i, s)| (i, s.volume))).unwrap_or(0);
    let def = &STORES[store];
    let (country, lang) =
        weighted(rng, def.buyers.iter().map(|&(c, l, w)| ((c, l), w))).unwrap_or(("US", "en"));
    let intent = weighted(rng, Intent::ALL.iter().map(|&i| (i, i.weight(def.channel))))
        .unwrap_or(Intent::TrackingStalled);
    let roll: f64 = rng.gen();
    let end = if roll < 0.48 {
        End::AwaitingAgent
    } else if roll < 0.70 {
        End::AwaitingBuyer
    } else {
        End::Resolved
    };
    s(store, country, lang, intent, end)
}

/// The steps of a thread that ends as `end` (at most eight).
fn plan(rng: &mut impl Rng, intent: Intent, end: End, channel: Channel) -> Vec<Turn> {
    use Turn::*;
    let auto = !matches!(channel, Channel::Amazon | Channel::Ebay) && rng.gen_bool(0.35);
    let system = intent.system_event() && rng.gen_bool(0.5);
    let mut v = vec![Open];
    if auto {
        v.push(Auto);
    }
    if system {
        v.push(System);
    }
    match end {
        End::AwaitingAgent => {
            let rounds = weighted(rng, [(0, 50), (1, 35), (2, 15)].into_iter()).unwrap_or(0);
            for r in 0..rounds {
                v.push(if r == 0 { Reply } else { Update });
                v.push(if r == 0 { Follow } else { Nudge });
            }
            if v.len() < 8 && rng.gen_bool(0.2) {
                v.push(Nudge);
            }
        }
        End::AwaitingBuyer => {
            v.push(Reply);
            if rng.gen_bool(0.4) {
                let settles = intent.pre_sale() || intent == Intent::ThankYou;
                v.extend([Follow, if settles { Resolve } else { Update }]);
            }
        }
        End::Resolved if intent.pre_sale() || intent == Intent::ThankYou => {
            v.push(Reply);
            if rng.gen_bool(0.5) {
                v.extend([Follow, Resolve]);
            }
            if rng.gen_bool(0.6) {
                v.push(Thanks);
            }
        }
        End::Resolved => {
            v.extend([Reply, Follow]);
            if v.len() <= 4 && rng.gen_bool(0.3) {
                v.extend([Update, Nudge]);
            }
            v.push(Resolve);
            if v.len() < 8 && rng.gen_bool(0.6) {
                v.push(Thanks);
            }
        }
    }
    v
}

fn is_agent(t: Turn) -> bool {
    matches!(t, Turn::Reply | Turn::Update | Turn::Resolve | Turn::ChatA)
}

fn is_anchor(t: Turn) -> bool {
    !matches!(t, Turn::Auto | Turn::System)
}

/// Times for `turns`, laid backwards from `last` (the time of the last buyer or agent step):
/// buyers in their daytime, agents in Shenzhen office hours, auto-replies a minute after the
/// buyer, platform lines between two steps.
fn times_backwards(
    rng: &mut impl Rng,
    turns: &[Turn],
    last: UtcMillis,
    tz: Tz,
    fresh: bool,
    now: UtcMillis,
) -> Vec<UtcMillis> {
    let mut times = vec![0; turns.len()];
    let anchors: Vec<usize> = (0..turns.len()).filter(|&i| is_anchor(turns[i])).collect();
    let mut next: Option<(usize, UtcMillis)> = None;
    for &i in anchors.iter().rev() {
        let agent = is_agent(turns[i]);
        let t = match next {
            None => last,
            Some((j, tj)) => {
                let gap = match (agent, is_agent(turns[j])) {
                    (false, true) => {
                        15 * MINUTE + (rng.gen::<f64>().powi(2) * 525.0) as i64 * MINUTE
                    }
                    (true, false) => rng.gen_range(40 * MINUTE..30 * HOUR),
                    (false, false) => rng.gen_range(3 * HOUR..36 * HOUR),
                    (true, true) => rng.gen_range(2 * HOUR..30 * HOUR),
                };
                tj - gap
            }
        };
        let t = match (next, agent) {
            (None, _) if fresh => t,
            (_, true) => agent_back(rng, t),
            (_, false) => buyer_back(rng, tz, t),
        };
        times[i] = t;
        next = Some((i, t));
    }
    for i in 0..turns.len() {
        if is_anchor(turns[i]) {
            continue;
        }
        let prev = if i > 0 { times[i - 1] } else { last - HOUR };
        let following = (i + 1..turns.len())
            .find(|&j| is_anchor(turns[j]))
            .map(|j| times[j]);
        let t = match (turns[i], following) {
            (Turn::Auto, _) => prev + rng.gen_range(40_000..180_000),
            (_, Some(f)) => prev + (f - prev) * rng.gen_range(10..50) / 100,
            (_, None) => prev + rng.gen_range(2..8) * MINUTE,
        };
        times[i] = t.min(now - 30_000).max(prev + 1_000);
    }
    times
}

/// A buyer while the demo is being built: identities grow as they write on more channels.
struct Draft {
    key: String,
    person: Person,
    country: &'static str,
    zone: &'static str,
    lang: &'static str,
    identities: Vec<IdentityRecord>,
    vip: bool,
}

fn find_customer(
    rng: &mut impl Rng,
    drafts: &[Draft],
    sc: &Scenario,
    channel: Channel,
) -> Option<usize> {
    let (wanted, p) = match channel {
        Channel::Telegram => (Channel::Email, 0.35),
        Channel::Email => (Channel::Telegram, 0.12),
        other => (other, 0.12),
    };
    if !rng.gen_bool(p) {
        return None;
    }
    let fits: Vec<usize> = (0..drafts.len())
        .filter(|&i| {
            let d = &drafts[i];
            d.country == sc.country
                && d.lang == sc.lang
                && d.identities.iter().any(|id| id.channel == wanted)
        })
        .collect();
    (!fits.is_empty()).then(|| fits[rng.gen_range(0..fits.len())])
}

fn add_identity(rng: &mut impl Rng, draft: &mut Draft, store: usize) {
    let def = &STORES[store];
    if draft.identities.iter().any(|id| id.channel == def.channel) {
        return;
    }
    let mail = country(draft.country).mail;
    draft.identities.push(IdentityRecord {
        channel: def.channel,
        handle: handle(rng, def.channel, def, &draft.person, mail),
    });
    if def.channel == Channel::Ebay {
        draft.identities.push(IdentityRecord {
            channel: Channel::Ebay,
            handle: ebay_relay(rng),
        });
    }
}

/// Builds the demo workspace.
pub(crate) fn build(seed: u64, now: UtcMillis) -> DemoWorkspace {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut scenarios = curated();
    while scenarios.len() < CONVERSATIONS {
        let sc = random_scenario(&mut rng);
        scenarios.push(sc);
    }

    let mut drafts: Vec<Draft> = Vec::new();
    let mut orders: Vec<OrderRecord> = Vec::new();
    let mut conversations = Vec::with_capacity(CONVERSATIONS);
    for (n, sc) in scenarios.iter().enumerate() {
        let def = &STORES[sc.store];
        let channel = def.channel;
        let place = country(sc.country);

        // The buyer: a returning one, one known on another channel, or a new one.
        let ci = match find_customer(&mut rng, &drafts, sc, channel) {
            Some(i) => i,
            None => {
                let zones = place.zones;
                let zone_name = zones[if rng.gen_bool(0.6) {
                    0
                } else {
                    rng.gen_range(0..zones.len())
                }];
                drafts.push(Draft {
                    key: format!("demo-cust-{}", drafts.len() + 1),
                    person: person(&mut rng, sc.country, sc.lang),
                    country: sc.country,
                    zone: zone_name,
                    lang: sc.lang,
                    identities: Vec::new(),
                    vip: rng.gen_bool(0.07),
                });
                let i = drafts.len() - 1;
                if drafts[i].vip {
                    for k in 0..rng.gen_range(2..5) {
                        let placed = now - rng.gen_range(60..300) * DAY - k * HOUR;
                        let key = format!("demo-order-{}", orders.len() + 1);
                        orders.push(past_order(
                            &mut rng,
                            key,
                            sc.store,
                            &drafts[i].key,
                            place,
                            placed,
                        ));
                    }
                }
                i
            }
        };
        add_identity(&mut rng, &mut drafts[ci], sc.store);
        let tz = zone(drafts[ci].zone);

        // The thread and its times.
        let turns = plan(&mut rng, sc.intent, sc.end, channel);
        let target = response_target_hours(channel) * HOUR;
        let last = match sc.end {
            End::AwaitingAgent if sc.fresh => now - rng.gen_range(5 * MINUTE..150 * MINUTE),
            End::AwaitingAgent if rng.gen_bool(0.8) => {
                // Still within the channel's response target. Moving the message back into
                // the buyer's daytime must not push it past the target (a night message is
                // plausible; a demo where almost everything is overdue is not).
                let t = now - rng.gen_range(5 * MINUTE..target * 9 / 10);
                let daytime = buyer_back(&mut rng, tz, t);
                if now - daytime < target * 9 / 10 {
                    daytime
                } else {
                    t
                }
            }
            End::AwaitingAgent => {
                let t = now - target - rng.gen_range(0..60 * HOUR);
                buyer_back(&mut rng, tz, t)
            }
            End::AwaitingBuyer => {
                let t = now - rng.gen_range(40 * MINUTE..6 * DAY);
                agent_back(&mut rng, t)
            }
            End::Resolved => now - rng.gen_range(DAY..32 * DAY),
        };
        let times = times_backwards(&mut rng, &turns, last, tz, sc.fresh, now);
        let first = times[0];

        // The product and the order.
        let kinds = sc.intent.kinds();
        let kind = kinds[rng.gen_range(0..kinds.len())];
        let choices: Vec<usize> = products_of(kind).collect();
        let product = choices[rng.gen_range(0..choices.len())];
        let settled = sc.end == End::Resolved;
        let draft = (!sc.intent.pre_sale()).then(|| {
            let key = format!("demo-order-{}", orders.len() + 1);
            order_for(
                &mut rng,
                key,
                sc.store,
                &drafts[ci].key,
                place,
                sc.lang,
                sc.intent,
                settled,
                first,
                product,
            )
        });

        // Who handles it.
        let agent = agent_for(&mut rng, sc.lang);
        let answered = turns.iter().any(|&t| is_agent(t));
        let assignee = if (answered && rng.gen_bool(0.88)) || (!answered && rng.gen_bool(0.45)) {
            Some(agent.name)
        } else {
            None
        };
        let (claim_index, claim_tag) = claim(&mut rng, channel);
        let products = &PRODUCTS[product];
        let device = products.devices[rng.gen_range(0..products.devices.len())];

        let buyer = &drafts[ci];
        let ctx = Ctx {
            bank: bank(sc.lang),
            person: &buyer.person,
            agent: agent.sign(sc.lang),
            product: products,
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
            id: format!("demo-{}", n + 1),
            channel,
            store_key: def.key,
            customer_key: buyer.key.clone(),
            order_key: draft.as_ref().map(|d| d.record.key.clone()),
            intent: sc.intent,
            tz,
            agent,
            assignee,
            ctx,
            reship: draft.as_ref().and_then(|d| d.reship.clone()),
            extra_tags: if sc.intent == Intent::DisputeThreat {
                vec![claim_tag]
            } else {
                Vec::new()
            },
            vip: buyer.vip,
            force_delivery: sc.force_delivery,
        };
        conversations.push(assemble(&mut rng, &mut setup, &turns, &times, sc.end, now));
        if let Some(d) = draft {
            orders.push(d.record);
        }
    }

    let customers = drafts
        .into_iter()
        .map(|d| CustomerRecord {
            key: d.key,
            name: d.person.display,
            country: d.country.to_string(),
            time_zone: d.zone.to_string(),
            language: d.lang.to_string(),
            identities: d.identities,
        })
        .collect();
    DemoWorkspace {
        stores: store_records(),
        customers,
        orders,
        conversations,
    }
}
