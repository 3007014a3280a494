//! From wall-clock intervals to UTC spans, one local date at a time.
//!
//! DST semantics: a local time `L` becomes the **earliest instant at which the wall clock reads
//! `L` or later**. So
//! - in a spring-forward gap (New York 2026-03-08 02:30 does not exist) `L` maps to the
//!   transition instant, the first instant after the gap (03:00 EDT); an interval lying wholly
//!   inside the gap is empty;
//! - in a fall-back overlap (01:30 occurs twice) `L` maps to its first occurrence, so an
//!   interval `00:00-03:00` on that night lasts four real hours, and `01:00-01:30` lasts thirty
//!   minutes (the first time the clock shows it).
//!
//! The map is monotone, so the spans of a date come out sorted when its intervals are sorted,
//! and the spans of date `d + 1` never start before those of `d`. [`OpenSpans`] turns that
//! stream into disjoint, sorted spans by clipping each span at the furthest end seen so far
//! (overlapping intervals, a midnight-crossing interval that overlaps the next morning).

use super::BusinessCalendar;
use bridgedesk_model::UtcMillis;
use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::{GapInfo, Tz};

/// The earliest instant (UTC ms) at which the wall clock of `zone` reads `local` or later.
pub(crate) fn earliest_utc(zone: Tz, local: NaiveDateTime) -> Option<UtcMillis> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.timestamp_millis()),
        LocalResult::Ambiguous(a, b) => Some(a.timestamp_millis().min(b.timestamp_millis())),
        LocalResult::None => GapInfo::new(&local, &zone)
            .and_then(|gap| gap.end)
            .map(|t| t.timestamp_millis()),
    }
}

/// The local date of an instant in `zone`, if the instant is within chrono's range.
pub(crate) fn local_date(zone: Tz, at: UtcMillis) -> Option<NaiveDate> {
    let utc = DateTime::from_timestamp_millis(at)?;
    Some(utc.with_timezone(&zone).date_naive())
}

/// Disjoint, sorted open spans `[start, end)` (UTC ms) from a given instant onwards.
pub(crate) struct OpenSpans<'a> {
    cal: &'a BusinessCalendar,
    /// Next local date to expand.
    date: Option<NaiveDate>,
    /// Spans of the date being consumed, and the read position in them.
    buf: Vec<(UtcMillis, UtcMillis)>,
    pos: usize,
    /// Everything before this instant has been produced (or is before the start).
    high_water: UtcMillis,
    /// Consecutive dates that produced no span.
    empty_run: u32,
    last_override: Option<NaiveDate>,
}

/// After this many consecutive closed dates past the last override, the calendar has no
/// opening hours at all (a week of weekly hours always opens unless every interval is empty;
/// two weeks cover a DST gap swallowing the only interval of a week).
const MAX_EMPTY_RUN: u32 = 15;

impl<'a> OpenSpans<'a> {
    /// Spans that end after `from`, the first one clipped to start no earlier than `from`.
    pub(crate) fn new(cal: &'a BusinessCalendar, from: UtcMillis) -> Self {
        // The interval containing `from` may have started on the previous local date.
        let date = local_date(cal.zone, from).and_then(|d| d.pred_opt());
        Self {
            cal,
            date,
            buf: Vec::new(),
            pos: 0,
            high_water: from,
            empty_run: 0,
            last_override: cal.last_override(),
        }
    }

    /// Fills `buf` with the spans of the next date; false when the walk must stop.
    fn expand_next_date(&mut self) -> bool {
        loop {
            let Some(date) = self.date else {
                return false;
            };
            self.date = date.succ_opt();
            self.buf.clear();
            self.pos = 0;
            let midnight = date.and_time(chrono::NaiveTime::MIN);
            for interval in self.cal.intervals_on(date) {
                let (s, e) = interval.seconds();
                let start = midnight.checked_add_signed(chrono::TimeDelta::seconds(s.into()));
                let end = midnight.checked_add_signed(chrono::TimeDelta::seconds(e.into()));
                let (Some(start), Some(end)) = (start, end) else {
                    continue;
                };
                let zone = self.cal.zone;
                if let (Some(s), Some(e)) = (earliest_utc(zone, start), earliest_utc(zone, end)) {
                    if e > s {
                        self.buf.push((s, e));
                    }
                }
            }
            if !self.buf.is_empty() {
                self.empty_run = 0;
                return true;
            }
            self.empty_run += 1;
            let past_overrides = self.last_override.is_none_or(|last| date > last);
            if past_overrides && self.empty_run > MAX_EMPTY_RUN {
                self.date = None;
                return false;
            }
        }
    }
}

impl Iterator for OpenSpans<'_> {
    type Item = (UtcMillis, UtcMillis);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.pos >= self.buf.len() && !self.expand_next_date() {
                return None;
            }
            let (s, e) = self.buf[self.pos];
            self.pos += 1;
            let s = s.max(self.high_water);
            if e > s {
                self.high_water = e;
                return Some((s, e));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|date| date.and_hms_opt(h, min, 0))
            .expect("test date")
    }

    fn utc(text: &str) -> UtcMillis {
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.timestamp_millis())
            .expect("test instant")
    }

    #[test]
    fn a_local_time_in_the_spring_gap_maps_to_the_transition_instant() {
        // New York 2026-03-08 02:30 does not exist; the clock jumps at 07:00Z to 03:00 EDT.
        let zone = chrono_tz::America::New_York;
        assert_eq!(
            earliest_utc(zone, local(2026, 3, 8, 2, 30)),
            Some(utc("2026-03-08T07:00:00Z"))
        );
        assert_eq!(
            earliest_utc(zone, local(2026, 3, 8, 3, 0)),
            Some(utc("2026-03-08T07:00:00Z"))
        );
    }

    #[test]
    fn a_repeated_local_time_maps_to_its_first_occurrence() {
        // Berlin 2026-10-25 02:30 occurs at 00:30Z (CEST) and 01:30Z (CET).
        let zone = chrono_tz::Europe::Berlin;
        assert_eq!(
            earliest_utc(zone, local(2026, 10, 25, 2, 30)),
            Some(utc("2026-10-25T00:30:00Z"))
        );
    }

    #[test]
    fn a_missing_midnight_maps_to_one_oclock() {
        // São Paulo 2018-11-04 00:00 did not exist (DST began at midnight).
        let zone = chrono_tz::America::Sao_Paulo;
        assert_eq!(
            earliest_utc(zone, local(2018, 11, 4, 0, 0)),
            Some(utc("2018-11-04T03:00:00Z"))
        );
    }

    #[test]
    fn instants_outside_chronos_range_have_no_local_date() {
        assert_eq!(local_date(chrono_tz::UTC, i64::MAX), None);
        assert_eq!(local_date(chrono_tz::UTC, i64::MIN), None);
    }
}
