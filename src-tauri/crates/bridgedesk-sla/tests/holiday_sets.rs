//! The built-in holiday data checked against the rules that fix it: US federal holidays by
//! weekday rules and the weekend-observance rule, German and Brazilian Easter-based holidays by
//! the Gregorian computus, China's make-up working days falling on weekends.

use bridgedesk_sla::holidays::{self, for_region, for_region_year};
use bridgedesk_sla::{Holiday, HolidayKind, HolidayRegion as R, Provenance};
use chrono::{Datelike, Days, NaiveDate, Weekday};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn dates(list: &[Holiday], kind: HolidayKind) -> Vec<NaiveDate> {
    list.iter()
        .filter(|h| h.kind == kind)
        .map(|h| h.date)
        .collect()
}

/// Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
fn easter(y: i32) -> NaiveDate {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let dd = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - dd - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    d(y, month as u32, day as u32)
}

fn shift(date: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        date.checked_add_days(Days::new(days as u64)).expect("date")
    } else {
        date.checked_sub_days(Days::new((-days) as u64))
            .expect("date")
    }
}

/// The `n`th `weekday` of a month (n = -1: the last).
fn nth(y: i32, m: u32, weekday: Weekday, n: i32) -> NaiveDate {
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(y, m, weekday, n as u8).expect("date")
    } else {
        let mut date = NaiveDate::from_weekday_of_month_opt(y, m, weekday, 4).expect("date");
        while let Some(next) = date
            .checked_add_days(Days::new(7))
            .filter(|x| x.month() == m)
        {
            date = next;
        }
        date
    }
}

/// 5 U.S.C. 6103 and EO 11582: Saturday -> Friday before, Sunday -> Monday after.
fn observed(date: NaiveDate) -> NaiveDate {
    match date.weekday() {
        Weekday::Sat => shift(date, -1),
        Weekday::Sun => shift(date, 1),
        _ => date,
    }
}

#[test]
fn us_federal_holidays_follow_the_statute_and_observance_rule() {
    for y in holidays::YEARS {
        let mut expected = vec![
            observed(d(y, 1, 1)),
            nth(y, 1, Weekday::Mon, 3),
            nth(y, 2, Weekday::Mon, 3),
            nth(y, 5, Weekday::Mon, -1),
            observed(d(y, 6, 19)),
            observed(d(y, 7, 4)),
            nth(y, 9, Weekday::Mon, 1),
            nth(y, 10, Weekday::Mon, 2),
            observed(d(y, 11, 11)),
            nth(y, 11, Weekday::Thu, 4),
            observed(d(y, 12, 25)),
        ];
        // Next year's New Year's Day observed on this year's 31 December.
        if observed(d(y + 1, 1, 1)).year() == y {
            expected.push(observed(d(y + 1, 1, 1)));
        }
        expected.sort();
        let got = dates(&for_region_year(R::UnitedStates, y), HolidayKind::Closed);
        assert_eq!(got, expected, "{y}");
    }
}

#[test]
fn german_holidays_follow_easter_and_fixed_dates() {
    for y in holidays::YEARS {
        let e = easter(y);
        let mut expected = vec![
            d(y, 1, 1),
            shift(e, -2),
            shift(e, 1),
            d(y, 5, 1),
            shift(e, 39),
            shift(e, 50),
            d(y, 10, 3),
            d(y, 12, 25),
            d(y, 12, 26),
        ];
        expected.sort();
        assert_eq!(
            dates(&for_region_year(R::Germany, y), HolidayKind::Closed),
            expected,
            "{y}"
        );
    }
    assert_eq!(
        (easter(2026), easter(2027)),
        (d(2026, 4, 5), d(2027, 3, 28))
    );
}

#[test]
fn brazilian_holidays_follow_the_laws_and_easter() {
    for y in holidays::YEARS {
        let e = easter(y);
        let fixed = [
            (1, 1),
            (4, 21),
            (5, 1),
            (9, 7),
            (10, 12),
            (11, 2),
            (11, 15),
            (11, 20),
            (12, 25),
        ];
        let mut closed: Vec<_> = fixed.iter().map(|&(m, day)| d(y, m, day)).collect();
        closed.push(shift(e, -2));
        closed.sort();
        let list = for_region_year(R::Brazil, y);
        assert_eq!(dates(&list, HolidayKind::Closed), closed, "{y}");
        let optional = vec![shift(e, -48), shift(e, -47), shift(e, 60)];
        assert_eq!(
            dates(&list, HolidayKind::Optional),
            optional,
            "{y} carnival, Corpus Christi"
        );
    }
}

