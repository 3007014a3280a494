//! Turns the SLA settings the team keeps in the store (calendars, ordered policy versions) into
//! the pure crate's calendars and policies, checks them before they are saved, and holds the
//! defaults seeded into a new workspace: a Shenzhen business calendar (Mon–Fri 09:00–12:00 and
//! 13:30–18:30, Sat 09:00–12:00, China's public holidays) and one policy per kind of channel,
//! following the handbooks' standard: chat within minutes, marketplaces within hours, e-mail
//! within one working day.

use bridgedesk_model::*;
use bridgedesk_sla::{
    holidays, BusinessCalendar, CalendarSpec, CustomerGrade, Holiday, HolidayKind, HolidayRegion,
    OpenInterval, OverrideSpec, Policy, PolicyConditions, Provenance, Target, TimeBasis,
};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The id of the default business calendar.
pub const SHENZHEN_CALENDAR: &str = "shenzhen";

/// Why SLA settings cannot be saved or imported. Arguments are numbers only (1-based rows,
/// weekdays 1 = Monday, lines), so every locale words the message itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SlaSettingsError {
    #[error("A calendar or policy needs a name")]
    EmptyName,
    #[error("The time zone is not an IANA zone name")]
    UnknownZone,
    #[error("Weekday {weekday} has an interval that is not HH:MM-HH:MM")]
    BadWeeklyInterval { weekday: usize },
    #[error("Row {row} of the day list has a bad date")]
    BadDate { row: usize },
    #[error("Row {row} of the day list needs hours written HH:MM-HH:MM")]
    BadDayHours { row: usize },
    #[error("A target refers to a calendar that does not exist")]
    UnknownCalendar,
    #[error("A target or warning lead is negative")]
    NegativeTarget,
    #[error("There must be one default calendar")]
    NoDefaultCalendar,
    #[error("The iCalendar file is not valid at line {line}")]
    BadIcs { line: usize },
    #[error("There is no built-in holiday set for that region and year")]
    UnknownHolidaySet,
    #[error("There is no such policy or calendar")]
    NotFound,
    #[error("Another calendar already counts the hours of that team or shop")]
    AlreadyAttached { calendar: String },
}

impl SlaSettingsError {
    /// The error as the UI receives it.
    pub fn to_app_error(&self) -> AppError {
        let (code, id) = match self {
            Self::EmptyName => ("sla.empty_name", "error-sla-empty-name"),
            Self::UnknownZone => ("sla.unknown_zone", "error-sla-unknown-zone"),
            Self::BadWeeklyInterval { .. } => ("sla.bad_interval", "error-sla-bad-interval"),
            Self::BadDate { .. } => ("sla.bad_date", "error-sla-bad-date"),
            Self::BadDayHours { .. } => ("sla.bad_day_hours", "error-sla-bad-day-hours"),
            Self::UnknownCalendar => ("sla.unknown_calendar", "error-sla-unknown-calendar"),
            Self::NegativeTarget => ("sla.negative_target", "error-sla-negative-target"),
            Self::NoDefaultCalendar => ("sla.no_default_calendar", "error-sla-no-default"),
            Self::BadIcs { .. } => ("sla.bad_ics", "error-sla-bad-ics"),
            Self::UnknownHolidaySet => ("sla.unknown_holiday_set", "error-sla-unknown-set"),
            Self::NotFound => ("sla.not_found", "error-sla-not-found"),
            Self::AlreadyAttached { .. } => ("sla.already_attached", "error-sla-already-attached"),
        };
        let error = AppError::new(code, id);
        match self {
            Self::BadWeeklyInterval { weekday } => error.with_arg("weekday", weekday.to_string()),
            Self::BadDate { row } | Self::BadDayHours { row } => {
                error.with_arg("row", row.to_string())
            }
            Self::BadIcs { line } => error.with_arg("line", line.to_string()),
            Self::AlreadyAttached { calendar } => error.with_arg("calendar", calendar.clone()),
            _ => error,
        }
    }
}

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Builds the business calendar of a stored calendar, or says which field is wrong.
pub fn calendar_of(settings: &CalendarSettings) -> Result<BusinessCalendar, SlaSettingsError> {
    if settings.name.trim().is_empty() || settings.id.trim().is_empty() {
        return Err(SlaSettingsError::EmptyName);
    }
    if settings.zone.parse::<chrono_tz::Tz>().is_err() {
        return Err(SlaSettingsError::UnknownZone);
    }
    let mut weekly = BTreeMap::new();
    for (index, list) in settings.weekly.iter().enumerate().take(7) {
        for interval in list {
            OpenInterval::parse(interval)
                .map_err(|_| SlaSettingsError::BadWeeklyInterval { weekday: index + 1 })?;
        }
        weekly.insert(DAY_NAMES[index].to_owned(), list.clone());
    }
    let mut overrides = BTreeMap::new();
    let mut working_days = Vec::new();
    for (index, day) in settings.days.iter().enumerate() {
        let row = index + 1;
        let date = NaiveDate::parse_from_str(day.date.trim(), "%Y-%m-%d")
            .map_err(|_| SlaSettingsError::BadDate { row })?;
        let hours = match day.kind {
            CalendarDayKind::WorkingDay => {
                working_days.push(Holiday {
                    date,
                    name: day.label.clone(),
                    kind: HolidayKind::WorkingDay,
                    provenance: Provenance::Imported,
                });
                continue;
            }
            CalendarDayKind::Holiday | CalendarDayKind::Closed => Vec::new(),
            CalendarDayKind::HalfDay | CalendarDayKind::SpecialHours => {
                if day.hours.is_empty() || day.hours.iter().any(|h| OpenInterval::parse(h).is_err())
                {
                    return Err(SlaSettingsError::BadDayHours { row });
                }
                day.hours.clone()
            }
        };
        let label = day.label.clone();
        overrides.insert(date, OverrideSpec { label, hours });
    }
    let spec = CalendarSpec {
        id: settings.id.clone(),
        zone: settings.zone.clone(),
        weekly,
        overrides,
    };
    // Every field was checked above, so the conversion itself cannot fail on them.
    let calendar = BusinessCalendar::try_from(spec).map_err(|_| SlaSettingsError::UnknownZone)?;
    Ok(calendar.with_holidays(&working_days))
}

