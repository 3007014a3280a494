//! The seller's stores and what each marketplace looks like: buyer mix per store, response
//! targets, order-number formats, buyer handles, platform names and the platform's own
//! `system` lines.

use bridgedesk_model::{Channel, StoreRecord};
use rand::Rng;

use crate::intent::Intent;
use crate::people::{ascii_handle, Person};

/// One of Shenzhen Brightway Electronics' stores.
pub(crate) struct StoreDef {
    pub key: &'static str,
    pub name: &'static str,
    pub channel: Channel,
    pub site: &'static str,
    /// The site's currency; `None` means the buyer's own (web shop).
    pub currency: Option<&'static str>,
    /// Who writes to this store: (country, language, weight).
    pub buyers: &'static [(&'static str, &'static str, u32)],
    /// Relative share of conversations.
    pub volume: u32,
    /// Amazon relay domain (`marketplace.amazon.de` …); empty elsewhere.
    pub relay: &'static str,
}

/// Index of the web shop in [`STORES`]; Telegram buyers' orders are web-shop orders.
pub(crate) const WEB_SHOP: usize = 8;

/// The seller's stores.
pub(crate) static STORES: [StoreDef; 10] = [
    StoreDef {
        key: "brightway-ebay-us",
        name: "Brightway — eBay US",
        channel: Channel::Ebay,
        site: "US",
        currency: Some("USD"),
        volume: 36,
        relay: "",
        buyers: &[
            ("US", "en", 10),
            ("CA", "en", 2),
            ("AU", "en", 2),
            ("MX", "es", 2),
            ("US", "es", 1),
            ("RU", "ru", 1),
            ("BR", "pt", 1),
        ],
    },
    StoreDef {
        key: "brightway-amazon-de",
        name: "Brightway — Amazon DE",
        channel: Channel::Amazon,
        site: "DE",
        currency: Some("EUR"),
        volume: 30,
        relay: "marketplace.amazon.de",
        buyers: &[("DE", "de", 8), ("AT", "de", 2)],
    },
    StoreDef {
        key: "brightway-amazon-es",
        name: "Brightway — Amazon ES",
        channel: Channel::Amazon,
        site: "ES",
        currency: Some("EUR"),
        volume: 18,
        relay: "marketplace.amazon.es",
        buyers: &[("ES", "es", 1)],
    },
    StoreDef {
        key: "brightway-amazon-jp",
        name: "Brightway — Amazon JP",
        channel: Channel::Amazon,
        site: "JP",
        currency: Some("JPY"),
        volume: 20,
        relay: "marketplace.amazon.co.jp",
        buyers: &[("JP", "ja", 1)],
    },
    StoreDef {
        key: "brightway-shopee-sg",
        name: "Brightway — Shopee SG",
        channel: Channel::Shopee,
        site: "SG",
        currency: Some("SGD"),
        volume: 22,
        relay: "",
        buyers: &[("SG", "en", 5), ("SG", "zh", 4)],
    },
    StoreDef {
        key: "brightway-shopee-my",
        name: "Brightway — Shopee MY",
        channel: Channel::Shopee,
        site: "MY",
        currency: Some("MYR"),
        volume: 18,
        relay: "",
        buyers: &[("MY", "en", 5), ("MY", "zh", 4)],
    },
    StoreDef {
        key: "brightway-lazada-ph",
        name: "Brightway — Lazada PH",
        channel: Channel::Lazada,
        site: "PH",
        currency: Some("PHP"),
        volume: 16,
        relay: "",
        buyers: &[("PH", "en", 1)],
    },
    StoreDef {
        key: "brightway-tiktok-uk",
        name: "Brightway — TikTok Shop UK",
        channel: Channel::TiktokShop,
        site: "GB",
        currency: Some("GBP"),
        volume: 18,
        relay: "",
        buyers: &[("GB", "en", 1)],
    },
    StoreDef {
        key: "brightway-webshop",
        name: "Brightway Web Shop (support@brightway-electronics.com)",
        channel: Channel::Email,
        site: "",
        currency: None,
        volume: 44,
        relay: "",
        buyers: &[
            ("US", "en", 3),
            ("GB", "en", 1),
            ("AU", "en", 2),
            ("CA", "fr", 1),
            ("FR", "fr", 4),
            ("DE", "de", 1),
            ("BR", "pt", 3),
            ("PT", "pt", 2),
            ("MX", "es", 2),
            ("ES", "es", 1),
            ("RU", "ru", 2),
            ("SA", "ar", 3),
            ("AE", "ar", 2),
            ("AE", "en", 1),
            ("SG", "zh", 1),
        ],
    },
    StoreDef {
        key: "brightway-telegram",
        name: "Brightway on Telegram (@BrightwayHelpBot)",
        channel: Channel::Telegram,
        site: "",
        currency: None,
        volume: 16,
        relay: "",
        buyers: &[
            ("RU", "ru", 4),
            ("SA", "ar", 2),
            ("AE", "ar", 1),
            ("BR", "pt", 2),
            ("US", "en", 1),
            ("MX", "es", 1),
        ],
    },
];

