//! Helpers shared by the integration tests: RFC 3339 instants and the calendars the tables use.
#![allow(dead_code)]

use bridgedesk_sla::{holidays, BusinessCalendar, HolidayRegion, OpenInterval, UtcMillis};
use chrono::{DateTime, Weekday};
use chrono_tz::Tz;

pub const WEEKDAYS: &[Weekday] = &[
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];
pub const ALL_DAYS: &[Weekday] = &[
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// An RFC 3339 instant as UTC milliseconds (panics on a typo in a test literal).
pub fn at(rfc3339: &str) -> UtcMillis {
    DateTime::parse_from_rfc3339(rfc3339)
        .unwrap_or_else(|e| panic!("bad test literal {rfc3339}: {e}"))
        .timestamp_millis()
}

/// UTC milliseconds as an RFC 3339 string in UTC, for readable failures.
pub fn show(ms: UtcMillis) -> String {
    DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339())
        .unwrap_or_else(|| format!("{ms} ms"))
}

pub fn iv(text: &str) -> OpenInterval {
    OpenInterval::parse(text).expect("test interval")
}

pub fn hours(list: &[&str]) -> Vec<OpenInterval> {
    list.iter().map(|s| iv(s)).collect()
}

/// Mon–Fri with the given intervals.
pub fn office(id: &str, zone: Tz, intervals: &[&str]) -> BusinessCalendar {
    BusinessCalendar::new(id, zone).with_hours(WEEKDAYS, &hours(intervals))
}

/// Shanghai office with a lunch break and China's holidays (2026 schedule with make-up days).
pub fn shanghai_office() -> BusinessCalendar {
    office(
        "sh",
        chrono_tz::Asia::Shanghai,
        &["09:00-12:00", "13:30-18:00"],
    )
    .with_holidays(&holidays::for_region(HolidayRegion::China))
}
