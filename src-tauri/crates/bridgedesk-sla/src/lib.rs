//! SLA clocks for Bridgedesk: business calendars, holiday sets, policies, and the internal and
//! marketplace deadlines of a conversation.
//!
//! Everything here is pure: no I/O and no system clock. Instants are UTC milliseconds
//! ([`UtcMillis`]); `now` is always an argument, so tests can jump across daylight-saving changes
//! and the core can recompute history. The semantics follow `shared/research/sla-semantics.md`
//! §4.6–4.7:
//!
//! - [`BusinessCalendar`]: an IANA zone, several intervals per weekday (intervals may cross
//!   midnight), date overrides and holidays, and business-time arithmetic that walks day by day.
//! - [`holidays`]: built-in holiday sets (China, US, Germany, Brazil; 2026–2027) and an
//!   iCalendar importer ([`parse_ics`]).
//! - [`PolicySet`] / [`Policy`]: ordered, first match wins, versioned targets per metric.
//! - [`compute`]: the internal clocks of a conversation as a pure function of its events.
//! - [`compute_marketplace`]: each marketplace's own clock (Amazon, Shopee, TikTok Shop, Lazada,
//!   eBay item-not-received), beside the internal one.
//!
//! ```
//! use bridgedesk_sla::{compute, BusinessCalendar, CalendarSet, OpenInterval, Policy};
//! use bridgedesk_sla::{SlaEvent, Target, HOUR};
//! use chrono::Weekday::*;
//!
//! let lunch = [OpenInterval::parse("09:00-12:00")?, OpenInterval::parse("13:30-18:00")?];
//! let shenzhen = BusinessCalendar::new("shenzhen", chrono_tz::Asia::Shanghai)
//!     .with_hours(&[Mon, Tue, Wed, Thu, Fri], &lunch);
//! let policy = Policy {
//!     first_response: Some(Target::business(4 * HOUR, "shenzhen")),
//!     ..Policy::new("standard", 1)
//! };
//! // The buyer writes on Friday 2026-03-06 at 17:00 in Shenzhen (09:00Z): one business hour
//! // is left on Friday, the other three are Monday 09:00-12:00, so the reply is due Monday
//! // 12:00 local = 04:00Z.
//! let buyer_at = 1_772_787_600_000; // 2026-03-06T09:00:00Z
//! let state = compute(&[SlaEvent::buyer(buyer_at)], &policy, &CalendarSet::new().with(shenzhen), buyer_at);
//! let due = state.first_response.and_then(|c| c.due_at);
//! assert_eq!(due, Some(1_773_028_800_000)); // 2026-03-09T04:00:00Z
//! # Ok::<(), bridgedesk_sla::CalendarError>(())
//! ```

mod calendar;
mod clock;
mod error;
mod event;
pub mod holidays;
mod ics;
mod marketplace;
mod policy;

pub use bridgedesk_model::UtcMillis;
pub use calendar::{
    BusinessCalendar, CalendarSet, CalendarSpec, DateOverride, OpenInterval, OverrideSpec,
};
pub use clock::{
    compute, AuditEntry, AuditEvent, AuditReason, ClockStatus, Metric, SlaClock, SlaState,
};
pub use error::{CalendarError, IcsError, PolicyError};
pub use event::{SlaEvent, SlaEventKind};
pub use holidays::{Holiday, HolidayKind, HolidayRegion, Provenance};
pub use ics::parse_ics;
pub use marketplace::{
    compute_marketplace, compute_marketplace_for_channel, site_zone, MarketplaceClock,
    MarketplaceRule,
};
pub use policy::{
    ConversationFacts, CustomerGrade, Policy, PolicyConditions, PolicySet, Target, TimeBasis,
};

/// A length of time in milliseconds (calendar or business time, depending on the context).
pub type DurationMillis = i64;

/// One hour in milliseconds.
pub const HOUR: DurationMillis = 3_600_000;
/// One minute in milliseconds.
pub const MINUTE: DurationMillis = 60_000;
