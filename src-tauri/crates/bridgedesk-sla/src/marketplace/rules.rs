//! How each marketplace rule turns a conversation's events into cycles.
//!
//! Response rules (Amazon, Shopee, TikTok Shop, Lazada) start a cycle at the oldest buyer message
//! not yet answered and end it at the next qualifying reply (which answers every earlier
//! message). The eBay rule starts a cycle when an item-not-received request opens and ends it
//! when the seller answers the request on eBay; a chat message does not resolve it.
//!
//! Interpretations where the sources are silent (documented so they can be revisited):
//! - Lazada: a message at exactly 18:00:00 belongs to the next cycle (the window is
//!   `[18:00 yesterday, 18:00 today)`), and the cycle runs on every day of the week.
//! - Shopee: only the first buyer message of the conversation is measured ("later messages in
//!   the thread don't count"); a conversation is taken as one chat.
//! - TikTok Shop: a chat is seller-initiated when its first message is outgoing; a message
//!   received while holiday mode is on starts no cycle.
//! - eBay: business days are Monday–Friday, midnight to midnight, in the site's zone; public
//!   holidays are not excluded because eBay's help text does not say they are.

use super::{MarketplaceClock, MarketplaceRule};
use crate::calendar::{earliest_utc, BusinessCalendar};
use crate::clock::{AuditEntry, AuditEvent, AuditReason, Metric, Run};
use crate::clock::{RunSpec, SlaClock};
use crate::event::{effective_order, ReplyEffect, SlaEvent, SlaEventKind};
use crate::policy::{Meter, TimeBasis};
use crate::{DurationMillis, HOUR};
use bridgedesk_model::{Channel, UtcMillis};
use chrono::{DateTime, Days, NaiveTime, Timelike, Weekday};
use chrono_tz::Tz;

/// Id of the Monday–Friday calendar the eBay rule counts on (shown in the clock's basis).
const EBAY_CALENDAR_ID: &str = "ebay-business-days";
const LAZADA_CUTOFF_HOUR: u32 = 18;
const LAZADA_DUE_HOUR: u32 = 19;

/// The marketplace clock of a conversation under `rule`, in the site's reference `zone`.
pub fn compute_marketplace(
    rule: MarketplaceRule,
    events: &[SlaEvent],
    zone: Tz,
    now: UtcMillis,
) -> MarketplaceClock {
    let ebay_days = BusinessCalendar::always_open(EBAY_CALENDAR_ID, zone)
        .with_hours(&[Weekday::Sat, Weekday::Sun], &[]);
    let (basis, meter, target) = match rule {
        MarketplaceRule::Amazon24h => (TimeBasis::Calendar, Meter::Calendar, 24 * HOUR),
        MarketplaceRule::Shopee12h | MarketplaceRule::TiktokShop12h => {
            (TimeBasis::Calendar, Meter::Calendar, 12 * HOUR)
        }
        MarketplaceRule::LazadaDailyCycle => (TimeBasis::Calendar, Meter::Calendar, 0),
        MarketplaceRule::EbayItemNotReceived => (
            TimeBasis::Business {
                calendar_id: EBAY_CALENDAR_ID.to_string(),
            },
            Meter::Business(&ebay_days),
            3 * 24 * HOUR,
        ),
    };
    let spec = RunSpec {
        metric: Metric::Marketplace(rule),
        policy_version: None,
        basis,
        meter,
        target_ms: target,
        lead_ms: 0,
    };
    let mut walk = Walk {
        rule,
        zone,
        spec,
        cycles: Vec::new(),
        exclusions: Vec::new(),
        holiday_mode: false,
        first_message_outgoing: None,
        replied_once: false,
    };
    for (t, index) in effective_order(events, now) {
        if let Some(run) = walk.cycles.last_mut() {
            run.observe(t);
        }
        walk.apply(t, &events[index]);
    }
    if let Some(run) = walk.cycles.last_mut() {
        run.observe(now);
    }
    MarketplaceClock {
        rule,
        reference_zone: zone.name().to_string(),
        cycles: walk
            .cycles
            .into_iter()
            .map(Run::finish)
            .collect::<Vec<SlaClock>>(),
        exclusions: walk.exclusions,
    }
}

/// The marketplace clock of a conversation on `channel` (`None` for channels without one), in
/// `zone` or the marketplace's default zone.
pub fn compute_marketplace_for_channel(
    channel: Channel,
    events: &[SlaEvent],
    zone: Option<Tz>,
    now: UtcMillis,
) -> Option<MarketplaceClock> {
    let rule = MarketplaceRule::for_channel(channel)?;
    Some(compute_marketplace(
        rule,
        events,
        zone.unwrap_or(rule.default_zone()),
        now,
    ))
}

