//! Runs the SLA clocks of a conversation: turns its stored messages and status history into
//! SLA events, picks the first matching policy (keeping the version the conversation's clocks
//! already used), computes the internal and the marketplace clocks with `bridgedesk-sla`, and
//! keeps the nearest due and warning instants for the inbox.
//!
//! The calendars and policies come from the store ([`SlaConfig::from_settings`]); a new
//! workspace is seeded with the defaults of [`crate::sla_settings`].

use crate::sla_settings::{
    calendar_of, default_calendar, default_policies, policy_of, with_calendar,
};
use bridgedesk_model::*;
use bridgedesk_sla::{
    compute, compute_marketplace_for_channel, site_zone, AuditEntry, CalendarSet,
    ConversationFacts, CustomerGrade, MarketplaceRule, Metric, Policy, PolicySet, SlaClock,
    SlaEvent, SlaEventKind, TimeBasis, HOUR,
};
use bridgedesk_store::{SlaInputs, SlaMessage};
use std::collections::BTreeMap;

/// How long before a marketplace's own deadline the inbox starts warning.
const MARKETPLACE_WARNING: i64 = HOUR;

/// Calendars and policies in force.
pub struct SlaConfig {
    calendars: CalendarSet,
    policies: PolicySet,
    /// Every stored version, for conversations pinned to an older one.
    versions: BTreeMap<(String, u32), Policy>,
    /// Calendar id by team and by shop, and the default calendar's id.
    team_calendars: BTreeMap<RowId, String>,
    store_calendars: BTreeMap<RowId, String>,
    default_calendar: String,
    /// Calendar names by id, for the audit.
    calendar_names: BTreeMap<String, String>,
}

/// Why a conversation counts business time on the calendar it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarSource {
    /// The conversation's team has a calendar.
    Team,
    /// No team calendar; the conversation's shop has one.
    Shop,
    /// Neither has one: the default calendar.
    Default,
}

impl CalendarSource {
    /// The stable code the UI words (`team`, `shop`, `default`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Team => "team",
            Self::Shop => "shop",
            Self::Default => "default",
        }
    }
}

/// The calendar picked for one conversation, and what the audit says about it.
struct CalendarPick<'a> {
    id: &'a str,
    source: CalendarSource,
    team_name: Option<&'a str>,
    names: &'a BTreeMap<String, String>,
}

impl SlaConfig {
    /// The seeded defaults (a workspace whose store cannot be read, and tests).
    pub fn defaults() -> Self {
        let policies = default_policies();
        Self::from_settings(&[default_calendar()], &policies, &policies)
    }

