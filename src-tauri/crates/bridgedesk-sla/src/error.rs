//! Errors that callers match on: a calendar that cannot be built, a policy that refers to a
//! calendar that does not exist, an iCalendar file that cannot be read (with its line number).

use thiserror::Error;

/// Why a business calendar could not be built from its settings.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CalendarError {
    /// The zone is not an IANA time-zone name known to the bundled tz database.
    #[error("unknown time zone {0:?} (expected an IANA name such as \"Asia/Shanghai\")")]
    UnknownZone(String),
    /// An interval is not written as `HH:MM-HH:MM`.
    #[error("bad opening interval {0:?} (expected HH:MM-HH:MM, e.g. 09:00-12:30 or 22:00-02:00)")]
    BadInterval(String),
    /// A weekday name is not one of Mon … Sun.
    #[error("bad weekday {0:?} (expected mon, tue, wed, thu, fri, sat or sun)")]
    BadWeekday(String),
}

/// Why a policy set cannot be used with the given calendars.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PolicyError {
    /// A target counts business time on a calendar that is not in the calendar set.
    #[error("policy {policy:?} refers to unknown calendar {calendar:?}")]
    UnknownCalendar {
        /// The policy id.
        policy: String,
        /// The missing calendar id.
        calendar: String,
    },
    /// A target duration is negative.
    #[error("policy {policy:?} has a negative target")]
    NegativeTarget {
        /// The policy id.
        policy: String,
    },
}

/// Why an iCalendar text could not be imported; `line` is 1-based in the original (unfolded)
/// text, so a person can find it in an editor.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {message}")]
pub struct IcsError {
    /// 1-based line number in the input.
    pub line: usize,
    /// What is wrong there, in English (the UI maps the line number into its own message).
    pub message: String,
}

impl IcsError {
    pub(crate) fn new(line: usize, message: impl Into<String>) -> Self {
        Self {
            line,
            message: message.into(),
        }
    }
}
