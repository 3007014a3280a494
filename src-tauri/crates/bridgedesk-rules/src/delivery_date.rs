//! Dates in the buyer's own words: an instant shown as a calendar date in the buyer's time zone,
//! written the way each template language writes dates ("5 de marzo de 2026", "2026年3月5日").

use crate::error::TemplateError;
use bridgedesk_model::UtcMillis;
use chrono::{DateTime, Datelike};
use chrono_tz::Tz;

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_PT: [&str; 12] = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
];
const MONTHS_AR: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// The calendar date of `at` in `time_zone` (IANA), written for `language` (BCP 47; unknown
/// languages get ISO 8601 `2026-03-05`).
pub fn format_delivery_date(
    at: UtcMillis,
    time_zone: &str,
    language: &str,
) -> Result<String, TemplateError> {
    let zone: Tz = time_zone
        .parse()
        .map_err(|_| TemplateError::UnknownTimeZone {
            time_zone: time_zone.to_owned(),
        })?;
    let utc = DateTime::from_timestamp_millis(at).ok_or_else(|| TemplateError::Format {
        template_id: String::new(),
        language: language.to_owned(),
    })?;
    let local = utc.with_timezone(&zone);
    let (y, m, d) = (local.year(), local.month0() as usize, local.day());
    let primary = language.split(['-', '_']).next().unwrap_or("");
    Ok(match primary {
        "en" => format!("{} {d}, {y}", MONTHS_EN[m]),
        "es" => format!("{d} de {} de {y}", MONTHS_ES[m]),
        "de" => format!("{d}. {} {y}", MONTHS_DE[m]),
        "fr" => format!("{d} {} {y}", MONTHS_FR[m]),
        "pt" => format!("{d} de {} de {y}", MONTHS_PT[m]),
        "ja" | "zh" => format!("{y}年{}月{d}日", m + 1),
        "ar" => format!("{d} {} {y}", MONTHS_AR[m]),
        _ => format!("{y:04}-{:02}-{d:02}", m + 1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2026-03-05T23:30:00Z: still the 5th in New York, already the 6th in Shanghai.
    const LATE_ON_THE_FIFTH_UTC: UtcMillis = 1_772_753_400_000;

    #[test]
    fn delivery_date_is_the_buyers_calendar_day() {
        assert_eq!(
            format_delivery_date(LATE_ON_THE_FIFTH_UTC, "America/New_York", "en-US").unwrap(),
            "March 5, 2026"
        );
        assert_eq!(
            format_delivery_date(LATE_ON_THE_FIFTH_UTC, "Asia/Shanghai", "zh").unwrap(),
            "2026年3月6日"
        );
        assert_eq!(
            format_delivery_date(LATE_ON_THE_FIFTH_UTC, "Europe/Madrid", "es").unwrap(),
            "6 de marzo de 2026"
        );
        assert_eq!(
            format_delivery_date(LATE_ON_THE_FIFTH_UTC, "Europe/Berlin", "de").unwrap(),
            "6. März 2026"
        );
        assert_eq!(
            format_delivery_date(LATE_ON_THE_FIFTH_UTC, "UTC", "ko").unwrap(),
            "2026-03-05"
        );
    }

    #[test]
    fn unknown_time_zone_is_an_error_with_a_code() {
        let err = format_delivery_date(0, "Mars/Olympus", "en").unwrap_err();
        assert_eq!(err.code(), "template.unknown_time_zone");
    }
}
