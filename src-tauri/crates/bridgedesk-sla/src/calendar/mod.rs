//! Business calendars: when a team or store is open, in its own IANA zone.
//!
//! A calendar has, per weekday, any number of opening intervals (a lunch break is two intervals,
//! a split shift three), and an interval whose end is not after its start crosses midnight
//! (`22:00-02:00` on Friday runs into Saturday). Date overrides replace the intervals of one
//! local date: closed (a holiday), a half day, or special hours. An interval belongs to the date
//! it starts on, so a Friday night shift still runs into a Saturday holiday.
//!
//! Wall-clock times become instants through the zone's rules (see `spans.rs` for the DST
//! semantics); the arithmetic (`arith.rs`) walks day by day over those instants.

mod arith;
mod spans;

use crate::error::CalendarError;
use crate::holidays::{Holiday, HolidayKind};
use chrono::{NaiveDate, NaiveTime, Timelike, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

pub(crate) use spans::earliest_utc;

/// One opening interval of a day, in local wall-clock time. `end <= start` means the interval
/// crosses midnight and ends on the next day; `00:00-00:00` is the whole day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OpenInterval {
    start: NaiveTime,
    end: NaiveTime,
}

impl OpenInterval {
    /// An interval from `start` to `end` (crossing midnight when `end <= start`).
    pub fn new(start: NaiveTime, end: NaiveTime) -> Self {
        Self {
            start: start.with_nanosecond(0).unwrap_or(start),
            end: end.with_nanosecond(0).unwrap_or(end),
        }
    }

    /// An interval from hours and minutes; `24:00` is accepted as an end (midnight).
    pub fn hm(start_h: u32, start_m: u32, end_h: u32, end_m: u32) -> Result<Self, CalendarError> {
        let bad = || CalendarError::BadInterval(format!("{start_h}:{start_m}-{end_h}:{end_m}"));
        let start = NaiveTime::from_hms_opt(start_h, start_m, 0).ok_or_else(bad)?;
        let end = match (end_h, end_m) {
            (24, 0) => NaiveTime::MIN,
            _ => NaiveTime::from_hms_opt(end_h, end_m, 0).ok_or_else(bad)?,
        };
        Ok(Self::new(start, end))
    }

    /// Parses `HH:MM-HH:MM` (spaces allowed around the dash; `24:00` as an end).
    pub fn parse(text: &str) -> Result<Self, CalendarError> {
        let bad = || CalendarError::BadInterval(text.to_string());
        let (a, b) = text.split_once('-').ok_or_else(bad)?;
        let hm = |s: &str| -> Option<(u32, u32)> {
            let (h, m) = s.trim().split_once(':')?;
            if h.is_empty() || h.len() > 2 || m.len() != 2 {
                return None;
            }
            Some((h.parse().ok()?, m.parse().ok()?))
        };
        let (sh, sm) = hm(a).ok_or_else(bad)?;
        let (eh, em) = hm(b).ok_or_else(bad)?;
        Self::hm(sh, sm, eh, em).map_err(|_| bad())
    }

    /// Local start time.
    pub fn start(&self) -> NaiveTime {
        self.start
    }

    /// Local end time (on the next day when [`Self::crosses_midnight`]).
    pub fn end(&self) -> NaiveTime {
        self.end
    }

    /// True when the interval ends on the day after it starts.
    pub fn crosses_midnight(&self) -> bool {
        self.end <= self.start
    }

    /// Start and end as seconds after the local midnight of the start date; the end exceeds
    /// 86 400 when the interval crosses midnight.
    pub(crate) fn seconds(&self) -> (u32, u32) {
        let s = self.start.num_seconds_from_midnight();
        let e = self.end.num_seconds_from_midnight();
        if e <= s {
            (s, e + 86_400)
        } else {
            (s, e)
        }
    }
}

impl fmt::Display for OpenInterval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}-{}",
            self.start.format("%H:%M"),
            self.end.format("%H:%M")
        )
    }
}

