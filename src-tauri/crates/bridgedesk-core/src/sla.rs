//! Runs the SLA clocks of a conversation: turns its stored messages and status history into
//! SLA events, picks the first matching policy, computes the internal and the marketplace
//! clocks with `bridgedesk-sla`, and keeps the nearest due and warning instants for the inbox.
//!
//! The calendars and policies are the team's defaults until the settings screen for them
//! lands: a Shenzhen business calendar (Mon–Fri 09:00–12:00 and 13:30–18:30, Sat 09:00–12:00,
//! China's public holidays) and one policy per kind of channel, following the handbooks'
//! standard: chat within minutes, marketplaces within hours, e-mail within one working day.

use bridgedesk_model::*;
use bridgedesk_sla::{
    compute, compute_marketplace_for_channel, holidays, site_zone, AuditEntry, BusinessCalendar,
    CalendarSet, ConversationFacts, CustomerGrade, HolidayRegion, MarketplaceRule, Metric,
    OpenInterval, Policy, PolicyConditions, PolicySet, SlaClock, SlaEvent, Target, TimeBasis, HOUR,
    MINUTE,
};
use bridgedesk_store::{SlaInputs, SlaMessage};
use chrono::Weekday;

/// How long before a marketplace's own deadline the inbox starts warning.
const MARKETPLACE_WARNING: i64 = HOUR;

/// The id of the default business calendar.
pub const SHENZHEN_CALENDAR: &str = "shenzhen";

/// Calendars and policies in force.
pub struct SlaConfig {
    calendars: CalendarSet,
    policies: PolicySet,
}

impl SlaConfig {
    /// The defaults described in the module header.
    pub fn defaults() -> Self {
        let calendars = CalendarSet::new().with(shenzhen_calendar());
        let business = |hours: i64| Target::business(hours * HOUR, SHENZHEN_CALENDAR);
        let policy =
            |id: &str, channels: &[Channel], first: Target, next: Target, warn: i64| Policy {
                conditions: PolicyConditions {
                    channels: channels.to_vec(),
                    ..Default::default()
                },
                first_response: Some(first),
                next_response: Some(next),
                resolution: Some(business(5 * 9)),
                warn_before_ms: warn,
                ..Policy::new(id, 1)
            };
        let urgent = Policy {
            conditions: PolicyConditions {
                priorities: vec![Priority::Urgent],
                ..Default::default()
            },
            first_response: Some(business(2)),
            next_response: Some(business(4)),
            resolution: Some(business(3 * 9)),
            warn_before_ms: 30 * MINUTE,
            ..Policy::new("urgent", 1)
        };
        let policies = PolicySet {
            policies: vec![
                urgent,
                policy(
                    "chat",
                    &[Channel::Telegram],
                    Target::business(15 * MINUTE, SHENZHEN_CALENDAR),
                    business(1),
                    5 * MINUTE,
                ),
                policy(
                    "marketplace-chat",
                    &[Channel::Shopee, Channel::Lazada, Channel::TiktokShop],
                    business(4),
                    business(4),
                    HOUR,
                ),
                policy("email", &[], business(9), business(9), 2 * HOUR),
            ],
        };
        Self {
            calendars,
            policies,
        }
    }

    /// The ids of the policies in force (what "apply SLA policy" may name).
    pub fn policy_ids(&self) -> Vec<String> {
        self.policies
            .policies
            .iter()
            .map(|p| p.id.clone())
            .collect()
    }

    /// Whether `at` falls inside the default business calendar's open hours.
    pub fn within_business_hours(&self, at: UtcMillis) -> bool {
        self.calendars
            .get(SHENZHEN_CALENDAR)
            .is_some_and(|calendar| calendar.is_open(at))
    }
}

fn shenzhen_calendar() -> BusinessCalendar {
    // Constant, valid intervals: `hm` only fails on hours past 24 or minutes past 59.
    let interval = |a, b, c, d| OpenInterval::hm(a, b, c, d).expect("constant interval");
    let weekdays = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];
    BusinessCalendar::new(SHENZHEN_CALENDAR, chrono_tz::Asia::Shanghai)
        .with_hours(
            &weekdays,
            &[interval(9, 0, 12, 0), interval(13, 30, 18, 30)],
        )
        .with_hours(&[Weekday::Sat], &[interval(9, 0, 12, 0)])
        .with_holidays(&holidays::for_region(HolidayRegion::China))
}

/// The SLA events of a conversation, from what the store keeps.
pub fn events_of(inputs: &SlaInputs) -> Vec<SlaEvent> {
    let mut events: Vec<SlaEvent> = inputs.messages.iter().filter_map(event_of).collect();
    events.extend(
        inputs
            .status_changes
            .iter()
            .map(|(at, status)| SlaEvent::status(*at, *status)),
    );
    events.sort_by_key(|e| e.at);
    events
}

