//! The iCalendar importer: all-day events, folding, multi-day events, yearly repeats, Chinese
//! make-up working days, and broken input that must give a line number instead of a panic.

mod common;

use bridgedesk_sla::{parse_ics, BusinessCalendar, HolidayKind, Provenance};
use chrono::NaiveDate;
use common::*;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test date")
}

fn until() -> NaiveDate {
    d(2028, 12, 31)
}

const FEED: &str = "BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//holidays//EN\r
BEGIN:VTIMEZONE\r
TZID:Asia/Shanghai\r
BEGIN:STANDARD\r
DTSTART:19700101T000000\r
TZOFFSETFROM:+0800\r
TZOFFSETTO:+0800\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:1@test\r
DTSTART;VALUE=DATE:20261001\r
DTEND;VALUE=DATE:20261008\r
SUMMARY:National Day \\, Golden\r
  Week\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:2@test\r
DTSTART;VALUE=DATE:20260928\r
SUMMARY:国庆节 补班\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:3@test\r
DTSTART:20260501T090000Z\r
DTEND:20260501T100000Z\r
SUMMARY:A meeting, not a holiday\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:4@test\r
DTSTART;VALUE=DATE:20261225\r
RRULE:FREQ=YEARLY;COUNT=3\r
EXDATE;VALUE=DATE:20271225\r
SUMMARY:Christmas\r
BEGIN:VALARM\r
ACTION:DISPLAY\r
DESCRIPTION:reminder\r
TRIGGER:-PT15M\r
END:VALARM\r
END:VEVENT\r
END:VCALENDAR\r
";

#[test]
fn imports_all_day_events_with_folding_ranges_and_yearly_repeats() {
    let holidays = parse_ics(FEED, until()).expect("valid feed");
    let national: Vec<_> = holidays
        .iter()
        .filter(|h| h.name.starts_with("National Day"))
        .collect();
    assert_eq!(national.len(), 7, "DTEND is exclusive: Oct 1..=7");
    assert_eq!(
        national[0].name, "National Day , Golden Week",
        "unfolded and unescaped"
    );
    assert!(national
        .iter()
        .all(|h| h.kind == HolidayKind::Closed && h.provenance == Provenance::Imported));
    let makeup = holidays
        .iter()
        .find(|h| h.date == d(2026, 9, 28))
        .expect("make-up day");
    assert_eq!(makeup.kind, HolidayKind::WorkingDay);
    let christmas: Vec<_> = holidays
        .iter()
        .filter(|h| h.name == "Christmas")
        .map(|h| h.date)
        .collect();
    assert_eq!(
        christmas,
        vec![d(2026, 12, 25), d(2028, 12, 25)],
        "COUNT=3 minus one EXDATE"
    );
    assert!(
        holidays.iter().all(|h| h.date != d(2026, 5, 1)),
        "timed events are skipped"
    );
    assert!(
        holidays.windows(2).all(|w| w[0].date <= w[1].date),
        "sorted"
    );
}

#[test]
fn a_leap_day_repeats_only_in_leap_years_and_until_is_respected() {
    let text = "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20240229\nRRULE:FREQ=YEARLY;UNTIL=20330101\nSUMMARY:Leap\nEND:VEVENT\n";
    let dates: Vec<_> = parse_ics(text, d(2040, 1, 1))
        .expect("valid")
        .into_iter()
        .map(|h| h.date)
        .collect();
    assert_eq!(dates, vec![d(2024, 2, 29), d(2028, 2, 29), d(2032, 2, 29)]);
}

#[test]
fn imported_holidays_close_a_calendar() {
    let holidays = parse_ics(FEED, until()).expect("valid feed");
    let cal = office("sh", chrono_tz::Asia::Shanghai, &["09:00-18:00"]).with_holidays(&holidays);
    assert!(
        !cal.is_open(at("2026-10-05T02:00:00Z")),
        "Mon Oct 5 10:00 +08 is in Golden Week"
    );
    assert!(
        cal.is_open(at("2026-09-28T02:00:00Z")),
        "Mon Sep 28: a working day anyway"
    );
    let weekend = BusinessCalendar::new("x", chrono_tz::Asia::Shanghai);
    assert!(!weekend.is_open(at("2026-09-28T02:00:00Z")));
}

fn error_line(text: &str) -> (usize, String) {
    match parse_ics(text, until()) {
        Ok(h) => panic!("expected an error, got {h:?}"),
        Err(e) => (e.line, e.to_string()),
    }
}

#[test]
fn broken_ics_gives_a_clear_error_with_the_line_number() {
    let cases: &[(&str, usize, &str)] = &[
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2026-01-01\nEND:VEVENT\nEND:VCALENDAR\n", 3, "not a date"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260230\nEND:VEVENT\nEND:VCALENDAR\n", 3, "not a date"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nthis line has no colon\nEND:VEVENT\n", 3, "colon"),
        ("BEGIN:VCALENDAR\n\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\n", 3, "never closed"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n", 2, "without DTSTART"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nEND:VTODO\n", 4, "does not close"),
        ("END:VEVENT\n", 1, "without a BEGIN"),
        (" folded first line\n", 1, "nothing to continue"),
        ("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260105\nDTEND;VALUE=DATE:20260101\nEND:VEVENT\n", 3, "not after"),
        ("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=WEEKLY\nEND:VEVENT\n", 3, "FREQ=WEEKLY"),
        ("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY;BYDAY=MO\nEND:VEVENT\n", 3, "BYDAY"),
        ("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY;COUNT=0\nEND:VEVENT\n", 3, "COUNT"),
        ("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nDTSTART;VALUE=DATE:20260102\nEND:VEVENT\n", 3, "second DTSTART"),
        ("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nDURATION:PT1H\nEND:VEVENT\n", 3, "whole days"),
        ("BEGIN:VEVENT\nBEGIN:VEVENT\n", 2, "inside another"),
        ("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nDTEND;VALUE=DATE:20300101\nEND:VEVENT\n", 1, "too long"),
        ("BEGIN:VEVENT\nDTSTART;VALUE=DATE:2026\nEND:VEVENT\n", 2, "not a date"),
        ("BEGIN:VEVENT\nDTSTART;VALUE=DATE:２０２６０１０１\nEND:VEVENT\n", 2, "not a date"),
    ];
    for (text, line, needle) in cases {
        let (got_line, message) = error_line(text);
        assert_eq!(got_line, *line, "{message} for {text:?}");
        assert!(
            message.contains(needle),
            "{message:?} should mention {needle:?}"
        );
        assert!(message.starts_with(&format!("line {line}: ")));
    }
}

#[test]
fn empty_and_event_free_input_gives_no_holidays() {
    assert_eq!(parse_ics("", until()), Ok(vec![]));
    assert_eq!(
        parse_ics("BEGIN:VCALENDAR\nEND:VCALENDAR", until()),
        Ok(vec![])
    );
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let _ = parse_ics(&text, until());
    }

    #[test]
    fn mangled_feeds_never_panic(cut in 0usize..FEED.len(), junk in "[A-Z:;=\\r\\n 0-9]{0,40}") {
        let mut text: String = FEED.chars().take(cut).collect();
        text.push_str(&junk);
        text.push_str(&FEED.chars().skip(cut).collect::<String>());
        let _ = parse_ics(&text, until());
    }
}