/// The stores as records.
pub(crate) fn store_records() -> Vec<StoreRecord> {
    STORES
        .iter()
        .map(|s| StoreRecord {
            key: s.key.to_string(),
            name: s.name.to_string(),
            marketplace: s.channel,
            site: s.site.to_string(),
        })
        .collect()
}

/// Picks by weight from `(item, weight)` pairs; `None` only for an empty or weightless list.
pub(crate) fn weighted<T: Copy>(
    rng: &mut impl Rng,
    items: impl Iterator<Item = (T, u32)> + Clone,
) -> Option<T> {
    let total: u32 = items.clone().map(|(_, w)| w).sum();
    if total == 0 {
        return None;
    }
    let mut roll = rng.gen_range(0..total);
    for (item, w) in items {
        if roll < w {
            return Some(item);
        }
        roll -= w;
    }
    None
}

/// The marketplace's response target in hours (Amazon 24 h, Shopee 12 h, TikTok Shop 12 h,
/// Lazada 24 h, eBay 24 h, e-mail one working day, Telegram 1 h).
pub fn response_target_hours(channel: Channel) -> i64 {
    match channel {
        Channel::Shopee | Channel::TiktokShop => 12,
        Channel::Telegram => 1,
        Channel::Email | Channel::Ebay | Channel::Amazon | Channel::Lazada => 24,
    }
}

/// The platform's name as buyers write it.
pub(crate) fn platform_name(channel: Channel) -> &'static str {
    match channel {
        Channel::Email => "Brightway",
        Channel::Ebay => "eBay",
        Channel::Amazon => "Amazon",
        Channel::Shopee => "Shopee",
        Channel::TiktokShop => "TikTok Shop",
        Channel::Lazada => "Lazada",
        Channel::Telegram => "Telegram",
    }
}

/// Which dispute a buyer threatens on a channel (index into `Bank::claims`) and its tag.
pub(crate) fn claim(rng: &mut impl Rng, channel: Channel) -> (usize, &'static str) {
    match channel {
        Channel::Amazon => (0, "a-to-z"),
        Channel::Ebay => (1, "ebay-case"),
        Channel::Email | Channel::Telegram => {
            if rng.gen_bool(0.6) {
                (2, "paypal-claim")
            } else {
                (3, "chargeback")
            }
        }
        _ => (4, "platform-complaint"),
    }
}

fn digits(rng: &mut impl Rng, out: &mut String, n: usize) {
    for _ in 0..n {
        out.push(char::from(b'0' + rng.gen_range(0..10u8)));
    }
}

fn alnum(rng: &mut impl Rng, out: &mut String, n: usize, upper: bool) {
    const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    let set = if upper { UPPER } else { LOWER };
    for _ in 0..n {
        out.push(char::from(set[rng.gen_range(0..set.len())]));
    }
}

/// An order number in the marketplace's own format. `ymd` is the order date (`240915`).
pub(crate) fn order_number(rng: &mut impl Rng, store: &StoreDef, ymd: &str) -> String {
    let mut s = String::with_capacity(20);
    match store.channel {
        Channel::Ebay => {
            s.push_str(&rng.gen_range(10..=27).to_string());
            s.push('-');
            digits(rng, &mut s, 5);
            s.push('-');
            digits(rng, &mut s, 5);
        }
        Channel::Amazon => {
            let prefixes: &[&str] = match store.site {
                "DE" => &["302", "303", "305", "028"],
                "ES" => &["404", "406", "171"],
                "JP" => &["249", "250", "503"],
                _ => &["111", "112", "113"],
            };
            s.push_str(prefixes[rng.gen_range(0..prefixes.len())]);
            s.push('-');
            digits(rng, &mut s, 7);
            s.push('-');
            digits(rng, &mut s, 7);
        }
        Channel::Shopee => {
            s.push_str(ymd);
            alnum(rng, &mut s, 8, true);
        }
        Channel::Lazada => {
            s.push(char::from(b'4' + rng.gen_range(0..3u8)));
            digits(rng, &mut s, 14);
        }
        Channel::TiktokShop => {
            s.push_str("57");
            digits(rng, &mut s, 16);
        }
        Channel::Email | Channel::Telegram => {
            s.push_str("BW");
            s.push_str(&rng.gen_range(100_000..400_000).to_string());
        }
    }
    s
}

