//! The demo workspace: coverage, structure, times, statuses and orders.

use std::collections::{HashMap, HashSet};

use bridgedesk_model::{
    AuthorKind, Carrier, Channel, ConversationStatus, DeliveryState, Direction, OrderStatus,
    Priority,
};

use super::{demo, NOW};
use crate::catalogue::PRODUCTS;
use crate::timing::{zone, DAY, HOUR, MINUTE};
use crate::{demo_workspace, is_valid_s10};

#[test]
fn same_seed_gives_identical_workspace() {
    assert_eq!(demo_workspace(7, NOW), demo_workspace(7, NOW));
    assert_ne!(
        demo_workspace(7, NOW).conversations,
        demo_workspace(8, NOW).conversations
    );
}

#[test]
fn demo_has_at_least_220_conversations_of_one_to_eight_messages() {
    let ws = demo();
    assert!(ws.conversations.len() >= 220, "{}", ws.conversations.len());
    for c in &ws.conversations {
        assert!(
            (1..=8).contains(&c.messages.len()),
            "{} messages",
            c.messages.len()
        );
        assert_eq!(c.messages[0].author_kind, AuthorKind::Customer);
    }
    assert!((6..=10).contains(&ws.stores.len()));
}

#[test]
fn demo_covers_every_channel_and_at_least_nine_languages_and_fourteen_countries() {
    let ws = demo();
    let channels: HashSet<Channel> = ws.conversations.iter().map(|c| c.channel).collect();
    assert_eq!(channels.len(), Channel::ALL.len(), "{channels:?}");
    let languages: HashSet<&str> = ws
        .conversations
        .iter()
        .map(|c| c.language.as_str())
        .collect();
    for lang in ["en", "es", "de", "fr", "pt", "ru", "ja", "zh", "ar"] {
        assert!(languages.contains(lang), "no conversation in {lang}");
    }
    let countries: HashSet<&str> = ws.customers.iter().map(|c| c.country.as_str()).collect();
    assert!(countries.len() >= 14, "{countries:?}");
}

#[test]
fn customers_have_real_iana_zones_of_their_country() {
    let expected: HashMap<&str, &str> = [
        ("JP", "Asia/Tokyo"),
        ("DE", "Europe/Berlin"),
        ("SA", "Asia/Riyadh"),
        ("SG", "Asia/Singapore"),
        ("PH", "Asia/Manila"),
        ("GB", "Europe/London"),
        ("AE", "Asia/Dubai"),
        ("FR", "Europe/Paris"),
    ]
    .into_iter()
    .collect();
    for c in &demo().customers {
        assert!(
            c.time_zone.parse::<chrono_tz::Tz>().is_ok(),
            "{}",
            c.time_zone
        );
        if let Some(z) = expected.get(c.country.as_str()) {
            assert_eq!(&c.time_zone, z);
        }
        assert!(!c.identities.is_empty());
    }
    for country in &crate::people::COUNTRIES {
        for z in country.zones {
            assert!(z.parse::<chrono_tz::Tz>().is_ok(), "{z}");
        }
    }
}

#[test]
fn marketplace_handles_look_like_each_marketplace() {
    let ws = demo();
    let mut seen = HashSet::new();
    for c in &ws.customers {
        for id in &c.identities {
            seen.insert(id.channel);
            match id.channel {
                Channel::Amazon => {
                    assert!(id.handle.contains("@marketplace.amazon."), "{}", id.handle)
                }
                Channel::Telegram => assert!(id.handle.starts_with('@'), "{}", id.handle),
                Channel::Email => assert!(
                    id.handle.contains('@') && id.handle.is_ascii(),
                    "{}",
                    id.handle
                ),
                _ => assert!(
                    id.handle.is_ascii() && !id.handle.contains(' '),
                    "{}",
                    id.handle
                ),
            }
        }
    }
    let ebay: Vec<&str> = ws
        .customers
        .iter()
        .flat_map(|c| &c.identities)
        .filter(|i| i.channel == Channel::Ebay)
        .map(|i| i.handle.as_str())
        .collect();
    assert!(ebay.iter().any(|h| h.ends_with("@members.ebay.com")));
    assert!(ebay.iter().any(|h| !h.contains('@')));
    assert_eq!(seen.len(), Channel::ALL.len());
}