fn target_of(settings: &TargetSettings) -> Target {
    let within = settings.minutes.saturating_mul(60_000);
    if settings.business {
        Target::business(within, settings.calendar_id.clone())
    } else {
        Target::calendar(within)
    }
}

fn grade_of(code: &str) -> Option<CustomerGrade> {
    serde_json::from_value(serde_json::Value::String(code.to_owned())).ok()
}

/// The pure crate's policy for one stored policy version.
pub fn policy_of(settings: &PolicySettings) -> Policy {
    let c = &settings.conditions;
    Policy {
        name: settings.name.clone(),
        conditions: PolicyConditions {
            channels: c.channels.clone(),
            store_ids: c.store_ids.clone(),
            priorities: c.priorities.clone(),
            grades: c.grades.iter().filter_map(|g| grade_of(g)).collect(),
            categories: c.categories.clone(),
            languages: c.languages.clone(),
        },
        first_response: settings.first_response.as_ref().map(target_of),
        next_response: settings.next_response.as_ref().map(target_of),
        resolution: settings.resolution.as_ref().map(target_of),
        warn_before_ms: settings.warn_before_minutes.saturating_mul(60_000),
        ..Policy::new(settings.id.clone(), settings.version)
    }
}

/// Checks a policy against the calendars it may refer to (an empty calendar id means the
/// conversation's own calendar, which needs a default).
pub fn check_policy(
    policy: &PolicySettings,
    calendars: &[CalendarSettings],
) -> Result<(), SlaSettingsError> {
    if policy.name.trim().is_empty() {
        return Err(SlaSettingsError::EmptyName);
    }
    if policy.warn_before_minutes < 0 {
        return Err(SlaSettingsError::NegativeTarget);
    }
    let targets = [
        &policy.first_response,
        &policy.next_response,
        &policy.resolution,
    ];
    for target in targets.into_iter().flatten() {
        if target.minutes < 0 {
            return Err(SlaSettingsError::NegativeTarget);
        }
        if !target.business {
            continue;
        }
        let known = if target.calendar_id.is_empty() {
            calendars.iter().any(|c| c.is_default)
        } else {
            calendars.iter().any(|c| c.id == target.calendar_id)
        };
        if !known {
            return Err(SlaSettingsError::UnknownCalendar);
        }
    }
    Ok(())
}

