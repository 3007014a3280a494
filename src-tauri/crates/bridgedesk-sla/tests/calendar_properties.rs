//! Property tests of business-time arithmetic on calendars with lunch breaks, midnight-crossing
//! intervals, holidays and DST changes: adding then measuring round-trips, a result never falls
//! inside closed time, and the result is monotonic in the start instant and the duration.

mod common;

use bridgedesk_sla::{holidays, BusinessCalendar, HolidayRegion, HOUR};
use chrono::Weekday;
use chrono_tz::{America, Australia, Europe};
use common::*;
use proptest::prelude::*;

fn calendars() -> &'static [BusinessCalendar] {
    static CALENDARS: std::sync::OnceLock<Vec<BusinessCalendar>> = std::sync::OnceLock::new();
    CALENDARS.get_or_init(build_calendars)
}

fn build_calendars() -> Vec<BusinessCalendar> {
    vec![
        shanghai_office(),
        // Lunch break, a Friday night shift crossing midnight, US holidays, US DST.
        office("ny", America::New_York, &["08:00-12:00", "13:00-17:30"])
            .with_hours(&[Weekday::Fri], &hours(&["09:00-12:00", "22:00-02:00"]))
            .with_holidays(&holidays::for_region(HolidayRegion::UnitedStates)),
        // Night shifts every day that cross midnight and overlap the morning shift.
        BusinessCalendar::new("berlin-nights", Europe::Berlin)
            .with_hours(ALL_DAYS, &hours(&["06:00-10:00", "22:00-07:00"]))
            .with_holidays(&holidays::for_region(HolidayRegion::Germany)),
        // Weekend shifts in the small hours, where Sydney's DST changes happen.
        BusinessCalendar::new("sydney", Australia::Sydney)
            .with_hours(
                &[Weekday::Sat, Weekday::Sun],
                &hours(&["01:30-03:30", "12:00-13:00"]),
            )
            .with_hours(WEEKDAYS, &hours(&["09:00-17:00"])),
        // Midnight DST changes (São Paulo until 2019).
        BusinessCalendar::new("sao-paulo", America::Sao_Paulo)
            .with_hours(ALL_DAYS, &hours(&["23:00-01:00", "08:00-18:00"]))
            .with_holidays(&holidays::for_region(HolidayRegion::Brazil)),
    ]
}

/// 2017-06-01 .. 2028-01-01 (covers São Paulo's last DST seasons and the holiday data).
fn instant() -> impl Strategy<Value = i64> {
    1_496_275_200_000i64..1_830_297_600_000i64
}

fn duration() -> impl Strategy<Value = i64> {
    prop_oneof![0i64..(3 * HOUR), 0i64..(300 * HOUR)]
}

fn calendar_index() -> impl Strategy<Value = usize> {
    0usize..5
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn adding_then_measuring_business_time_round_trips(
        i in calendar_index(), start in instant(), d in duration()
    ) {
        let cal = &calendars()[i];
        let due = cal.add_business(start, d);
        prop_assert_eq!(cal.business_between(start, due), d, "due {}", show(due));
    }

    #[test]
    fn results_never_fall_inside_closed_time(
        i in calendar_index(), start in instant(), d in duration()
    ) {
        let cal = &calendars()[i];
        let due = cal.add_business(start, d);
        prop_assert!(due >= start);
        if d == 0 {
            prop_assert!(cal.is_open(due), "zero duration gives the next opening {}", show(due));
        } else {
            // Either open, or exactly the closing instant of an open span.
            prop_assert!(cal.is_open(due - 1), "due {} is inside closed time", show(due));
        }
    }

    #[test]
    fn deadlines_are_monotonic_in_the_start_instant(
        i in calendar_index(), a in instant(), gap in 0i64..(96 * HOUR), d in duration()
    ) {
        let cal = &calendars()[i];
        prop_assert!(cal.add_business(a, d) <= cal.add_business(a + gap, d));
    }

    #[test]
    fn deadlines_are_monotonic_in_the_duration(
        i in calendar_index(), start in instant(), d in duration(), more in 0i64..(10 * HOUR)
    ) {
        let cal = &calendars()[i];
        prop_assert!(cal.add_business(start, d) <= cal.add_business(start, d + more));
    }

    #[test]
    fn next_open_is_open_and_nothing_is_open_before_it(
        i in calendar_index(), at in instant()
    ) {
        let cal = &calendars()[i];
        let next = cal.next_open(at).expect("these calendars open every week");
        prop_assert!(next >= at);
        prop_assert!(cal.is_open(next));
        prop_assert_eq!(cal.business_between(at, next), 0);
        prop_assert_eq!(cal.is_open(at), next == at);
    }

    #[test]
    fn business_time_is_additive_over_a_split_point(
        i in calendar_index(), a in instant(), x in 0i64..(100 * HOUR), y in 0i64..(100 * HOUR)
    ) {
        let cal = &calendars()[i];
        let (m, b) = (a + x, a + x + y);
        prop_assert_eq!(
            cal.business_between(a, b),
            cal.business_between(a, m) + cal.business_between(m, b)
        );
        prop_assert!(cal.business_between(a, b) <= b - a);
    }
}

#[test]
fn counting_open_minutes_one_by_one_agrees_with_the_span_walk() {
    // A slow oracle on one calendar: count open minutes one by one with `is_open` at each
    // minute and compare with `business_between` over each day of two weeks around the EU
    // and US fall-back dates.
    let cal = &calendars()[1];
    let day = 24 * HOUR;
    let mut start = at("2026-10-25T00:00:00Z");
    for _ in 0..14 {
        let counted: i64 = (0..24 * 60)
            .map(|m| start + m * 60_000)
            .filter(|&t| cal.is_open(t))
            .count() as i64
            * 60_000;
        assert_eq!(
            cal.business_between(start, start + day),
            counted,
            "day {}",
            show(start)
        );
        start += day;
    }
}