#[test]
fn every_message_is_before_now() {
    let ws = demo();
    let mut newest = i64::MIN;
    let mut oldest = i64::MAX;
    for c in &ws.conversations {
        for pair in c.messages.windows(2) {
            assert!(
                pair[0].sent_at < pair[1].sent_at,
                "{} not after {}",
                pair[1].external_id,
                pair[0].external_id
            );
        }
        for m in &c.messages {
            assert!(m.sent_at < NOW, "{} at {}", m.external_id, m.sent_at);
            newest = newest.max(m.sent_at);
            oldest = oldest.min(m.sent_at);
        }
        for n in &c.notes {
            assert!(n.created_at < NOW);
        }
    }
    assert!(
        NOW - newest < 3 * HOUR,
        "newest message {} min ago",
        (NOW - newest) / MINUTE
    );
    assert!(
        NOW - oldest < 50 * DAY && NOW - oldest > 30 * DAY,
        "oldest {} days ago",
        (NOW - oldest) / DAY
    );
    for o in &ws.orders {
        assert!(o.placed_at < NOW);
    }
}

#[test]
fn agents_answer_in_shenzhen_business_hours() {
    let shanghai = zone("Asia/Shanghai");
    for c in &demo().conversations {
        for m in c
            .messages
            .iter()
            .filter(|m| m.author_kind == AuthorKind::Agent)
        {
            let local = chrono::DateTime::from_timestamp_millis(m.sent_at)
                .map(|d| d.with_timezone(&shanghai));
            let local = local.map(|d| (chrono::Timelike::hour(&d), chrono::Datelike::weekday(&d)));
            let (hour, weekday) = local.unwrap_or((0, chrono::Weekday::Sun));
            assert!(
                (9..=18).contains(&hour) && weekday != chrono::Weekday::Sun,
                "{} at {hour}h {weekday}",
                m.external_id
            );
        }
    }
}

#[test]
fn external_ids_are_unique() {
    let ws = demo();
    let mut ids = HashSet::new();
    for m in ws.conversations.iter().flat_map(|c| &c.messages) {
        assert!(
            ids.insert(m.external_id.clone()),
            "duplicate {}",
            m.external_id
        );
    }
}

#[test]
fn conversations_refer_to_existing_stores_customers_and_orders() {
    let ws = demo();
    let stores: HashSet<&str> = ws.stores.iter().map(|s| s.key.as_str()).collect();
    let customers: HashSet<&str> = ws.customers.iter().map(|c| c.key.as_str()).collect();
    let orders: HashMap<&str, &bridgedesk_model::OrderRecord> =
        ws.orders.iter().map(|o| (o.key.as_str(), o)).collect();
    assert_eq!(orders.len(), ws.orders.len(), "order keys are unique");
    assert_eq!(
        customers.len(),
        ws.customers.len(),
        "customer keys are unique"
    );
    for c in &ws.conversations {
        assert!(stores.contains(c.store_key.as_str()));
        assert!(customers.contains(c.customer_key.as_str()));
        if let Some(k) = &c.order_key {
            let o = orders[k.as_str()];
            assert_eq!(o.customer_key, c.customer_key);
        }
        let customer = ws.customers.iter().find(|x| x.key == c.customer_key);
        assert!(
            customer.is_some_and(|x| x.identities.iter().any(|i| i.channel == c.channel)),
            "buyer has a handle on the channel"
        );
    }
    for o in &ws.orders {
        assert!(stores.contains(o.store_key.as_str()));
        assert!(customers.contains(o.customer_key.as_str()));
    }
}

#[test]
fn open_conversations_awaiting_reply_have_due_times() {
    let ws = demo();
    let (mut awaiting, mut overdue) = (0, 0);
    for c in &ws.conversations {
        let last_human = c
            .messages
            .iter()
            .rev()
            .find(|m| matches!(m.author_kind, AuthorKind::Customer | AuthorKind::Agent));
        let awaiting_reply = last_human.is_some_and(|m| m.author_kind == AuthorKind::Customer);
        if c.status == ConversationStatus::Open && awaiting_reply {
            let last = last_human.map(|m| m.sent_at).unwrap_or(0);
            let hours = crate::response_target_hours(c.channel);
            assert_eq!(
                c.due_at,
                Some(last + hours * HOUR),
                "conversation {:?}",
                c.subject
            );
            awaiting += 1;
            if c.due_at.is_some_and(|d| d < NOW) {
                overdue += 1;
            }
        } else {
            assert_eq!(c.due_at, None);
        }
    }
    assert!(awaiting > 60, "{awaiting}");
    assert!(
        overdue > 0 && overdue < awaiting / 2,
        "{overdue} of {awaiting} overdue"
    );
}