/// The days of a built-in holiday set, as calendar days.
pub fn holiday_set(region: &str, year: i32) -> Result<Vec<CalendarDay>, SlaSettingsError> {
    let region =
        HolidayRegion::from_country_code(region).ok_or(SlaSettingsError::UnknownHolidaySet)?;
    if !holidays::YEARS.contains(&year) {
        return Err(SlaSettingsError::UnknownHolidaySet);
    }
    Ok(days_of(&holidays::for_region_year(region, year)))
}

/// The built-in holiday sets, region by region.
pub fn holiday_sets() -> Vec<HolidaySetRef> {
    HolidayRegion::ALL
        .iter()
        .flat_map(|r| {
            holidays::YEARS.map(|year| HolidaySetRef {
                region: r.country_code().to_ascii_lowercase(),
                year,
            })
        })
        .collect()
}

/// The days of an iCalendar file (recurring events expanded to the end of `until_year`).
pub fn ics_days(text: &str, until_year: i32) -> Result<Vec<CalendarDay>, SlaSettingsError> {
    let until = NaiveDate::from_ymd_opt(until_year, 12, 31).unwrap_or(NaiveDate::MAX);
    bridgedesk_sla::parse_ics(text, until)
        .map(|list| days_of(&list))
        .map_err(|e| SlaSettingsError::BadIcs { line: e.line })
}

pub(crate) fn days_of(list: &[Holiday]) -> Vec<CalendarDay> {
    list.iter()
        .filter_map(|h| {
            let kind = match h.kind {
                HolidayKind::Closed => CalendarDayKind::Holiday,
                HolidayKind::WorkingDay => CalendarDayKind::WorkingDay,
                HolidayKind::Optional => return None,
            };
            Some(CalendarDay {
                date: h.date.format("%Y-%m-%d").to_string(),
                kind,
                label: h.name.clone(),
                hours: Vec::new(),
            })
        })
        .collect()
}

/// The default calendar seeded into a new workspace.
pub fn default_calendar() -> CalendarSettings {
    let workday = vec!["09:00-12:00".to_owned(), "13:30-18:30".to_owned()];
    let mut weekly = vec![workday; 5];
    weekly.push(vec!["09:00-12:00".to_owned()]);
    weekly.push(Vec::new());
    CalendarSettings {
        id: SHENZHEN_CALENDAR.to_owned(),
        name: "Shenzhen".to_owned(),
        zone: "Asia/Shanghai".to_owned(),
        weekly,
        days: days_of(&holidays::for_region(HolidayRegion::China)),
        store_id: None,
        team_id: None,
        is_default: true,
    }
}

/// The default policies seeded into a new workspace, first match wins.
pub fn default_policies() -> Vec<PolicySettings> {
    let own = |minutes: i64| {
        Some(TargetSettings {
            minutes,
            business: true,
            calendar_id: String::new(),
        })
    };
    let policy = |id: &str, name: &str, conditions, first, next, resolution, warn| PolicySettings {
        id: id.to_owned(),
        name: name.to_owned(),
        version: 1,
        conditions,
        first_response: own(first),
        next_response: own(next),
        resolution: own(resolution),
        warn_before_minutes: warn,
    };
    let channels = |list: &[Channel]| PolicyConditionSettings {
        channels: list.to_vec(),
        ..Default::default()
    };
    let urgent = PolicyConditionSettings {
        priorities: vec![Priority::Urgent],
        ..Default::default()
    };
    vec![
        policy("urgent", "Urgent", urgent, 120, 240, 27 * 60, 30),
        policy(
            "chat",
            "Chat",
            channels(&[Channel::Telegram]),
            15,
            60,
            45 * 60,
            5,
        ),
        policy(
            "marketplace-chat",
            "Marketplace chat",
            channels(&[Channel::Shopee, Channel::Lazada, Channel::TiktokShop]),
            240,
            240,
            45 * 60,
            60,
        ),
        policy("email", "E-mail", channels(&[]), 540, 540, 45 * 60, 120),
    ]
}

/// Replaces "the conversation's own calendar" (an empty id) in a policy's targets.
pub(crate) fn with_calendar(policy: &Policy, calendar_id: &str) -> Policy {
    let mut policy = policy.clone();
    for target in [
        &mut policy.first_response,
        &mut policy.next_response,
        &mut policy.resolution,
        &mut policy.total_resolution,
    ]
    .into_iter()
    .flatten()
    {
        if let TimeBasis::Business { calendar_id: id } = &mut target.basis {
            if id.is_empty() {
                calendar_id.clone_into(id);
            }
        }
    }
    policy
}