/// The hours of one local date that replace its weekday's hours: no intervals means closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateOverride {
    /// The local date.
    pub date: NaiveDate,
    /// Opening intervals of that date; empty = closed all day.
    pub hours: Vec<OpenInterval>,
    /// Why (a holiday's name, "stock-taking", …), shown in the settings and the audit.
    pub label: String,
}

impl DateOverride {
    /// The date is closed all day.
    pub fn closed(date: NaiveDate, label: impl Into<String>) -> Self {
        Self::hours(date, Vec::new(), label)
    }

    /// The date has these hours instead of its weekday's (a half day, special hours).
    pub fn hours(date: NaiveDate, mut hours: Vec<OpenInterval>, label: impl Into<String>) -> Self {
        hours.sort_by_key(|i| i.seconds());
        Self {
            date,
            hours,
            label: label.into(),
        }
    }
}

/// A business calendar: zone, weekly hours and date overrides. Build it with the `with_*`
/// methods or from a [`CalendarSpec`] (its serialized form).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "CalendarSpec", into = "CalendarSpec")]
pub struct BusinessCalendar {
    id: String,
    zone: Tz,
    weekly: [Vec<OpenInterval>; 7],
    overrides: BTreeMap<NaiveDate, DateOverride>,
}

impl BusinessCalendar {
    /// A calendar that is closed every day until hours are added.
    pub fn new(id: impl Into<String>, zone: Tz) -> Self {
        Self {
            id: id.into(),
            zone,
            weekly: Default::default(),
            overrides: BTreeMap::new(),
        }
    }

    /// Open around the clock, every day (what "calendar time" means as a calendar).
    pub fn always_open(id: impl Into<String>, zone: Tz) -> Self {
        let all_day = OpenInterval::new(NaiveTime::MIN, NaiveTime::MIN);
        let mut cal = Self::new(id, zone);
        for day in &mut cal.weekly {
            day.push(all_day);
        }
        cal
    }

    /// Sets the intervals of each of `days` (replacing what was there).
    pub fn with_hours(mut self, days: &[Weekday], intervals: &[OpenInterval]) -> Self {
        let mut sorted = intervals.to_vec();
        sorted.sort_by_key(|i| i.seconds());
        for day in days {
            self.weekly[day.num_days_from_monday() as usize] = sorted.clone();
        }
        self
    }

    /// Adds (or replaces) the override of one date.
    pub fn with_override(mut self, day: DateOverride) -> Self {
        self.overrides.insert(day.date, day);
        self
    }

    /// Applies a holiday set: closed days become closed overrides; make-up working days (China's
    /// adjusted weekends) get the hours of a regular working day (the first of Monday to Friday
    /// that has hours); optional days (Brazil's *ponto facultativo*) are left alone.
    pub fn with_holidays(mut self, holidays: &[Holiday]) -> Self {
        let workday = self.weekly[..5]
            .iter()
            .find(|d| !d.is_empty())
            .cloned()
            .unwrap_or_default();
        for h in holidays {
            let day = match h.kind {
                HolidayKind::Closed => DateOverride::closed(h.date, h.name.clone()),
                HolidayKind::WorkingDay => {
                    DateOverride::hours(h.date, workday.clone(), h.name.clone())
                }
                HolidayKind::Optional => continue,
            };
            self.overrides.insert(h.date, day);
        }
        self
    }

    /// The calendar's id (policies refer to it).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The calendar's IANA zone.
    pub fn zone(&self) -> Tz {
        self.zone
    }

    /// The weekly intervals of one weekday.
    pub fn weekday_hours(&self, day: Weekday) -> &[OpenInterval] {
        &self.weekly[day.num_days_from_monday() as usize]
    }

    /// The override of a date, if any.
    pub fn override_on(&self, date: NaiveDate) -> Option<&DateOverride> {
        self.overrides.get(&date)
    }

    /// The intervals that start on a local date (its override, else its weekday's hours).
    pub(crate) fn intervals_on(&self, date: NaiveDate) -> &[OpenInterval] {
        if !self.overrides.is_empty() {
            if let Some(o) = self.overrides.get(&date) {
                return &o.hours;
            }
        }
        &self.weekly[chrono::Datelike::weekday(&date).num_days_from_monday() as usize]
    }