/// A buyer's handle on a channel: an e-mail address, an eBay user id, an Amazon relay address,
/// a marketplace user name or a Telegram @handle.
pub(crate) fn handle(
    rng: &mut impl Rng,
    channel: Channel,
    store: &StoreDef,
    person: &Person,
    mail: &[&str],
) -> String {
    let first = ascii_handle(&person.first_latin);
    let last = ascii_handle(&person.last_latin);
    let initial = first.chars().next().unwrap_or('x');
    let nn = rng.gen_range(1..100);
    let year = rng.gen_range(1975..2006);
    match channel {
        Channel::Email => {
            let domain = mail
                .get(rng.gen_range(0..mail.len().max(1)))
                .copied()
                .unwrap_or("gmail.com");
            match rng.gen_range(0..4) {
                0 => format!("{first}.{last}@{domain}"),
                1 => format!("{first}{last}{nn}@{domain}"),
                2 => format!("{initial}{last}@{domain}"),
                _ => format!("{last}.{first}{}@{domain}", year % 100),
            }
        }
        Channel::Ebay => {
            const WORDS: [&str; 8] = [
                "deals", "tech", "bargain", "gadget", "retro", "shopper", "finds", "store",
            ];
            match rng.gen_range(0..3) {
                0 => format!("{initial}{last}_{nn}"),
                1 => format!("{first}{year}"),
                _ => format!("{first}-{}{nn}", WORDS[rng.gen_range(0..WORDS.len())]),
            }
        }
        Channel::Amazon => {
            let mut s = String::with_capacity(40);
            alnum(rng, &mut s, 15, false);
            s.push('@');
            s.push_str(store.relay);
            s
        }
        Channel::Shopee | Channel::Lazada => match rng.gen_range(0..3) {
            0 => format!("{first}_{last}{nn}"),
            1 => format!("{first}.{last}"),
            _ => format!("{last}{first}{}", year % 100),
        },
        Channel::TiktokShop => match rng.gen_range(0..3) {
            0 => format!("user{}", rng.gen_range(1_000_000_000u64..9_999_999_999)),
            1 => format!("{first}.{last}{nn}"),
            _ => format!("{first}_x_{last}"),
        },
        Channel::Telegram => match rng.gen_range(0..3) {
            0 => format!("@{first}_{last}"),
            1 => format!("@{first}{nn}"),
            _ => format!("@{initial}{last}{}", year % 100),
        },
    }
}

/// eBay's relay address for a member (`…@members.ebay.com`).
pub(crate) fn ebay_relay(rng: &mut impl Rng) -> String {
    let mut s = String::with_capacity(32);
    alnum(rng, &mut s, 10, false);
    s.push_str("@members.ebay.com");
    s
}

/// The platform's own line when a return or a dispute is opened (written in English, as the
/// platforms send them to sellers).
pub(crate) fn system_line(channel: Channel, intent: Intent, order: &str) -> String {
    let reason = match intent {
        Intent::Damaged => "Item arrived damaged",
        Intent::WrongItem => "Wrong item was sent",
        _ => "No longer needed",
    };
    if intent == Intent::DisputeThreat {
        return match channel {
            Channel::Amazon => format!("Amazon: An A-to-z Guarantee claim was filed for order {order}. Please respond within 72 hours."),
            Channel::Ebay => format!("eBay: The buyer opened a case for order {order}: item not received."),
            Channel::Shopee => format!("Shopee: Buyer raised a dispute for order {order}."),
            Channel::Lazada => format!("Lazada: Buyer raised a dispute for order {order}."),
            Channel::TiktokShop => format!("TikTok Shop: Buyer escalated order {order} to TikTok Shop customer service."),
            Channel::Email | Channel::Telegram => format!("PayPal: The buyer opened a dispute for order {order} (item not received)."),
        };
    }
    match channel {
        Channel::Amazon => {
            format!("Amazon: The buyer requested a return for order {order}. Reason: {reason}.")
        }
        Channel::Ebay => {
            format!("eBay: Buyer opened a return request for order {order} ({reason}).")
        }
        Channel::Shopee => format!(
            "Shopee: Buyer submitted a Return/Refund request for order {order}. Reason: {reason}."
        ),
        Channel::Lazada => {
            format!("Lazada: Buyer submitted a return request for order {order}. Reason: {reason}.")
        }
        Channel::TiktokShop => format!(
            "TikTok Shop: Buyer requested a return and refund for order {order}. Reason: {reason}."
        ),
        Channel::Email | Channel::Telegram => {
            format!("Web shop: Buyer opened a return request for order {order}. Reason: {reason}.")
        }
    }
}
