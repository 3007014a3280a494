//! Hand-computed deadlines across daylight-saving changes in America/New_York, Europe/Berlin,
//! Australia/Sydney, America/Sao_Paulo (DST until 2019, none since) and Asia/Shanghai (no DST),
//! across holidays, make-up working days, lunch breaks and midnight-crossing intervals.
//!
//! Each expected instant was worked out by hand from the zone's published rules (dates of the
//! changes noted per case) and is written as a literal; the comment says how.

mod common;

use bridgedesk_sla::{holidays, BusinessCalendar, DateOverride, HolidayRegion, HOUR, MINUTE};
use chrono::{NaiveDate, Weekday};
use chrono_tz::{America, Asia, Australia, Europe};
use common::*;

struct Case {
    name: &'static str,
    calendar: BusinessCalendar,
    start: &'static str,
    business: i64,
    expected: &'static str,
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test date")
}

fn ny_office() -> BusinessCalendar {
    office("ny", America::New_York, &["09:00-17:00"])
}

fn one_day(zone: chrono_tz::Tz, day: Weekday, interval: &str) -> BusinessCalendar {
    BusinessCalendar::new("one", zone).with_hours(&[day], &hours(&[interval]))
}

fn cases() -> Vec<Case> {
    let berlin = office("be", Europe::Berlin, &["09:00-12:00", "13:00-18:00"])
        .with_holidays(&holidays::for_region(HolidayRegion::Germany));
    let sydney_office = office("sy", Australia::Sydney, &["09:00-17:00"]);
    let sao_paulo = office("sp", America::Sao_Paulo, &["08:00-18:00"])
        .with_holidays(&holidays::for_region(HolidayRegion::Brazil));
    let ny_fri_night = one_day(America::New_York, Weekday::Fri, "22:00-02:00");
    vec![
        // NY, EST (-05:00). Mon 16:00 EST = 21:00Z; 1 h left Monday, 1 h Tuesday from 09:00.
        // Tue 10:00 EST = 15:00Z.
        Case {
            name: "ny_plain_overnight",
            calendar: ny_office(),
            start: "2026-03-02T21:00:00Z",
            business: 2 * HOUR,
            expected: "2026-03-03T15:00:00Z",
        },
        // NY springs forward Sun 2026-03-08 02:00 EST -> 03:00 EDT. Fri 16:00 EST (21:00Z):
        // 1 h Friday, then Mon 09:00 EDT (13:00Z) + 1 h = 10:00 EDT = 14:00Z.
        Case {
            name: "ny_weekend_across_spring_forward",
            calendar: ny_office(),
            start: "2026-03-06T21:00:00Z",
            business: 2 * HOUR,
            expected: "2026-03-09T14:00:00Z",
        },
        // Always open: 24 business hours = 24 real hours, even over the 23-hour Sunday.
        // Sat 12:00 EST (17:00Z) + 24 h = Sun 17:00Z = 13:00 EDT (the wall clock shows 13:00).
        Case {
            name: "ny_always_open_23_hour_day",
            calendar: BusinessCalendar::always_open("24x7", America::New_York),
            start: "2026-03-07T17:00:00Z",
            business: 24 * HOUR,
            expected: "2026-03-08T17:00:00Z",
        },
        // Saturday night shift 22:00-04:00 over the spring-forward night: 22:00 EST (03:00Z)
        // to 04:00 EDT (08:00Z) is 5 real hours because 02:00-03:00 does not exist.
        // Start Sat 21:00 EST (02:00Z, closed) -> opens 03:00Z, + 4 h 30 = 07:30Z = 03:30 EDT.
        Case {
            name: "ny_night_shift_over_spring_forward",
            calendar: one_day(America::New_York, Weekday::Sat, "22:00-04:00"),
            start: "2026-03-08T02:00:00Z",
            business: 4 * HOUR + 30 * MINUTE,
            expected: "2026-03-08T07:30:00Z",
        },
        // Sunday 02:30-05:00: on 2026-03-08 02:30 does not exist, so the day opens at the
        // transition, 03:00 EDT (07:00Z), until 05:00 EDT (09:00Z). + 1 h = 08:00Z.
        Case {
            name: "ny_interval_starting_in_gap",
            calendar: one_day(America::New_York, Weekday::Sun, "02:30-05:00"),
            start: "2026-03-07T17:00:00Z",
            business: HOUR,
            expected: "2026-03-08T08:00:00Z",
        },
        // NY falls back Sun 2026-11-01 02:00 EDT -> 01:00 EST. Sunday 00:00-03:00 runs from
        // 00:00 EDT (04:00Z) to 03:00 EST (08:00Z): 4 real hours. + 3 h 30 = 07:30Z = 02:30 EST.
        Case {
            name: "ny_25_hour_night_over_fall_back",
            calendar: one_day(America::New_York, Weekday::Sun, "00:00-03:00"),
            start: "2026-10-31T16:00:00Z",
            business: 3 * HOUR + 30 * MINUTE,
            expected: "2026-11-01T07:30:00Z",
        },
        // Sunday 01:00-01:30 on the fall-back night: the first occurrence, 01:00 EDT (05:00Z)
        // to 01:30 EDT (05:30Z). + 20 min = 05:20Z (01:20 EDT).
        Case {
            name: "ny_repeated_hour_uses_first_occurrence",
            calendar: one_day(America::New_York, Weekday::Sun, "01:00-01:30"),
            start: "2026-10-31T16:00:00Z",
            business: 20 * MINUTE,
            expected: "2026-11-01T05:20:00Z",
        },
        // Friday 22:00-02:00 (crosses midnight). Fri 2026-05-15 23:00 EDT (03:00Z Sat): 3 h left
        // in the shift; + 2 h 30 = Sat 01:30 EDT = 05:30Z.
        Case {
            name: "ny_friday_night_shift_into_saturday",
            calendar: ny_fri_night.clone(),
            start: "2026-05-16T03:00:00Z",
            business: 2 * HOUR + 30 * MINUTE,
            expected: "2026-05-16T05:30:00Z",
        },
        // Same shift, + 4 h: 3 h this week, then Fri 2026-05-22 22:00 EDT + 1 h = 23:00 EDT
        // = 03:00Z Saturday.
        Case {
            name: "ny_night_shift_spills_to_next_week",
            calendar: ny_fri_night.clone(),
            start: "2026-05-16T03:00:00Z",
            business: 4 * HOUR,
            expected: "2026-05-23T03:00:00Z",
        },
        // With US federal holidays: Fri 2026-07-03 is Independence Day (observed), so that
        // Friday's shift is closed. Thu 12:00 EDT -> Fri 2026-07-10 22:00 EDT + 1 h = 03:00Z.
        Case {
            name: "ny_observed_holiday_closes_friday_shift",
            calendar: ny_fri_night
                .with_holidays(&holidays::for_region(HolidayRegion::UnitedStates)),
            start: "2026-07-02T16:00:00Z",
            business: HOUR,
            expected: "2026-07-11T03:00:00Z",
        },
        // Zero duration in closed time = next opening: Sat -> Mon 09:00 EDT = 13:00Z (after
        // the spring-forward weekend).
        Case {
            name: "ny_zero_duration_is_next_opening",
            calendar: ny_office(),
            start: "2026-03-07T15:00:00Z",
            business: 0,
            expected: "2026-03-09T13:00:00Z",
        },
        // Berlin, CET (+01:00), lunch 12:00-13:00. Mon 11:30 CET (10:30Z): 30 min to lunch,
        // 30 min from 13:00 -> 13:30 CET = 12:30Z.
        Case {
            name: "berlin_lunch_break",
            calendar: berlin.clone(),
            start: "2026-03-02T10:30:00Z",
            business: HOUR,
            expected: "2026-03-02T12:30:00Z",
        },
        // Berlin springs forward Sun 2026-03-29 02:00 CET -> 03:00 CEST. Fri 17:00 CET (16:00Z):
        // 1 h Friday, Mon 09:00 CEST (07:00Z) + 1 h = 08:00Z.
        Case {
            name: "berlin_weekend_across_spring_forward",
            calendar: berlin.clone(),
            start: "2026-03-27T16:00:00Z",
            business: 2 * HOUR,
            expected: "2026-03-30T08:00:00Z",
        },
        // Berlin falls back Sun 2026-10-25 03:00 CEST -> 02:00 CET. Fri 17:30 CEST (15:30Z):
        // 30 min Friday, Mon 09:00 CET (08:00Z) + 30 min = 08:30Z.
        Case {
            name: "berlin_weekend_across_fall_back",
            calendar: berlin.clone(),
            start: "2026-10-23T15:30:00Z",
            business: HOUR,
            expected: "2026-10-26T08:30:00Z",
        },
        // Easter 2026: Good Friday 04-03 and Easter Monday 04-06 closed. Thu 17:00 CEST
        // (15:00Z): 1 h Thursday, then Tue 04-07 09:00 CEST + 2 h = 11:00 CEST = 09:00Z.
        Case {
            name: "berlin_easter_holidays",
            calendar: berlin.clone(),
            start: "2026-04-02T15:00:00Z",
            business: 3 * HOUR,
            expected: "2026-04-07T09:00:00Z",
        },
        // Half day on Christmas Eve (override 09:00-12:00), 25th holiday (Friday). Thu 24th
        // 11:00 CET (10:00Z): 1 h, then Mon 28th 09:00 CET + 1 h = 10:00 CET = 09:00Z.
        Case {
            name: "berlin_half_day_then_christmas",
            calendar: berlin.with_override(DateOverride::hours(
                date(2026, 12, 24),
                hours(&["09:00-12:00"]),
                "Heiligabend",
            )),
            start: "2026-12-24T10:00:00Z",
            business: 2 * HOUR,
            expected: "2026-12-28T09:00:00Z",
        },
        // Sydney ends DST Sun 2026-04-05 03:00 AEDT -> 02:00 AEST. Always open: Sat 12:00 AEDT
        // (01:00Z) + 24 h = Sun 01:00Z = 11:00 AEST (the 25-hour day).
        Case {
            name: "sydney_always_open_25_hour_day",
            calendar: BusinessCalendar::always_open("24x7", Australia::Sydney),
            start: "2026-04-04T01:00:00Z",
            business: 24 * HOUR,
            expected: "2026-04-05T01:00:00Z",
        },
        // Sydney starts DST Sun 2026-10-04 02:00 AEST -> 03:00 AEDT. Fri 16:00 AEST (06:00Z):
        // 1 h Friday, Mon 09:00 AEDT (22:00Z Sun) + 1 h = 23:00Z.
        Case {
            name: "sydney_weekend_across_dst_start",
            calendar: sydney_office,
            start: "2026-10-02T06:00:00Z",
            business: 2 * HOUR,
            expected: "2026-10-04T23:00:00Z",
        },
        // Saturday night shift 22:00-06:00 over the DST start: 22:00 AEST (12:00Z) to 06:00
        // AEDT (19:00Z) = 7 h. Start Sat 20:00 AEST (10:00Z) + 6 h 30 = 18:30Z = 05:30 AEDT.
        Case {
            name: "sydney_night_shift_over_dst_start",
            calendar: one_day(Australia::Sydney, Weekday::Sat, "22:00-06:00"),
            start: "2026-10-03T10:00:00Z",
            business: 6 * HOUR + 30 * MINUTE,
            expected: "2026-10-03T18:30:00Z",
        },
        // São Paulo has had no DST since 2019 (-03:00). Thu 2026-11-19 17:00 (20:00Z): 1 h,
        // Fri 11-20 Consciência Negra closed, Mon 11-23 08:00 + 2 h = 10:00 = 13:00Z.
        Case {
            name: "sao_paulo_consciencia_negra",
            calendar: sao_paulo,
            start: "2026-11-19T20:00:00Z",
            business: 3 * HOUR,
            expected: "2026-11-23T13:00:00Z",
        },
        // São Paulo's DST began Sun 2018-11-04 at midnight (00:00 -03 -> 01:00 -02): Sunday
        // 00:00-12:00 opens at 01:00 -02 (03:00Z). Sat 12:00 -03 (15:00Z) + 1 h = 04:00Z.
        Case {
            name: "sao_paulo_2018_missing_midnight",
            calendar: one_day(America::Sao_Paulo, Weekday::Sun, "00:00-12:00"),
            start: "2018-11-03T15:00:00Z",
            business: HOUR,
            expected: "2018-11-04T04:00:00Z",
        },
        // DST ended Sun 2019-02-17 00:00 -02 -> Sat 23:00 -03: Saturday 22:00-00:00 runs from
        // 22:00 -02 (00:00Z) to 00:00 -03 (03:00Z), 3 h. Sat 12:00 -02 (14:00Z) + 2 h 30 =
        // 02:30Z (23:30 -03, the second 23:30).
        Case {
            name: "sao_paulo_2019_repeated_hour",
            calendar: one_day(America::Sao_Paulo, Weekday::Sat, "22:00-00:00"),
            start: "2019-02-16T14:00:00Z",
            business: 2 * HOUR + 30 * MINUTE,
            expected: "2019-02-17T02:30:00Z",
        },
        // Shanghai (+08:00, no DST), lunch 12:00-13:30. Wed 11:00 (03:00Z): 1 h to lunch, then
        // 13:30 + 1 h = 14:30 = 06:30Z.
        Case {
            name: "shanghai_lunch_break",
            calendar: shanghai_office(),
            start: "2026-03-04T03:00:00Z",
            business: 2 * HOUR,
            expected: "2026-03-04T06:30:00Z",
        },
        // Fri 2026-02-13 17:00 (09:00Z): 1 h Friday; Sat 02-14 is a make-up working day:
        // 09:00 + 1 h = 10:00 = 02:00Z.
        Case {
            name: "shanghai_makeup_saturday_opens",
            calendar: shanghai_office(),
            start: "2026-02-13T09:00:00Z",
            business: 2 * HOUR,
            expected: "2026-02-14T02:00:00Z",
        },
        // Sat 02-14 17:30 (09:30Z): 30 min; Spring Festival closes 02-15..02-23; Tue 02-24
        // 09:00 + 30 min = 09:30 = 01:30Z.
        Case {
            name: "shanghai_spring_festival",
            calendar: shanghai_office(),
            start: "2026-02-14T09:30:00Z",
            business: HOUR,
            expected: "2026-02-24T01:30:00Z",
        },
    ]
}

