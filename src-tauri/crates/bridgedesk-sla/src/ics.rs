//! A small iCalendar (RFC 5545) reader for holiday feeds: all-day `VEVENT`s only.
//!
//! Read: folded lines (§3.1, a line starting with a space or tab continues the previous one),
//! `DTSTART;VALUE=DATE:YYYYMMDD` (or a bare 8-digit date), an optional `DTEND` (exclusive, §3.6.1)
//! or `DURATION:PnD`/`PnW`, `SUMMARY` (with §3.3.11 text escapes), `RRULE:FREQ=YEARLY` with
//! `INTERVAL`, `COUNT` and `UNTIL`, and `EXDATE` dates. Timed events (a `DTSTART` with a time)
//! are skipped: a holiday feed's timed entries are not closures. Components other than `VEVENT`
//! (`VTIMEZONE`, `VALARM`) are ignored.
//!
//! A weekend make-up working day (common in Chinese feeds) is recognised by the summary "补班"
//! or "上班", or explicitly by `X-BRIDGEDESK-KIND:working_day|closed|optional`.
//!
//! Malformed input gives an [`IcsError`] with the 1-based line number; nothing here panics.

use crate::error::IcsError;
use crate::holidays::{Holiday, HolidayKind, Provenance};
use chrono::{Datelike, Days, NaiveDate};

/// Longest all-day event accepted, in days (a holiday "event" spanning years is a mistake).
const MAX_EVENT_DAYS: u64 = 366;
/// Most yearly occurrences expanded from one `RRULE`.
const MAX_OCCURRENCES: u32 = 500;

/// Reads the all-day events of an iCalendar text as holidays (provenance `Imported`), sorted by
/// date. Yearly recurring events are expanded up to `expand_until` (inclusive).
pub fn parse_ics(text: &str, expand_until: NaiveDate) -> Result<Vec<Holiday>, IcsError> {
    let mut stack: Vec<(String, usize)> = Vec::new();
    let mut event: Option<EventDraft> = None;
    let mut out = Vec::new();
    for (line_no, line) in unfold(text)? {
        if line.trim().is_empty() {
            continue;
        }
        let (name, params, value) = split_content_line(&line)
            .ok_or_else(|| IcsError::new(line_no, "expected NAME:VALUE (a colon is missing)"))?;
        match name.as_str() {
            "BEGIN" => {
                let component = value.trim().to_ascii_uppercase();
                if component == "VEVENT" {
                    if event.is_some() {
                        return Err(IcsError::new(line_no, "BEGIN:VEVENT inside another VEVENT"));
                    }
                    event = Some(EventDraft::new(line_no));
                }
                stack.push((component, line_no));
            }
            "END" => {
                let component = value.trim().to_ascii_uppercase();
                match stack.pop() {
                    Some((open, _)) if open == component => {}
                    Some((open, open_line)) => {
                        return Err(IcsError::new(
                            line_no,
                            format!(
                                "END:{component} does not close BEGIN:{open} of line {open_line}"
                            ),
                        ))
                    }
                    None => {
                        return Err(IcsError::new(
                            line_no,
                            format!("END:{component} without a BEGIN"),
                        ))
                    }
                }
                if component == "VEVENT" {
                    if let Some(draft) = event.take() {
                        draft.finish(expand_until, &mut out)?;
                    }
                }
            }
            _ => {
                let in_event = stack.last().is_some_and(|(c, _)| c == "VEVENT");
                if let (true, Some(draft)) = (in_event, event.as_mut()) {
                    draft.property(line_no, &name, &params, &value)?;
                }
            }
        }
    }
    if let Some((component, open_line)) = stack.pop() {
        return Err(IcsError::new(
            open_line,
            format!("BEGIN:{component} is never closed (missing END:{component})"),
        ));
    }
    out.sort_by(|a: &Holiday, b| a.date.cmp(&b.date).then_with(|| a.name.cmp(&b.name)));
    Ok(out)
}

/// Joins folded lines; each logical line keeps the number of its first physical line.
fn unfold(text: &str) -> Result<Vec<(usize, String)>, IcsError> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (index, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t']) {
            match lines.last_mut() {
                Some((_, previous)) => previous.push_str(rest),
                None => {
                    return Err(IcsError::new(
                        index + 1,
                        "a continuation line (starting with a space) has nothing to continue",
                    ))
                }
            }
        } else {
            lines.push((index + 1, raw.to_string()));
        }
    }
    Ok(lines)
}