#[test]
fn statuses_read_flags_and_delivery_states_are_realistic() {
    let ws = demo();
    let count = |s: ConversationStatus| ws.conversations.iter().filter(|c| c.status == s).count();
    let open = count(ConversationStatus::Open);
    assert!(open * 2 > ws.conversations.len() * 2 / 3 && open > count(ConversationStatus::Pending));
    assert!(count(ConversationStatus::Pending) > 10);
    assert!(count(ConversationStatus::Resolved) + count(ConversationStatus::Closed) > 30);
    let mut states = HashSet::new();
    for c in &ws.conversations {
        for m in &c.messages {
            match m.direction {
                Direction::Outbound => {
                    let state = m.delivery.unwrap_or(DeliveryState::Sending);
                    states.insert(state);
                    if state == DeliveryState::Accepted {
                        assert!(!matches!(c.channel, Channel::Email | Channel::Telegram));
                    }
                }
                Direction::Inbound => assert!(m.delivery.is_none()),
            }
            if !m.read {
                assert_eq!(c.status, ConversationStatus::Open);
                assert_eq!(m.author_kind, AuthorKind::Customer);
            }
        }
        if c.status == ConversationStatus::Open && c.due_at.is_some() {
            assert!(
                c.messages.iter().any(|m| !m.read),
                "awaiting conversations have unread messages"
            );
        }
    }
    for s in [
        DeliveryState::Sent,
        DeliveryState::Accepted,
        DeliveryState::Queued,
        DeliveryState::Failed,
    ] {
        assert!(states.contains(&s), "no outbound message is {s}");
    }
}

#[test]
fn intents_map_to_categories_priorities_and_tags() {
    let ws = demo();
    let mut tags = HashSet::new();
    for c in &ws.conversations {
        tags.extend(c.tags.iter().cloned());
        if c.tags.iter().any(|t| t == "dispute-risk") {
            assert_eq!(c.priority, Priority::Urgent);
            assert_eq!(c.category, bridgedesk_model::Category::Complaint);
        }
    }
    for t in [
        "customs",
        "damaged",
        "dispute-risk",
        "vip",
        "pre-sale",
        "a-to-z",
        "paypal-claim",
        "return",
    ] {
        assert!(tags.contains(t), "no conversation tagged {t}");
    }
    let assignees: HashSet<Option<String>> = ws
        .conversations
        .iter()
        .map(|c| c.assignee.clone())
        .collect();
    assert!(assignees.len() >= 5 && assignees.contains(&None));
    assert!(
        ws.conversations
            .iter()
            .filter(|c| !c.notes.is_empty())
            .count()
            > 40
    );
    assert!(ws
        .conversations
        .iter()
        .flat_map(|c| &c.notes)
        .any(|n| n.text.contains("已联系物流商")));
}

#[test]
fn where_is_my_order_conversations_have_shipped_orders_with_tracking() {
    let ws = demo();
    let orders: HashMap<&str, &bridgedesk_model::OrderRecord> =
        ws.orders.iter().map(|o| (o.key.as_str(), o)).collect();
    let mut checked = 0;
    for c in ws.conversations.iter().filter(|c| {
        c.tags
            .iter()
            .any(|t| t == "tracking-stalled" || t == "customs" && c.order_key.is_some())
    }) {
        let o = orders[c.order_key.as_deref().unwrap_or_default()];
        assert!(
            matches!(o.status, OrderStatus::Shipped | OrderStatus::InTransit),
            "{:?}",
            o.status
        );
        assert!(o.carrier.is_some() && o.tracking_number.is_some());
        checked += 1;
    }
    assert!(checked > 10);
    for c in ws
        .conversations
        .iter()
        .filter(|c| c.tags.iter().any(|t| t == "pre-sale"))
    {
        assert!(c.order_key.is_none());
    }
}

#[test]
fn china_post_tracking_numbers_have_valid_s10_check_digits() {
    let ws = demo();
    let mut seen = 0;
    for o in &ws.orders {
        if let (Some(Carrier::ChinaPost | Carrier::Ems), Some(t)) = (o.carrier, &o.tracking_number)
        {
            assert!(is_valid_s10(t) && t.ends_with("CN"), "{t}");
            seen += 1;
        }
    }
    assert!(seen >= 5, "{seen}");
}