    /// The configuration from stored settings: `current` in order of precedence, `versions`
    /// every stored version. A calendar that no longer builds (it was valid when saved) is
    /// left out and logged; targets on it then count calendar time.
    pub fn from_settings(
        calendars: &[CalendarSettings],
        current: &[PolicySettings],
        versions: &[PolicySettings],
    ) -> Self {
        let mut set = CalendarSet::new();
        let mut store_calendars = BTreeMap::new();
        let mut team_calendars = BTreeMap::new();
        let mut calendar_names = BTreeMap::new();
        let mut default_id = String::new();
        for settings in calendars {
            match calendar_of(settings) {
                Ok(calendar) => set.insert(calendar),
                Err(err) => {
                    tracing::warn!("Skipping SLA calendar {}: {err}", settings.id);
                    continue;
                }
            }
            calendar_names.insert(settings.id.clone(), settings.name.clone());
            if let Some(store) = settings.store_id {
                store_calendars.insert(store, settings.id.clone());
            }
            if let Some(team) = settings.team_id {
                // Two calendars on one team: the first in the settings' order wins.
                team_calendars
                    .entry(team)
                    .or_insert_with(|| settings.id.clone());
            }
            if settings.is_default {
                settings.id.clone_into(&mut default_id);
            }
        }
        Self {
            calendars: set,
            policies: PolicySet {
                policies: current.iter().map(policy_of).collect(),
            },
            versions: versions
                .iter()
                .map(|p| ((p.id.clone(), p.version), policy_of(p)))
                .collect(),
            team_calendars,
            store_calendars,
            default_calendar: default_id,
            calendar_names,
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

    /// Whether `at` falls inside the open hours of the calendar a conversation of this team and
    /// shop counts business time on (the same choice its clocks make).
    pub fn within_business_hours(
        &self,
        team_id: Option<RowId>,
        store_id: RowId,
        at: UtcMillis,
    ) -> bool {
        let (calendar_id, _) = self.calendar_for(team_id, store_id);
        self.calendars
            .get(calendar_id)
            .is_some_and(|calendar| calendar.is_open(at))
    }

    /// The calendar a conversation counts business time on, and why: its team's calendar,
    /// else its shop's, else the default (Freshdesk's rule: the group's business hours win).
    pub fn calendar_for(&self, team_id: Option<RowId>, store_id: RowId) -> (&str, CalendarSource) {
        if let Some(id) = team_id.and_then(|team| self.team_calendars.get(&team)) {
            return (id, CalendarSource::Team);
        }
        match self.store_calendars.get(&store_id) {
            Some(id) => (id, CalendarSource::Shop),
            None => (&self.default_calendar, CalendarSource::Default),
        }
    }

    /// The policy for a conversation: the first match of the current list, at the version the
    /// conversation is pinned to when that is the same policy (an edit applies to new clocks).
    fn policy_for(
        &self,
        facts: &ConversationFacts,
        pin: Option<&(String, u32)>,
        calendar_id: &str,
    ) -> Option<Policy> {
        let current = self.policies.select(facts)?;
        let pinned = pin
            .filter(|(id, _)| *id == current.id)
            .and_then(|key| self.versions.get(key));
        let policy = pinned.unwrap_or(current);
        Some(with_calendar(policy, calendar_id))
    }
}

/// The buyer's grade as the policies see it: the blacklist first, then triage's grade
/// (ungraded buyers count as ordinary).
fn grade_of(inputs: &SlaInputs) -> CustomerGrade {
    if inputs.blacklisted {
        return CustomerGrade::Blacklist;
    }
    match inputs.customer_grade.as_str() {
        "key_a" => CustomerGrade::A,
        "key_b" => CustomerGrade::B,
        "small" => CustomerGrade::Small,
        _ => CustomerGrade::Ordinary,
    }
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
    events.extend(
        inputs
            .no_response_needed
            .iter()
            .map(|at| SlaEvent::new(*at, SlaEventKind::NoResponseNeeded)),
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

/// Computes the clocks of a conversation; `pin` is the policy version its clocks used before
/// (`None` to pick the current version, as "recompute history" does).
pub fn evaluate(
    config: &SlaConfig,
    inputs: &SlaInputs,
    pin: Option<&(String, u32)>,
    now: UtcMillis,
) -> Option<SlaOutcome> {
    let facts = ConversationFacts {
        channel: inputs.channel,
        store_id: inputs.store_id,
        priority: inputs.priority,
        grade: grade_of(inputs),
        category: inputs.category,
        language: inputs.language.clone(),
    };
    let (calendar_id, source) = config.calendar_for(inputs.team_id, inputs.store_id);
    let pick = CalendarPick {
        id: calendar_id,
        source,
        team_name: inputs.team_name.as_deref(),
        names: &config.calendar_names,
    };
    // A policy chosen by a rule wins over the policies' own selection.
    let chosen = config
        .policies
        .policies
        .iter()
        .find(|p| !inputs.sla_policy.is_empty() && p.id == inputs.sla_policy)
        .map(|p| with_calendar(p, calendar_id));
    let policy = match chosen {
        Some(policy) => policy,
        None => config.policy_for(&facts, pin, calendar_id)?,
    };
    let events = events_of(inputs);
    let state = compute(&events, &policy, &config.calendars, now);
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
        clocks: state.clocks().map(|c| clock_view(c, Some(&pick))).collect(),
        marketplace: marketplace.map(|m| MarketplaceClockView {
            rule: rule_code(m.rule).to_owned(),
            reference_zone: m.reference_zone.clone(),
            current: m.current().map(|c| clock_view(c, None)),
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

/// The calendar a business-time clock counted on, and why: the conversation's pick when the
/// policy left the calendar open, else the calendar the policy's target names.
fn calendar_choice(clock: &SlaClock, pick: Option<&CalendarPick<'_>>) -> Option<SlaCalendarChoice> {
    let (TimeBasis::Business { calendar_id }, Some(pick)) = (&clock.basis, pick) else {
        return None;
    };
    let (source, team_name) = if calendar_id == pick.id {
        let team = (pick.source == CalendarSource::Team)
            .then(|| pick.team_name.map(str::to_owned))
            .flatten();
        (pick.source.code(), team)
    } else {
        ("policy", None)
    };
    Some(SlaCalendarChoice {
        id: calendar_id.clone(),
        name: pick
            .names
            .get(calendar_id)
            .cloned()
            .unwrap_or_else(|| calendar_id.clone()),
        source: source.to_owned(),
        team_name,
    })
}

fn clock_view(clock: &SlaClock, pick: Option<&CalendarPick<'_>>) -> SlaClockView {
    SlaClockView {
        metric: metric_code(&clock.metric).to_owned(),
        status: code(&clock.status),
        business_time: matches!(clock.basis, TimeBasis::Business { .. }),
        calendar: calendar_choice(clock, pick),
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