/// Splits `NAME;P1=a;P2="x:y":VALUE` into the upper-cased name, the parameters and the value.
/// A content line: upper-cased name, parameters (name, value), value.
type ContentLine = (String, Vec<(String, String)>, String);

fn split_content_line(line: &str) -> Option<ContentLine> {
    let mut in_quotes = false;
    let mut colon = None;
    for (i, c) in line.char_indices() {
        match c {
            '"' => in_quotes = !in_quotes,
            ':' if !in_quotes => {
                colon = Some(i);
                break;
            }
            _ => {}
        }
    }
    let colon = colon?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let mut parts = head.split(';');
    let name = parts.next()?.trim().to_ascii_uppercase();
    if name.is_empty() {
        return None;
    }
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (
                k.trim().to_ascii_uppercase(),
                v.trim_matches('"').to_string(),
            ),
            None => (p.trim().to_ascii_uppercase(), String::new()),
        })
        .collect();
    Some((name, params, value.to_string()))
}

/// `YYYYMMDD` (the first eight characters of a DATE or DATE-TIME value).
fn parse_date(line: usize, value: &str) -> Result<NaiveDate, IcsError> {
    let v = value.trim();
    let bad = || IcsError::new(line, format!("{v:?} is not a date (expected YYYYMMDD)"));
    let digits = v.get(..8).ok_or_else(bad)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let year = digits[..4].parse().map_err(|_| bad())?;
    let month = digits[4..6].parse().map_err(|_| bad())?;
    let day = digits[6..].parse().map_err(|_| bad())?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad)
}

fn unescape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push(' '),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out.trim().to_string()
}

/// A yearly recurrence: every `interval` years, at most `count` times, not after `until`.
struct Yearly {
    interval: u32,
    count: Option<u32>,
    until: Option<NaiveDate>,
}

fn parse_rrule(line: usize, value: &str, start: Option<NaiveDate>) -> Result<Yearly, IcsError> {
    let mut rule = Yearly {
        interval: 1,
        count: None,
        until: None,
    };
    let mut freq = None;
    for part in value.trim().split(';').filter(|p| !p.is_empty()) {
        let (key, val) = part
            .split_once('=')
            .ok_or_else(|| IcsError::new(line, format!("RRULE part {part:?} has no '='")))?;
        let number = |v: &str| {
            v.parse::<u32>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| IcsError::new(line, format!("RRULE {key}={v} is not a count")))
        };
        match key.to_ascii_uppercase().as_str() {
            "FREQ" => freq = Some(val.to_ascii_uppercase()),
            "INTERVAL" => rule.interval = number(val)?,
            "COUNT" => rule.count = Some(number(val)?),
            "UNTIL" => rule.until = Some(parse_date(line, val)?),
            "BYMONTH" if start.is_some_and(|d| val == d.month().to_string()) => {}
            "BYMONTHDAY" if start.is_some_and(|d| val == d.day().to_string()) => {}
            "WKST" => {}
            other => {
                return Err(IcsError::new(
                    line,
                    format!("unsupported RRULE part {other}={val} (only plain yearly repeats)"),
                ))
            }
        }
    }
    match freq.as_deref() {
        Some("YEARLY") => Ok(rule),
        Some(other) => Err(IcsError::new(
            line,
            format!("unsupported RRULE FREQ={other} (only FREQ=YEARLY)"),
        )),
        None => Err(IcsError::new(line, "RRULE without FREQ")),
    }
}

/// The properties of one `VEVENT` read so far.
struct EventDraft {
    begin_line: usize,
    start: Option<NaiveDate>,
    timed: bool,
    end: Option<(usize, NaiveDate)>,
    days: Option<u64>,
    summary: String,
    kind: Option<HolidayKind>,
    rrule: Option<(usize, String)>,
    exdates: Vec<NaiveDate>,
}

impl EventDraft {
    fn new(begin_line: usize) -> Self {
        Self {
            begin_line,
            start: None,
            timed: false,
            end: None,
            days: None,
            summary: String::new(),
            kind: None,
            rrule: None,
            exdates: Vec::new(),
        }
    }

