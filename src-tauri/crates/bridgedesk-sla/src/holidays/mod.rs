//! Holiday sets that a business calendar can import: built-in national sets for the markets
//! Bridgedesk's users work in or sell to (China, the US, Germany, Brazil; 2026 and 2027), and
//! whatever an iCalendar feed provides ([`crate::parse_ics`]).
//!
//! Each built-in date says where it comes from ([`Provenance`]), so the settings screen can mark
//! the dates that still need checking against an official publication (China's 2027 schedule is
//! published by the State Council only late in 2026).

mod data;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a holiday does to a business calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HolidayKind {
    /// A day off: the calendar is closed.
    Closed,
    /// A make-up working day on a weekend (China's 调休 "上班" days): the calendar opens with
    /// regular working-day hours.
    WorkingDay,
    /// An optional day off (Brazil's *ponto facultativo*): recorded, not applied by default.
    Optional,
}

/// Where a holiday date comes from, i.e. how far to trust it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Derived from the rule in the law that fixes it (a fixed date, "third Monday of January",
    /// Easter + 39 days, the federal weekend-observance rule); checked by tests.
    Statutory,
    /// Copied from the government's published yearly schedule (China's State Council notice).
    PublishedSchedule,
    /// The statutory days only, computed from the lunar calendar before the yearly schedule
    /// was published: the dates may move and make-up working days are missing. Verify.
    Provisional,
    /// Read from an iCalendar file or feed.
    Imported,
}

/// One holiday (or make-up working day) on a local date.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Holiday {
    /// The local date.
    pub date: NaiveDate,
    /// Its name, English first with the local name in parentheses for the built-in sets.
    pub name: String,
    /// Closed, make-up working day, or optional.
    pub kind: HolidayKind,
    /// Where the date comes from.
    pub provenance: Provenance,
}

/// A country whose national holidays are built in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HolidayRegion {
    /// Mainland China: the State Council's public holidays and adjusted working days.
    China,
    /// United States: federal holidays (5 U.S.C. 6103) with the observed weekday.
    UnitedStates,
    /// Germany: the nine nationwide public holidays (no state-only days).
    Germany,
    /// Brazil: national holidays, with carnival and Corpus Christi as optional days.
    Brazil,
}

impl HolidayRegion {
    /// Every built-in region.
    pub const ALL: &'static [HolidayRegion] = &[
        HolidayRegion::China,
        HolidayRegion::UnitedStates,
        HolidayRegion::Germany,
        HolidayRegion::Brazil,
    ];

    /// ISO 3166-1 alpha-2 code.
    pub fn country_code(self) -> &'static str {
        match self {
            HolidayRegion::China => "CN",
            HolidayRegion::UnitedStates => "US",
            HolidayRegion::Germany => "DE",
            HolidayRegion::Brazil => "BR",
        }
    }

    /// The region of an ISO 3166-1 alpha-2 code (case-insensitive).
    pub fn from_country_code(code: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|r| r.country_code().eq_ignore_ascii_case(code))
    }
}

/// The first and last year with built-in data.
pub const YEARS: std::ops::RangeInclusive<i32> = 2026..=2027;

/// All built-in holidays of a region, sorted by date.
pub fn for_region(region: HolidayRegion) -> Vec<Holiday> {
    let mut list: Vec<Holiday> = data::ENTRIES
        .iter()
        .filter(|e| e.0 == region)
        .filter_map(|&(_, y, m, d, name, kind, provenance)| {
            Some(Holiday {
                date: NaiveDate::from_ymd_opt(y, m, d)?,
                name: name.to_string(),
                kind,
                provenance,
            })
        })
        .collect();
    list.sort_by_key(|h| h.date);
    list
}

/// The built-in holidays of a region in one year (empty outside [`YEARS`]).
pub fn for_region_year(region: HolidayRegion, year: i32) -> Vec<Holiday> {
    use chrono::Datelike;
    for_region(region)
        .into_iter()
        .filter(|h| h.date.year() == year)
        .collect()
}