fn event_of(message: &SlaMessage) -> Option<SlaEvent> {
    match (message.direction, message.author_kind) {
        (Direction::Inbound, AuthorKind::Customer) => Some(SlaEvent::buyer(message.at)),
        (Direction::Outbound, AuthorKind::Agent) => Some(match message.delivery {
            // A reply counts from the instant the channel took it.
            Some((DeliveryState::Sent | DeliveryState::Accepted, at)) => {
                SlaEvent::reply_accepted(message.at, at.max(message.at))
            }
            Some(_) => SlaEvent::reply_queued(message.at),
            None => SlaEvent::reply(message.at),
        }),
        (Direction::Outbound, AuthorKind::Auto) => Some(SlaEvent::auto_reply(message.at)),
        _ => None,
    }
}

/// The clocks of one conversation at `now`, and the nearest due and warning instants of
/// the clocks still counting (what the inbox sorts and colours by).
pub struct SlaOutcome {
    pub view: SlaView,
    pub due_at: Option<UtcMillis>,
    pub warn_at: Option<UtcMillis>,
}

/// Computes the clocks of a conversation.
pub fn evaluate(config: &SlaConfig, inputs: &SlaInputs, now: UtcMillis) -> Option<SlaOutcome> {
    let facts = ConversationFacts {
        channel: inputs.channel,
        store_id: inputs.store_id,
        priority: inputs.priority,
        grade: CustomerGrade::Ordinary,
        category: inputs.category,
        language: inputs.language.clone(),
    };
    // A policy chosen by a rule wins over the policies' own selection.
    let chosen = config
        .policies
        .policies
        .iter()
        .find(|p| !inputs.sla_policy.is_empty() && p.id == inputs.sla_policy);
    let policy = chosen.or_else(|| config.policies.select(&facts))?;
    let events = events_of(inputs);
    let state = compute(&events, policy, &config.calendars, now);
    let marketplace =
        compute_marketplace_for_channel(inputs.channel, &events, site_zone(&inputs.site), now);
    // The inbox sorts by the nearest due instant and colours by the warning of that same
    // clock. Marketplace rules carry no warning lead of their own; warn an hour ahead.
    let mut counting: Vec<(UtcMillis, Option<UtcMillis>)> = state
        .clocks()
        .filter(|c| c.is_counting())
        .filter_map(|c| c.due_at.map(|due| (due, c.warn_at)))
        .collect();
    if let Some(clock) = marketplace
        .as_ref()
        .and_then(|m| m.current())
        .filter(|c| c.is_counting())
    {
        if let Some(due) = clock.due_at {
            counting.push((
                due,
                Some(clock.warn_at.unwrap_or(due - MARKETPLACE_WARNING)),
            ));
        }
    }
    let nearest = counting.into_iter().min_by_key(|(due, _)| *due);
    let (due_at, warn_at) = (
        nearest.map(|(due, _)| due),
        nearest.and_then(|(_, warn)| warn),
    );
    let view = SlaView {
        policy_id: state.policy_id.clone(),
        policy_version: state.policy_version,
        clocks: state.clocks().map(clock_view).collect(),
        marketplace: marketplace.map(|m| MarketplaceClockView {
            rule: rule_code(m.rule).to_owned(),
            reference_zone: m.reference_zone.clone(),
            current: m.current().map(clock_view),
        }),
    };
    Some(SlaOutcome {
        view,
        due_at,
        warn_at,
    })
}

fn rule_code(rule: MarketplaceRule) -> &'static str {
    match rule {
        MarketplaceRule::Amazon24h => "amazon_24h",
        MarketplaceRule::Shopee12h => "shopee_12h",
        MarketplaceRule::TiktokShop12h => "tiktok_shop_12h",
        MarketplaceRule::LazadaDailyCycle => "lazada_daily_cycle",
        MarketplaceRule::EbayItemNotReceived => "ebay_item_not_received",
    }
}

fn metric_code(metric: &Metric) -> &'static str {
    match metric {
        Metric::FirstResponse => "first_response",
        Metric::NextResponse => "next_response",
        Metric::Resolution => "resolution",
        Metric::TotalResolution => "total_resolution",
        Metric::Marketplace(_) => "marketplace",
    }
}

/// The snake_case name serde gives a unit enum value.
fn code<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn clock_view(clock: &SlaClock) -> SlaClockView {
    SlaClockView {
        metric: metric_code(&clock.metric).to_owned(),
        status: code(&clock.status),
        business_time: matches!(clock.basis, TimeBasis::Business { .. }),
        target_ms: clock.target_ms,
        started_at: Some(clock.started_at),
        due_at: clock.due_at,
        warn_at: clock.warn_at,
        satisfied_at: clock.satisfied_at,
        breached_at: clock.breached_at,
        paused_remaining_ms: clock.paused_remaining_ms,
        audit: clock.audit.iter().map(audit_view).collect(),
    }
}

fn audit_view(entry: &AuditEntry) -> SlaAuditView {
    SlaAuditView {
        at: entry.at,
        event: code(&entry.event),
        reason: code(&entry.reason),
    }
}