    /// The last overridden date: after it every date follows the weekly hours.
    pub(crate) fn last_override(&self) -> Option<NaiveDate> {
        self.overrides.keys().next_back().copied()
    }
}

/// The settings form of a calendar: plain strings, easy to store and edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarSpec {
    /// Calendar id.
    pub id: String,
    /// IANA zone name.
    pub zone: String,
    /// Weekly hours: weekday (`mon` … `sun`) → intervals (`HH:MM-HH:MM`).
    #[serde(default)]
    pub weekly: BTreeMap<String, Vec<String>>,
    /// Date overrides by local date.
    #[serde(default)]
    pub overrides: BTreeMap<NaiveDate, OverrideSpec>,
}

/// The settings form of a date override.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverrideSpec {
    /// Why (holiday name, "half day", …).
    #[serde(default)]
    pub label: String,
    /// Intervals (`HH:MM-HH:MM`); none means closed all day.
    #[serde(default)]
    pub hours: Vec<String>,
}

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl TryFrom<CalendarSpec> for BusinessCalendar {
    type Error = CalendarError;

    fn try_from(spec: CalendarSpec) -> Result<Self, CalendarError> {
        let zone: Tz = spec
            .zone
            .parse()
            .map_err(|_| CalendarError::UnknownZone(spec.zone.clone()))?;
        let parse_all = |v: &[String]| -> Result<Vec<OpenInterval>, CalendarError> {
            v.iter().map(|s| OpenInterval::parse(s)).collect()
        };
        let mut cal = BusinessCalendar::new(spec.id, zone);
        for (name, intervals) in &spec.weekly {
            let lower = name.to_ascii_lowercase();
            let index = DAY_NAMES
                .iter()
                .position(|d| lower.starts_with(d))
                .ok_or_else(|| CalendarError::BadWeekday(name.clone()))?;
            let mut list = parse_all(intervals)?;
            list.sort_by_key(|i| i.seconds());
            cal.weekly[index] = list;
        }
        for (date, o) in spec.overrides {
            let hours = parse_all(&o.hours)?;
            cal.overrides
                .insert(date, DateOverride::hours(date, hours, o.label));
        }
        Ok(cal)
    }
}

impl From<BusinessCalendar> for CalendarSpec {
    fn from(cal: BusinessCalendar) -> Self {
        let text = |v: &[OpenInterval]| v.iter().map(|i| i.to_string()).collect::<Vec<_>>();
        let weekly = DAY_NAMES
            .iter()
            .zip(cal.weekly.iter())
            .filter(|(_, v)| !v.is_empty())
            .map(|(d, v)| (d.to_string(), text(v)))
            .collect();
        let overrides = cal
            .overrides
            .into_values()
            .map(|o| {
                let spec = OverrideSpec {
                    label: o.label,
                    hours: text(&o.hours),
                };
                (o.date, spec)
            })
            .collect();
        CalendarSpec {
            id: cal.id,
            zone: cal.zone.name().to_string(),
            weekly,
            overrides,
        }
    }
}

/// The calendars a policy set may refer to, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CalendarSet {
    by_id: BTreeMap<String, BusinessCalendar>,
}

impl CalendarSet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or replaces) a calendar under its id.
    pub fn insert(&mut self, calendar: BusinessCalendar) {
        self.by_id.insert(calendar.id.clone(), calendar);
    }

    /// Adds a calendar, builder style.
    pub fn with(mut self, calendar: BusinessCalendar) -> Self {
        self.insert(calendar);
        self
    }

    /// The calendar with this id.
    pub fn get(&self, id: &str) -> Option<&BusinessCalendar> {
        self.by_id.get(id)
    }
}

impl FromIterator<BusinessCalendar> for CalendarSet {
    fn from_iter<I: IntoIterator<Item = BusinessCalendar>>(iter: I) -> Self {
        let mut set = Self::new();
        for c in iter {
            set.insert(c);
        }
        set
    }
}