struct Walk<'a> {
    rule: MarketplaceRule,
    zone: Tz,
    spec: RunSpec<'a>,
    cycles: Vec<Run<'a>>,
    exclusions: Vec<AuditEntry>,
    holiday_mode: bool,
    /// Whether the conversation's first message was outgoing (decided at the first message).
    first_message_outgoing: Option<bool>,
    replied_once: bool,
}

impl<'a> Walk<'a> {
    fn active(&mut self) -> Option<&mut Run<'a>> {
        self.cycles.last_mut().filter(|r| r.is_active())
    }

    fn exclude(&mut self, at: UtcMillis, reason: AuditReason) {
        self.exclusions.push(AuditEntry {
            at,
            event: AuditEvent::Excluded,
            reason,
        });
    }

    fn apply(&mut self, t: UtcMillis, event: &SlaEvent) {
        let ebay = self.rule == MarketplaceRule::EbayItemNotReceived;
        match (event.reply_effect(), &event.kind) {
            (ReplyEffect::Qualifying(_), _) => {
                self.first_message_outgoing.get_or_insert(true);
                self.replied_once = true;
                if let (false, Some(run)) = (ebay, self.active()) {
                    run.satisfy(t, AuditReason::AgentReply);
                }
            }
            (ReplyEffect::Ignored(reason), kind) => {
                if matches!(kind, SlaEventKind::AutoReply)
                    || matches!(kind, SlaEventKind::AgentReply { public: true, .. })
                {
                    self.first_message_outgoing.get_or_insert(true);
                }
                if let (false, Some(run)) = (ebay, self.active()) {
                    run.note(t, AuditEvent::Ignored, reason);
                }
            }
            (ReplyEffect::NotAReply, SlaEventKind::BuyerMessage) => {
                let outgoing_first = *self.first_message_outgoing.get_or_insert(false);
                if !ebay {
                    self.on_buyer(t, outgoing_first);
                }
            }
            (ReplyEffect::NotAReply, SlaEventKind::NoResponseNeeded)
                if self.rule == MarketplaceRule::Amazon24h =>
            {
                if let Some(run) = self.active() {
                    run.stop(t, AuditReason::NoResponseNeeded);
                }
            }
            (ReplyEffect::NotAReply, SlaEventKind::HolidayMode { on }) => self.holiday_mode = *on,
            (ReplyEffect::NotAReply, SlaEventKind::ItemNotReceivedOpened)
                if ebay && self.active().is_none() =>
            {
                let reason = AuditReason::ItemNotReceivedOpened;
                self.cycles.push(Run::start(&self.spec, t, reason));
            }
            (ReplyEffect::NotAReply, SlaEventKind::ItemNotReceivedAnswered) if ebay => {
                if let Some(run) = self.active() {
                    run.satisfy(t, AuditReason::ItemNotReceivedAnswered);
                }
            }
            _ => {}
        }
    }

    fn on_buyer(&mut self, t: UtcMillis, outgoing_first: bool) {
        if self.active().is_some() {
            return; // the oldest unanswered message already runs a cycle
        }
        match self.rule {
            MarketplaceRule::TiktokShop12h if outgoing_first => {
                return self.exclude(t, AuditReason::SellerInitiated)
            }
            MarketplaceRule::TiktokShop12h if self.holiday_mode => {
                return self.exclude(t, AuditReason::HolidayMode)
            }
            MarketplaceRule::Shopee12h if self.replied_once || !self.cycles.is_empty() => {
                return self.exclude(t, AuditReason::FirstReplyOnly)
            }
            _ => {}
        }
        let reason = AuditReason::BuyerMessage;
        let run = match self.rule {
            MarketplaceRule::LazadaDailyCycle => {
                let due = lazada_due(self.zone, t).unwrap_or(t);
                let spec = RunSpec {
                    target_ms: due.saturating_sub(t) as DurationMillis,
                    ..self.spec.clone()
                };
                Run::start_with_due(&spec, t, due, reason)
            }
            _ => Run::start(&self.spec, t, reason),
        };
        self.cycles.push(run);
    }
}

/// 19:00 local on the day whose cycle contains `t`: the same day before 18:00, the next day
/// from 18:00 on.
fn lazada_due(zone: Tz, t: UtcMillis) -> Option<UtcMillis> {
    let local = DateTime::from_timestamp_millis(t)?.with_timezone(&zone);
    let mut date = local.date_naive();
    if local.hour() >= LAZADA_CUTOFF_HOUR {
        date = date.checked_add_days(Days::new(1))?;
    }
    let due = NaiveTime::from_hms_opt(LAZADA_DUE_HOUR, 0, 0)?;
    earliest_utc(zone, date.and_time(due))
}
