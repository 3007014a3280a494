//! SLA policies: an ordered list in which the first policy whose conditions match a conversation
//! applies (Zendesk, Gorgias, Kustomer; sla-semantics.md §4.7). A policy sets a target per metric,
//! each counted in business time on a named calendar or in calendar time, and a warning lead.
//! Policies are versioned: the version is carried into every computed clock, so a stored clock
//! says which edit of the policy produced it.

use crate::calendar::{BusinessCalendar, CalendarSet};
use crate::error::PolicyError;
use crate::DurationMillis;
use bridgedesk_model::{Category, Channel, Priority, RowId, UtcMillis};
use serde::{Deserialize, Serialize};

/// The customer grades of the service handbooks (PRODUCT.md, "Relationship").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerGrade {
    /// Key customer, grade A.
    A,
    /// Key customer, grade B.
    B,
    /// Ordinary customer.
    Ordinary,
    /// Small customer.
    Small,
    /// Abusive buyer on the blacklist.
    Blacklist,
}

/// What a policy can match on; an empty list matches anything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PolicyConditions {
    /// Any of these channels.
    pub channels: Vec<Channel>,
    /// Any of these stores.
    pub store_ids: Vec<RowId>,
    /// Any of these priorities.
    pub priorities: Vec<Priority>,
    /// Any of these grades.
    pub grades: Vec<CustomerGrade>,
    /// Any of these categories.
    pub categories: Vec<Category>,
    /// Any of these BCP 47 languages; `es` also matches `es-MX` (case-insensitive).
    pub languages: Vec<String>,
}

/// The facts about a conversation that policies are matched against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationFacts {
    /// Its channel.
    pub channel: Channel,
    /// Its store.
    pub store_id: RowId,
    /// Its priority.
    pub priority: Priority,
    /// The buyer's grade.
    pub grade: CustomerGrade,
    /// Its category.
    pub category: Category,
    /// The buyer's language (BCP 47).
    pub language: String,
}

impl PolicyConditions {
    /// True when every non-empty condition holds.
    pub fn matches(&self, facts: &ConversationFacts) -> bool {
        fn any<T: PartialEq>(list: &[T], value: &T) -> bool {
            list.is_empty() || list.contains(value)
        }
        any(&self.channels, &facts.channel)
            && any(&self.store_ids, &facts.store_id)
            && any(&self.priorities, &facts.priority)
            && any(&self.grades, &facts.grade)
            && any(&self.categories, &facts.category)
            && (self.languages.is_empty()
                || self
                    .languages
                    .iter()
                    .any(|l| language_matches(l, &facts.language)))
    }
}

fn language_matches(condition: &str, language: &str) -> bool {
    let (c, l) = (condition.trim(), language.trim());
    c.eq_ignore_ascii_case(l)
        || (l.len() > c.len()
            && l.is_char_boundary(c.len())
            && l[..c.len()].eq_ignore_ascii_case(c)
            && matches!(l.as_bytes()[c.len()], b'-' | b'_'))
}

/// Whether a target counts every hour or only a calendar's business hours.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TimeBasis {
    /// Every hour counts (nights, weekends, holidays).
    Calendar,
    /// Only the open hours of the calendar with this id count.
    Business {
        /// The calendar's id in the [`CalendarSet`].
        calendar_id: String,
    },
}

/// One metric's target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// How long the metric may run.
    pub within_ms: DurationMillis,
    /// Business or calendar time.
    pub basis: TimeBasis,
    /// Warn this long (calendar time) before the due instant; overrides the policy's lead.
    #[serde(default)]
    pub warn_before_ms: Option<DurationMillis>,
}

impl Target {
    /// A target in calendar time.
    pub fn calendar(within_ms: DurationMillis) -> Self {
        Self {
            within_ms,
            basis: TimeBasis::Calendar,
            warn_before_ms: None,
        }
    }

    /// A target in business time on the calendar `calendar_id`.
    pub fn business(within_ms: DurationMillis, calendar_id: impl Into<String>) -> Self {
        Self {
            within_ms,
            basis: TimeBasis::Business {
                calendar_id: calendar_id.into(),
            },
            warn_before_ms: None,
        }
    }
}

/// An SLA policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Stable id.
    pub id: String,
    /// Name shown in the settings and the audit.
    pub name: String,
    /// Bumped on every edit; carried into computed clocks.
    pub version: u32,
    /// When it applies.
    #[serde(default)]
    pub conditions: PolicyConditions,
    /// From the first buyer message to the first qualifying reply.
    pub first_response: Option<Target>,
    /// From the oldest unanswered buyer message (after a reply) to the next qualifying reply.
    pub next_response: Option<Target>,
    /// From the first buyer message to the first resolution (a reopen does not restart it).
    pub resolution: Option<Target>,
    /// From the first buyer message to the final resolution, time after a reopen included.
    #[serde(default)]
    pub total_resolution: Option<Target>,
    /// Default warning lead (calendar time before the due instant); zero for none.
    #[serde(default)]
    pub warn_before_ms: DurationMillis,
}

impl Policy {
    /// A policy with no targets that matches everything (fill in the fields you need).
    pub fn new(id: impl Into<String>, version: u32) -> Self {
        let id = id.into();
        Self {
            name: id.clone(),
            id,
            version,
            conditions: PolicyConditions::default(),
            first_response: None,
            next_response: None,
            resolution: None,
            total_resolution: None,
            warn_before_ms: 0,
        }
    }

    fn targets(&self) -> impl Iterator<Item = &Target> {
        [
            &self.first_response,
            &self.next_response,
            &self.resolution,
            &self.total_resolution,
        ]
        .into_iter()
        .flatten()
    }
}

/// The ordered policy list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicySet {
    /// In order of precedence.
    pub policies: Vec<Policy>,
}

impl PolicySet {
    /// The first policy whose conditions match.
    pub fn select(&self, facts: &ConversationFacts) -> Option<&Policy> {
        self.policies.iter().find(|p| p.conditions.matches(facts))
    }

    /// Checks that every business-time target names a calendar in `calendars` and that no
    /// target is negative (call it when the settings are saved).
    pub fn validate(&self, calendars: &CalendarSet) -> Result<(), PolicyError> {
        for policy in &self.policies {
            for target in policy.targets() {
                if target.within_ms < 0 {
                    return Err(PolicyError::NegativeTarget {
                        policy: policy.id.clone(),
                    });
                }
                if let TimeBasis::Business { calendar_id } = &target.basis {
                    if calendars.get(calendar_id).is_none() {
                        return Err(PolicyError::UnknownCalendar {
                            policy: policy.id.clone(),
                            calendar: calendar_id.clone(),
                        });
                    }
                }
            }
        }
        Ok(())
    }
}

/// Time arithmetic in a target's basis.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Meter<'a> {
    Calendar,
    Business(&'a BusinessCalendar),
}

impl Meter<'_> {
    pub(crate) fn add(self, start: UtcMillis, duration: DurationMillis) -> UtcMillis {
        match self {
            Meter::Calendar => start.saturating_add(duration.max(0)),
            Meter::Business(cal) => cal.add_business(start, duration),
        }
    }

    pub(crate) fn measure(self, a: UtcMillis, b: UtcMillis) -> DurationMillis {
        match self {
            Meter::Calendar => b.saturating_sub(a).max(0),
            Meter::Business(cal) => cal.business_between(a, b),
        }
    }
}