#[test]
fn order_numbers_and_amounts_follow_each_marketplace() {
    let ws = demo();
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mut currencies = HashSet::new();
    for o in &ws.orders {
        let n = o.order_number.as_str();
        let parts: Vec<&str> = n.split('-').collect();
        match o.marketplace {
            Channel::Ebay => assert!(
                parts.len() == 3
                    && parts.iter().map(|p| p.len()).eq([2, 5, 5])
                    && parts.iter().all(|p| digits(p)),
                "{n}"
            ),
            Channel::Amazon => assert!(
                parts.len() == 3
                    && parts.iter().map(|p| p.len()).eq([3, 7, 7])
                    && parts.iter().all(|p| digits(p)),
                "{n}"
            ),
            Channel::Shopee => assert!(
                n.len() == 14
                    && digits(&n[..6])
                    && n.bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()),
                "{n}"
            ),
            Channel::Lazada => assert!(n.len() == 15 && digits(n), "{n}"),
            Channel::TiktokShop => assert!(n.len() == 18 && digits(n), "{n}"),
            _ => assert!(n.starts_with("BW"), "{n}"),
        }
        let sum: i64 = o
            .items
            .iter()
            .map(|i| i.unit_price_minor * i64::from(i.quantity))
            .sum();
        assert_eq!(o.amount_minor, sum);
        assert!(PRODUCTS.iter().any(|p| p.sku == o.items[0].sku));
        if o.currency == "JPY" {
            assert!(
                o.items
                    .iter()
                    .all(|i| i.unit_price_minor % 10 == 0 && i.unit_price_minor < 20_000),
                "yen have no minor digits"
            );
        }
        currencies.insert(o.currency.clone());
    }
    for c in ["USD", "EUR", "GBP", "JPY", "SGD", "MYR", "PHP"] {
        assert!(currencies.contains(c), "{currencies:?}");
    }
}

#[test]
fn buyers_write_in_their_own_daytime() {
    let ws = demo();
    let zones: HashMap<&str, &str> = ws
        .customers
        .iter()
        .map(|c| (c.key.as_str(), c.time_zone.as_str()))
        .collect();
    let mut night = 0;
    let mut total = 0;
    for c in &ws.conversations {
        let tz = zone(zones[c.customer_key.as_str()]);
        for m in c
            .messages
            .iter()
            .filter(|m| m.author_kind == AuthorKind::Customer)
        {
            total += 1;
            if !(8..23).contains(&crate::timing::local_hour(tz, m.sent_at)) {
                night += 1;
            }
        }
    }
    // Only the few buyers who "just wrote" may be up at night.
    assert!(night <= 3, "{night} of {total} buyer messages at night");
}

#[test]
fn invariants_hold_for_other_seeds_and_around_daylight_saving_changes() {
    // 2025-03-30 01:30 UTC (Europe springs forward), 2025-11-02 07:30 UTC (US falls back), a
    // Sunday noon in Shenzhen.
    for now in [1_743_298_200_000, 1_762_068_600_000, 1_760_846_400_000] {
        for seed in [0, 1, 99, u64::MAX] {
            let ws = demo_workspace(seed, now);
            assert!(ws.conversations.len() >= 220);
            let mut ids = HashSet::new();
            for c in &ws.conversations {
                for pair in c.messages.windows(2) {
                    assert!(pair[0].sent_at < pair[1].sent_at);
                }
                for m in &c.messages {
                    assert!(m.sent_at < now);
                    assert!(ids.insert(m.external_id.as_str()));
                }
                let last =
                    c.messages.iter().rev().find(|m| {
                        matches!(m.author_kind, AuthorKind::Customer | AuthorKind::Agent)
                    });
                if c.status == ConversationStatus::Open
                    && last.is_some_and(|m| m.author_kind == AuthorKind::Customer)
                {
                    let due =
                        last.map(|m| m.sent_at + crate::response_target_hours(c.channel) * HOUR);
                    assert_eq!(c.due_at, due);
                } else {
                    assert_eq!(c.due_at, None);
                }
            }
            for o in &ws.orders {
                if o.carrier == Some(Carrier::ChinaPost) {
                    assert!(o.tracking_number.as_deref().is_some_and(is_valid_s10));
                }
            }
        }
    }
}
