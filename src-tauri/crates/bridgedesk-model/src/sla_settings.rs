//! The SLA settings as the settings panel edits them and the store keeps them: business
//! calendars (zone, weekly intervals, holidays and date overrides, what they attach to) and the
//! ordered, versioned policies. Plain strings and numbers, so they cross IPC and sit in SQLite
//! without the pure `bridgedesk-sla` crate; the core turns them into its calendars and policies.

use crate::{Category, Channel, Priority, RowId};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a day in a calendar's day list does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CalendarDayKind {
    /// A public holiday: closed all day.
    Holiday,
    /// A make-up working day on a weekend: open with the regular Monday hours.
    WorkingDay,
    /// Closed all day for another reason (stock-taking, company event).
    Closed,
    /// Open shorter than usual: `hours` says when.
    HalfDay,
    /// Open with other hours than usual: `hours` says when.
    SpecialHours,
}

impl CalendarDayKind {
    /// The stored code.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Holiday => "holiday",
            Self::WorkingDay => "working_day",
            Self::Closed => "closed",
            Self::HalfDay => "half_day",
            Self::SpecialHours => "special_hours",
        }
    }

    /// Parses a stored code.
    pub fn parse(code: &str) -> Option<Self> {
        [
            Self::Holiday,
            Self::WorkingDay,
            Self::Closed,
            Self::HalfDay,
            Self::SpecialHours,
        ]
        .into_iter()
        .find(|k| k.as_str() == code)
    }
}

/// A holiday or a date override of a calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CalendarDay {
    /// Local date, `YYYY-MM-DD`.
    pub date: String,
    pub kind: CalendarDayKind,
    /// The holiday's name or why the day differs.
    pub label: String,
    /// Open intervals (`HH:MM-HH:MM`) for a half day or special hours; empty otherwise.
    pub hours: Vec<String>,
}

/// A business calendar as the settings edit it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CalendarSettings {
    /// Stable id that policies refer to.
    pub id: String,
    pub name: String,
    /// IANA zone name.
    pub zone: String,
    /// Open intervals (`HH:MM-HH:MM`, may cross midnight) for Monday … Sunday: seven lists.
    pub weekly: Vec<Vec<String>>,
    /// Holidays and date overrides, by date.
    pub days: Vec<CalendarDay>,
    /// The shop it applies to; none with `is_default` for the team's default calendar.
    #[ts(type = "number | null")]
    pub store_id: Option<RowId>,
    /// The team it applies to: a conversation handled by the team counts business time on it,
    /// before its shop's calendar.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub team_id: Option<RowId>,
    /// The calendar used for conversations of shops that have none of their own.
    pub is_default: bool,
}

/// One metric's target in the settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TargetSettings {
    /// How many minutes the metric may run.
    #[ts(type = "number")]
    pub minutes: i64,
    /// Business time on a calendar (else calendar time: every hour counts).
    pub business: bool,
    /// The calendar for business time; empty for the conversation's own (its shop's calendar,
    /// else the default).
    pub calendar_id: String,
}

/// A policy's conditions; an empty list matches anything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PolicyConditionSettings {
    pub channels: Vec<Channel>,
    #[ts(type = "Array<number>")]
    pub store_ids: Vec<RowId>,
    pub priorities: Vec<Priority>,
    /// Customer grades: `a`, `b`, `ordinary`, `small`, `blacklist`.
    pub grades: Vec<String>,
    pub categories: Vec<Category>,
    /// BCP 47 languages; `es` matches `es-MX`.
    pub languages: Vec<String>,
}

/// One version of a policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PolicySettings {
    /// Stable id; empty when the panel adds a policy (the core assigns one).
    pub id: String,
    pub name: String,
    /// The version this is (the core sets it when saving).
    pub version: u32,
    pub conditions: PolicyConditionSettings,
    pub first_response: Option<TargetSettings>,
    pub next_response: Option<TargetSettings>,
    pub resolution: Option<TargetSettings>,
    /// Warn this many minutes before a clock's due instant.
    #[ts(type = "number")]
    pub warn_before_minutes: i64,
}

/// Everything the SLA settings panel shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SlaSettings {
    pub calendars: Vec<CalendarSettings>,
    /// The current version of each policy, first match wins.
    pub policies: Vec<PolicySettings>,
    /// The built-in holiday sets that can be imported.
    pub holiday_sets: Vec<HolidaySetRef>,
}

/// A built-in holiday set: a region code (`cn`, `us`, `de`, `br`) and a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HolidaySetRef {
    pub region: String,
    pub year: i32,
}

/// What "recompute history" did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecomputeReport {
    /// Conversations re-evaluated.
    pub conversations: u32,
    /// Conversations whose due instant, warning instant or policy version changed.
    pub changed: u32,
    #[ts(type = "number")]
    pub elapsed_ms: i64,
}

/// Payload of the `sla-warning` event: clocks crossed their warning instant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SlaWarning {
    /// How many conversations are now warning and not yet breached.
    pub count: u32,
    /// The one due soonest: the alert's button opens it.
    #[ts(type = "number")]
    pub most_urgent_id: RowId,
    pub most_urgent_subject: String,
    #[ts(type = "number")]
    pub most_urgent_due_at: i64,
}