#[test]
fn deadline_table_matches_hand_computed_instants() {
    let mut failures = Vec::new();
    for case in cases() {
        let due = case.calendar.add_business(at(case.start), case.business);
        if due != at(case.expected) {
            failures.push(format!(
                "{}: expected {}, got {}",
                case.name,
                case.expected,
                show(due)
            ));
        }
        // Round trip on every hand case, too.
        let measured = case.calendar.business_between(at(case.start), due);
        if measured != case.business {
            failures.push(format!("{}: measured {measured} ms back", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn fall_back_night_shift_measures_four_real_hours() {
    // Sunday 00:00-03:00 on 2026-11-01 in New York: 04:00Z to 08:00Z.
    let cal = one_day(America::New_York, Weekday::Sun, "00:00-03:00");
    let measured = cal.business_between(at("2026-10-31T00:00:00Z"), at("2026-11-02T00:00:00Z"));
    assert_eq!(measured, 4 * HOUR);
}

#[test]
fn spring_forward_night_shift_measures_five_real_hours() {
    // Saturday 22:00-04:00 starting 2026-03-07 in New York: 03:00Z to 08:00Z.
    let cal = one_day(America::New_York, Weekday::Sat, "22:00-04:00");
    let measured = cal.business_between(at("2026-03-07T00:00:00Z"), at("2026-03-09T00:00:00Z"));
    assert_eq!(measured, 5 * HOUR);
}

#[test]
fn is_open_follows_the_wall_clock_after_a_dst_change() {
    let cal = ny_office();
    // Mon 2026-03-09 09:00 EDT = 13:00Z: open; 12:59:59.999Z (08:59 EDT): closed.
    assert!(cal.is_open(at("2026-03-09T13:00:00Z")));
    assert!(!cal.is_open(at("2026-03-09T12:59:59.999Z")));
    // Mon 2026-03-02 09:00 EST = 14:00Z: 13:30Z is 08:30 EST, closed.
    assert!(!cal.is_open(at("2026-03-02T13:30:00Z")));
    assert_eq!(
        cal.next_open(at("2026-03-02T13:30:00Z")),
        Some(at("2026-03-02T14:00:00Z"))
    );
}

#[test]
fn midnight_crossing_interval_is_open_after_midnight() {
    let cal = one_day(America::New_York, Weekday::Fri, "22:00-02:00");
    // Sat 2026-05-16 01:59 EDT = 05:59Z: still Friday's shift.
    assert!(cal.is_open(at("2026-05-16T05:59:00Z")));
    // Sat 02:00 EDT = 06:00Z: closed (the end is exclusive).
    assert!(!cal.is_open(at("2026-05-16T06:00:00Z")));
}

#[test]
fn shanghai_is_closed_on_a_holiday_weekday_and_open_on_a_makeup_weekend() {
    let cal = shanghai_office();
    // Wed 2026-02-18 10:00 +08 (02:00Z): Spring Festival.
    assert!(!cal.is_open(at("2026-02-18T02:00:00Z")));
    // Sat 2026-02-28 10:00 +08: make-up working day.
    assert!(cal.is_open(at("2026-02-28T02:00:00Z")));
    // Sat 2026-03-07 10:00 +08: ordinary Saturday.
    assert!(!cal.is_open(at("2026-03-07T02:00:00Z")));
}

#[test]
fn a_calendar_that_never_opens_saturates_instead_of_looping() {
    let cal = BusinessCalendar::new("closed", Asia::Shanghai);
    assert_eq!(cal.add_business(at("2026-01-01T00:00:00Z"), HOUR), i64::MAX);
    assert_eq!(cal.next_open(at("2026-01-01T00:00:00Z")), None);
    assert!(!cal.is_open(at("2026-01-01T00:00:00Z")));
}