#[test]
fn china_2026_follows_the_published_schedule_with_weekend_makeup_days() {
    let list = for_region_year(R::China, 2026);
    assert!(list
        .iter()
        .all(|h| h.provenance == Provenance::PublishedSchedule));
    let makeup = dates(&list, HolidayKind::WorkingDay);
    assert_eq!(
        makeup,
        vec![
            d(2026, 1, 4),
            d(2026, 2, 14),
            d(2026, 2, 28),
            d(2026, 5, 9),
            d(2026, 9, 20),
            d(2026, 10, 10)
        ]
    );
    assert!(makeup
        .iter()
        .all(|x| matches!(x.weekday(), Weekday::Sat | Weekday::Sun)));
    // 3 + 9 + 3 + 5 + 3 + 3 + 7 days off.
    assert_eq!(dates(&list, HolidayKind::Closed).len(), 33);
    // Chinese New Year 2026 is Tue 17 February, inside the Spring Festival block.
    assert!(dates(&list, HolidayKind::Closed).contains(&d(2026, 2, 17)));
}

#[test]
fn china_2027_is_marked_provisional_until_the_schedule_is_published() {
    let list = for_region_year(R::China, 2027);
    assert!(!list.is_empty());
    assert!(list.iter().all(|h| h.provenance == Provenance::Provisional));
    assert!(
        dates(&list, HolidayKind::Closed).contains(&d(2027, 2, 6)),
        "Chinese New Year 2027"
    );
}

#[test]
fn every_region_covers_both_years_sorted_and_without_duplicates() {
    for &region in R::ALL {
        let list = for_region(region);
        for y in holidays::YEARS {
            assert!(list.iter().any(|h| h.date.year() == y), "{region:?} {y}");
        }
        assert!(
            list.windows(2).all(|w| w[0].date < w[1].date),
            "{region:?} sorted, unique"
        );
        assert_eq!(
            R::from_country_code(&region.country_code().to_lowercase()),
            Some(region)
        );
    }
    assert!(for_region_year(R::Germany, 2031).is_empty());
}

/// The weekday days off and the weekend working days of `holidays.China` (PyPI `holidays`
/// 0.109, <https://pypi.org/project/holidays/>) for 2026 and 2027, as printed by
/// `sorted(holidays.China(years=y))` and its `weekend_workdays`. That package lists weekday
/// days off only (a weekend day off needs no entry), so the comparison is on weekdays.
#[test]
fn china_holidays_match_the_pypi_holidays_cross_check() {
    let weekday_days_off = [
        (2026, 1, 1),
        (2026, 1, 2),
        (2026, 2, 16),
        (2026, 2, 17),
        (2026, 2, 18),
        (2026, 2, 19),
        (2026, 2, 20),
        (2026, 2, 23),
        (2026, 4, 6),
        (2026, 5, 1),
        (2026, 5, 4),
        (2026, 5, 5),
        (2026, 6, 19),
        (2026, 9, 25),
        (2026, 10, 1),
        (2026, 10, 2),
        (2026, 10, 5),
        (2026, 10, 6),
        (2026, 10, 7),
        (2027, 1, 1),
        (2027, 2, 5),
        (2027, 2, 8),
        (2027, 2, 9),
        (2027, 2, 10),
        (2027, 4, 5),
        (2027, 5, 3),
        (2027, 5, 4),
        (2027, 6, 9),
        (2027, 9, 15),
        (2027, 10, 1),
        (2027, 10, 4),
        (2027, 10, 5),
    ];
    let weekend_workdays = [
        (2026, 1, 4),
        (2026, 2, 14),
        (2026, 2, 28),
        (2026, 5, 9),
        (2026, 9, 20),
        (2026, 10, 10),
    ];
    let list = for_region(R::China);
    let ours: Vec<NaiveDate> = dates(&list, HolidayKind::Closed)
        .into_iter()
        .filter(|x| !matches!(x.weekday(), Weekday::Sat | Weekday::Sun))
        .collect();
    let expected: Vec<NaiveDate> = weekday_days_off
        .iter()
        .map(|&(y, m, x)| d(y, m, x))
        .collect();
    assert_eq!(ours, expected);
    let workdays: Vec<NaiveDate> = weekend_workdays
        .iter()
        .map(|&(y, m, x)| d(y, m, x))
        .collect();
    assert_eq!(dates(&list, HolidayKind::WorkingDay), workdays);
}
