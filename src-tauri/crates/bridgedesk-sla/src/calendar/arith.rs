//! Business-time arithmetic on a calendar: is it open, when does it next open, what instant is
//! a business duration after a start, how much business time lies between two instants.
//!
//! Each walks the open spans day by day (a few zone conversions per date), never minute by
//! minute. Conventions: spans are half-open `[open, close)`; a deadline may land exactly on a
//! closing instant (due 18:00 when the office closes at 18:00), never strictly inside closed
//! time; a start in closed time starts at the next opening.

use super::spans::OpenSpans;
use super::BusinessCalendar;
use crate::DurationMillis;
use bridgedesk_model::UtcMillis;

impl BusinessCalendar {
    /// True when `at` lies inside an opening interval.
    pub fn is_open(&self, at: UtcMillis) -> bool {
        OpenSpans::new(self, at)
            .next()
            .is_some_and(|(start, _)| start == at)
    }

    /// The first open instant at or after `at` (`at` itself when open); `None` when the calendar
    /// never opens again (no weekly hours at all).
    pub fn next_open(&self, at: UtcMillis) -> Option<UtcMillis> {
        OpenSpans::new(self, at).next().map(|(start, _)| start)
    }

    /// The instant `duration` of business time after `start`. A start in closed time counts
    /// from the next opening; a zero (or negative) duration gives that next opening. The result
    /// is open or exactly a closing instant. Saturates at `UtcMillis::MAX` when the calendar
    /// never opens.
    pub fn add_business(&self, start: UtcMillis, duration: DurationMillis) -> UtcMillis {
        let mut remaining = duration.max(0);
        for (open, close) in OpenSpans::new(self, start) {
            let available = close - open;
            if remaining <= available {
                return open + remaining;
            }
            remaining -= available;
        }
        UtcMillis::MAX
    }

    /// Business time in `[a, b)`; zero when `b <= a`.
    pub fn business_between(&self, a: UtcMillis, b: UtcMillis) -> DurationMillis {
        if b <= a {
            return 0;
        }
        let mut total = 0;
        for (open, close) in OpenSpans::new(self, a) {
            if open >= b {
                break;
            }
            total += close.min(b) - open;
        }
        total
    }

    /// The open spans `[open, close)` (UTC ms) that end after `from`, the first one clipped to
    /// `from`, in order; at most `limit` of them. For the settings preview and for tests.
    pub fn open_spans(&self, from: UtcMillis, limit: usize) -> Vec<(UtcMillis, UtcMillis)> {
        OpenSpans::new(self, from).take(limit).collect()
    }
}
