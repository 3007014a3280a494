//! Plausible times: buyers write in their own daytime, agents answer in Shenzhen business hours
//! (Asia/Shanghai, Monday to Saturday, 9:00–18:30), and dates are written in the buyer's zone.

use bridgedesk_model::UtcMillis;
use chrono::{DateTime, Datelike, NaiveDateTime, TimeZone, Timelike};
use chrono_tz::Tz;
use rand::Rng;

use crate::phrases::Bank;

pub(crate) const MINUTE: i64 = 60_000;
pub(crate) const HOUR: i64 = 60 * MINUTE;
pub(crate) const DAY: i64 = 24 * HOUR;

/// Buyers write between these local hours.
const BUYER_FROM: u32 = 8;
const BUYER_UNTIL: u32 = 23;

/// Agents work these hours in Shenzhen (UTC+8, no daylight saving), Monday to Saturday.
const SHANGHAI_OFFSET: i64 = 8 * HOUR;
const OPEN: i64 = 9 * HOUR;
const CLOSE: i64 = 18 * HOUR + 30 * MINUTE;

/// The zone with this IANA name (UTC for an unknown one).
pub(crate) fn zone(name: &str) -> Tz {
    name.parse().unwrap_or(Tz::UTC)
}

fn local(tz: Tz, t: UtcMillis) -> Option<NaiveDateTime> {
    DateTime::from_timestamp_millis(t).map(|d| d.with_timezone(&tz).naive_local())
}

fn utc(tz: Tz, naive: NaiveDateTime) -> Option<UtcMillis> {
    // A local time in a spring-forward gap does not exist: try an hour later.
    tz.from_local_datetime(&naive)
        .earliest()
        .or_else(|| {
            tz.from_local_datetime(&(naive + chrono::Duration::hours(1)))
                .earliest()
        })
        .map(|d| d.timestamp_millis())
}

/// `t`, or if the buyer would be asleep then, a moment late on the previous evening.
pub(crate) fn buyer_back(rng: &mut impl Rng, tz: Tz, t: UtcMillis) -> UtcMillis {
    let Some(l) = local(tz, t) else { return t };
    if (BUYER_FROM..BUYER_UNTIL).contains(&l.hour()) {
        return t;
    }
    let date = if l.hour() < BUYER_FROM {
        l.date().pred_opt().unwrap_or(l.date())
    } else {
        l.date()
    };
    let evening = date.and_hms_opt(BUYER_UNTIL - 1, rng.gen_range(0..60), rng.gen_range(0..60));
    let back = evening
        .and_then(|n| utc(tz, n))
        .map(|u| u - rng.gen_range(0..150) * MINUTE);
    back.filter(|b| *b <= t).unwrap_or(t)
}

/// `t`, or if the buyer would be asleep then, a moment the next morning.
pub(crate) fn buyer_forward(rng: &mut impl Rng, tz: Tz, t: UtcMillis) -> UtcMillis {
    let Some(l) = local(tz, t) else { return t };
    if (BUYER_FROM..BUYER_UNTIL).contains(&l.hour()) {
        return t;
    }
    let date = if l.hour() >= BUYER_UNTIL {
        l.date().succ_opt().unwrap_or(l.date())
    } else {
        l.date()
    };
    let morning = date.and_hms_opt(BUYER_FROM, rng.gen_range(0..60), rng.gen_range(0..60));
    let fwd = morning
        .and_then(|n| utc(tz, n))
        .map(|u| u + rng.gen_range(0..120) * MINUTE);
    fwd.filter(|f| *f >= t).unwrap_or(t)
}

/// Day number and time of day in Shanghai, and whether that day is a working day.
fn shanghai(t: UtcMillis) -> (i64, i64, bool) {
    let l = t + SHANGHAI_OFFSET;
    let day = l.div_euclid(DAY);
    // 1970-01-01 was a Thursday; (day + 3) mod 7 is 0 on Mondays, 6 on Sundays.
    let working = (day + 3).rem_euclid(7) != 6;
    (day, l.rem_euclid(DAY), working)
}