    fn property(
        &mut self,
        line: usize,
        name: &str,
        params: &[(String, String)],
        value: &str,
    ) -> Result<(), IcsError> {
        let is_date_param = params
            .iter()
            .any(|(k, v)| k == "VALUE" && v.eq_ignore_ascii_case("DATE"));
        let has_time = value.contains(['T', 't']);
        match name {
            "DTSTART" => {
                if self.start.is_some() || self.timed {
                    return Err(IcsError::new(line, "a second DTSTART in one VEVENT"));
                }
                if has_time && !is_date_param {
                    self.timed = true;
                } else {
                    self.start = Some(parse_date(line, value)?);
                }
            }
            "DTEND" if !has_time || is_date_param => {
                self.end = Some((line, parse_date(line, value)?));
            }
            "DURATION" => {
                let v = value.trim().to_ascii_uppercase();
                let parsed = v
                    .strip_prefix('P')
                    .and_then(|rest| match rest.strip_suffix('W') {
                        Some(w) => w.parse::<u64>().ok().map(|w| w * 7),
                        None => rest.strip_suffix('D')?.parse::<u64>().ok(),
                    });
                self.days = Some(parsed.ok_or_else(|| {
                    IcsError::new(
                        line,
                        format!("DURATION {v:?} is not whole days (PnD or PnW)"),
                    )
                })?);
            }
            "SUMMARY" => self.summary = unescape_text(value),
            "RRULE" => self.rrule = Some((line, value.to_string())),
            "EXDATE" => {
                for v in value.split(',').filter(|v| !v.trim().is_empty()) {
                    self.exdates.push(parse_date(line, v)?);
                }
            }
            "X-BRIDGEDESK-KIND" => {
                self.kind = Some(match value.trim().to_ascii_lowercase().as_str() {
                    "closed" => HolidayKind::Closed,
                    "working_day" => HolidayKind::WorkingDay,
                    "optional" => HolidayKind::Optional,
                    other => {
                        return Err(IcsError::new(
                            line,
                            format!("X-BRIDGEDESK-KIND {other:?} (expected closed, working_day or optional)"),
                        ))
                    }
                });
            }
            _ => {}
        }
        Ok(())
    }

    fn finish(self, expand_until: NaiveDate, out: &mut Vec<Holiday>) -> Result<(), IcsError> {
        if self.timed {
            return Ok(());
        }
        let start = self
            .start
            .ok_or_else(|| IcsError::new(self.begin_line, "VEVENT without DTSTART"))?;
        let days = match (self.end, self.days) {
            (Some((line, end)), _) => {
                let days = (end - start).num_days();
                if days <= 0 {
                    return Err(IcsError::new(line, "DTEND is not after DTSTART"));
                }
                days as u64
            }
            (None, Some(days)) => days.max(1),
            (None, None) => 1,
        };
        if days > MAX_EVENT_DAYS {
            return Err(IcsError::new(
                self.begin_line,
                format!("an all-day event of {days} days is too long for a holiday"),
            ));
        }
        let starts = match &self.rrule {
            None => vec![start],
            Some((line, rule)) => {
                let rule = parse_rrule(*line, rule, Some(start))?;
                yearly_occurrences(start, &rule, expand_until)
            }
        };
        let summary = if self.summary.is_empty() {
            "Holiday".to_string()
        } else {
            self.summary
        };
        let kind = self
            .kind
            .unwrap_or(if summary.contains("补班") || summary.contains("上班") {
                HolidayKind::WorkingDay
            } else {
                HolidayKind::Closed
            });
        for first in starts.into_iter().filter(|d| !self.exdates.contains(d)) {
            for offset in 0..days {
                if let Some(date) = first.checked_add_days(Days::new(offset)) {
                    out.push(Holiday {
                        date,
                        name: summary.clone(),
                        kind,
                        provenance: Provenance::Imported,
                    });
                }
            }
        }
        Ok(())
    }
}

fn yearly_occurrences(start: NaiveDate, rule: &Yearly, expand_until: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut emitted = 0;
    for k in 0..MAX_OCCURRENCES {
        let Some(year) = i32::try_from(u64::from(k) * u64::from(rule.interval))
            .ok()
            .and_then(|step| start.year().checked_add(step))
        else {
            break;
        };
        // A 29 February start only recurs in leap years (RFC 5545 §3.3.10: invalid dates are
        // ignored and not counted).
        let Some(date) = NaiveDate::from_ymd_opt(year, start.month(), start.day()) else {
            continue;
        };
        if date > expand_until || rule.until.is_some_and(|u| date > u) {
            break;
        }
        if rule.count.is_some_and(|c| emitted >= c) {
            break;
        }
        out.push(date);
        emitted += 1;
    }
    out
}
