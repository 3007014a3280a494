//! Orders behind the conversations: marketplace order numbers, items from the catalogue priced
//! in the site's currency, carrier and tracking number, and a status consistent with what the
//! buyer writes about.

use bridgedesk_model::{Carrier, Channel, OrderItem, OrderRecord, OrderStatus, UtcMillis};
use rand::Rng;

use crate::catalogue::{price_minor, products_of, Kind, PRODUCTS};
use crate::intent::Intent;
use crate::market::{order_number, StoreDef, STORES, WEB_SHOP};
use crate::people::Country;
use crate::timing::{ymd, zone, DAY, HOUR, MINUTE};
use crate::tracking::{carrier_for, carrier_name, tracking_number};

/// An order and what the conversation needs to know about it.
pub(crate) struct OrderDraft {
    pub record: OrderRecord,
    /// Days between the order and the buyer's first message.
    pub days: i64,
    /// The carrier as the buyer's language names it.
    pub carrier_name: &'static str,
    /// Tracking number of a replacement parcel, for intents settled by reshipping.
    pub reship: Option<String>,
}

/// The store an order of a conversation in `store` belongs to (Telegram buyers order in the
/// web shop).
pub(crate) fn order_store(store: usize) -> usize {
    if STORES[store].channel == Channel::Telegram {
        WEB_SHOP
    } else {
        store
    }
}

fn line_hint(store: &StoreDef) -> Option<&'static str> {
    match store.channel {
        Channel::Shopee => Some("SPX"),
        Channel::Lazada => Some("LEX"),
        _ => None,
    }
}

fn parcel(rng: &mut impl Rng, store: &StoreDef, country: &str) -> (Carrier, String) {
    let hint = line_hint(store);
    let carrier = carrier_for(rng, country, hint);
    let number = tracking_number(rng, carrier, hint.unwrap_or("SPX"), store.site);
    (carrier, number)
}

fn items(rng: &mut impl Rng, product: usize, currency: &str) -> Vec<OrderItem> {
    let main = &PRODUCTS[product];
    let quantity = if rng.gen_bool(0.15) { 2 } else { 1 };
    let mut items = vec![OrderItem {
        sku: main.sku.to_string(),
        title: main.title.to_string(),
        quantity,
        unit_price_minor: price_minor(main.usd_cents, currency),
    }];
    if rng.gen_bool(0.25) {
        let kinds = [Kind::Cable, Kind::Case, Kind::Band];
        let kind = kinds[rng.gen_range(0..kinds.len())];
        if let Some(extra) = products_of(kind).find(|&i| i != product) {
            let p = &PRODUCTS[extra];
            items.push(OrderItem {
                sku: p.sku.to_string(),
                title: p.title.to_string(),
                quantity: 1,
                unit_price_minor: price_minor(p.usd_cents, currency),
            });
        }
    }
    items
}

fn record(
    rng: &mut impl Rng,
    key: String,
    store: usize,
    customer_key: &str,
    country: &Country,
    product: usize,
    placed_at: UtcMillis,
) -> OrderRecord {
    let def = &STORES[store];
    let currency = def.currency.unwrap_or(country.currency);
    let items = items(rng, product, currency);
    let amount_minor = items
        .iter()
        .map(|i| i.unit_price_minor * i64::from(i.quantity))
        .sum();
    let site_zone = zone(match def.site {
        "SG" => "Asia/Singapore",
        "MY" => "Asia/Kuala_Lumpur",
        _ => "Asia/Shanghai",
    });
    OrderRecord {
        key,
        store_key: def.key.to_string(),
        customer_key: customer_key.to_string(),
        marketplace: def.channel,
        site: def.site.to_string(),
        order_number: order_number(rng, def, &ymd(site_zone, placed_at)),
        items,
        amount_minor,
        currency: currency.to_string(),
        placed_at,
        carrier: None,
        tracking_number: None,
        status: OrderStatus::Paid,
    }
}

/// The order a conversation about `intent` is linked to. `first` is the buyer's first message;
/// `settled` says whether the agent has already settled the matter.
#[allow(clippy::too_many_arguments)]
pub(crate) fn order_for(
    rng: &mut impl Rng,
    key: String,
    store: usize,
    customer_key: &str,
    country: &Country,
    lang: &str,
    intent: Intent,
    settled: bool,
    first: UtcMillis,
    product: usize,
) -> OrderDraft {
    let before = match intent {
        Intent::AddressChange => rng.gen_range(20 * MINUTE..18 * HOUR),
        Intent::TrackingStalled | Intent::CustomsHold => rng.gen_range(14 * DAY..36 * DAY),
        Intent::DisputeThreat => rng.gen_range(25 * DAY..46 * DAY),
        Intent::Defective => rng.gen_range(20 * DAY..60 * DAY),
        _ => rng.gen_range(9 * DAY..30 * DAY),
    };
    let placed_at = first - before;
    let store = order_store(store);
    let mut record = record(rng, key, store, customer_key, country, product, placed_at);
    let shipped = intent.shipped() || (intent == Intent::AddressChange && settled);
    let mut name = "";
    if shipped {
        let (carrier, number) = parcel(rng, &STORES[store], country.code);
        name = carrier_name(carrier, lang, &number);
        record.carrier = Some(carrier);
        record.tracking_number = Some(number);
    }
    record.status = intent.order_status(settled);
    let reship = matches!(
        intent,
        Intent::Damaged | Intent::WrongItem | Intent::Defective | Intent::DeliveredNotReceived
    )
    .then(|| parcel(rng, &STORES[store], country.code).1);
    OrderDraft {
        record,
        days: before / DAY,
        carrier_name: name,
        reship,
    }
}

/// A past, delivered order of a returning buyer.
pub(crate) fn past_order(
    rng: &mut impl Rng,
    key: String,
    store: usize,
    customer_key: &str,
    country: &Country,
    placed_at: UtcMillis,
) -> OrderRecord {
    let product = rng.gen_range(0..PRODUCTS.len());
    let store = order_store(store);
    let mut record = record(rng, key, store, customer_key, country, product, placed_at);
    let (carrier, number) = parcel(rng, &STORES[store], country.code);
    record.carrier = Some(carrier);
    record.tracking_number = Some(number);
    record.status = OrderStatus::Delivered;
    record
}