/// `t`, or if the office is closed then, a moment before the previous closing time.
pub(crate) fn agent_back(rng: &mut impl Rng, t: UtcMillis) -> UtcMillis {
    let (mut day, tod, working) = shanghai(t);
    if working && (OPEN..CLOSE).contains(&tod) {
        return t;
    }
    if !(working && tod >= CLOSE) {
        day -= 1;
        while (day + 3).rem_euclid(7) == 6 {
            day -= 1;
        }
    }
    let back = day * DAY + CLOSE - SHANGHAI_OFFSET - rng.gen_range(1..180) * MINUTE;
    back.min(t)
}

/// `t`, or if the office is closed then, a moment after the next opening time.
pub(crate) fn agent_forward(rng: &mut impl Rng, t: UtcMillis) -> UtcMillis {
    let (mut day, tod, working) = shanghai(t);
    if working && (OPEN..CLOSE).contains(&tod) {
        return t;
    }
    if !(working && tod < OPEN) {
        day += 1;
        while (day + 3).rem_euclid(7) == 6 {
            day += 1;
        }
    }
    let fwd = day * DAY + OPEN - SHANGHAI_OFFSET + rng.gen_range(5..120) * MINUTE;
    fwd.max(t)
}

/// A date as a buyer writing in `bank`'s language reads it, in their zone.
pub(crate) fn format_date(bank: &Bank, tz: Tz, t: UtcMillis) -> String {
    let Some(l) = local(tz, t) else {
        return String::new();
    };
    let month = l.month0() as usize;
    let mut out = String::with_capacity(24);
    let mut rest = bank.date;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        if let Some(tail) = after.strip_prefix("{d}") {
            out.push_str(&l.day().to_string());
            rest = tail;
        } else if let Some(tail) = after.strip_prefix("{m}") {
            out.push_str(bank.months[month]);
            rest = tail;
        } else if let Some(tail) = after.strip_prefix("{n}") {
            out.push_str(&(month + 1).to_string());
            rest = tail;
        } else {
            out.push('{');
            rest = &after[1..];
        }
    }
    out.push_str(rest);
    out
}

/// `YYMMDD` of `t` in `tz` (Shopee order numbers).
pub(crate) fn ymd(tz: Tz, t: UtcMillis) -> String {
    local(tz, t)
        .map(|l| format!("{:02}{:02}{:02}", l.year() % 100, l.month(), l.day()))
        .unwrap_or_default()
}

/// Local hour of `t` in `tz`.
#[cfg(test)]
pub(crate) fn local_hour(tz: Tz, t: UtcMillis) -> u32 {
    local(tz, t).map(|l| l.hour()).unwrap_or(12)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn agent_times_fall_in_shenzhen_business_hours() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
        let start = 1_760_000_000_000;
        for k in 0..500 {
            let t = start + k * 37 * MINUTE;
            for snapped in [agent_back(&mut rng, t), agent_forward(&mut rng, t)] {
                let (_, tod, working) = shanghai(snapped);
                assert!(working && (OPEN..CLOSE).contains(&tod), "{t} -> {snapped}");
            }
        }
    }

    #[test]
    fn buyer_times_fall_in_the_buyers_daytime() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2);
        let tz = zone("America/Los_Angeles");
        let start = 1_760_000_000_000;
        for k in 0..500 {
            let t = start + k * 41 * MINUTE;
            let back = buyer_back(&mut rng, tz, t);
            assert!(back <= t);
            assert!((BUYER_FROM..BUYER_UNTIL).contains(&local_hour(tz, back)));
            let fwd = buyer_forward(&mut rng, tz, t);
            assert!(fwd >= t);
            assert!((BUYER_FROM..BUYER_UNTIL).contains(&local_hour(tz, fwd)));
        }
    }
}
