//! The built-in holiday dates, as data.
//!
//! Sources and rules:
//! - **China 2026**: the State Council General Office's notice on the 2026 holiday arrangements
//!   (published November 2025, under the 2024 revision of the national holiday regulation that
//!   gives the Spring Festival four statutory days and Labour Day two). Closed days and the
//!   weekend "上班" make-up working days are copied from it (`PublishedSchedule`).
//! - **China 2027**: the notice is published only late in 2026. Listed are the statutory days
//!   alone (元旦 1, 春节 除夕–初三, 清明, 劳动节 2, 端午, 中秋, 国庆 3), dated from the lunar
//!   calendar (`Provisional`): the published schedule will add bridge days and make-up working
//!   days. Replace them by importing the official schedule (.ics) once it is out. A statutory
//!   day that falls on a weekend is made up on the next working day (补假, article 6 of the
//!   regulation), so those substitute days are listed as well (also `Provisional`).
//! - **Cross-check** (November 2026): both years were compared with the Python `holidays`
//!   package 0.109 (<https://pypi.org/project/holidays/>, `holidays.China`, which encodes the
//!   2026 notice's days off and its `weekend_workdays`). 2026 agreed on every day off and on
//!   the six make-up working days (01-04, 02-14, 02-28, 05-09, 09-20, 10-10); for 2027 the
//!   weekend substitutes (02-09, 02-10, 05-03, 05-04, 10-04, 10-05) were missing here and
//!   were added. `china_holidays_match_the_pypi_holidays_cross_check` pins the comparison.
//! - **United States**: federal holidays of 5 U.S.C. 6103; a holiday on a Saturday is observed
//!   on the Friday before, on a Sunday on the Monday after (Executive Order 11582, as applied
//!   by OPM). New Year's Day 2028 falls on a Saturday, so it is observed on Fri 2027-12-31.
//! - **Germany**: the nine nationwide holidays (Neujahr, Karfreitag, Ostermontag, Tag der Arbeit,
//!   Christi Himmelfahrt, Pfingstmontag, Tag der Deutschen Einheit, 1. and 2. Weihnachtstag).
//!   Easter Sunday: 2026-04-05, 2027-03-28. State holidays (e.g. Heilige Drei Könige) are not
//!   included; add them as overrides or import an .ics.
//! - **Brazil**: national holidays of Lei 662/1949, Lei 6.802/1980 (Aparecida), Lei 14.759/2023
//!   (Consciência Negra, national since 2024), and Sexta-feira da Paixão; carnival Monday and
//!   Tuesday and Corpus Christi are federal *pontos facultativos* (`Optional`).

use super::HolidayKind::{self, Closed, Optional, WorkingDay};
use super::HolidayRegion::{self, Brazil, China, Germany, UnitedStates};
use super::Provenance::{self, Provisional, PublishedSchedule, Statutory};

type Entry = (
    HolidayRegion,
    i32,
    u32,
    u32,
    &'static str,
    HolidayKind,
    Provenance,
);

const NEW_YEAR_CN: &str = "New Year's Day (元旦)";
const SPRING_CN: &str = "Spring Festival (春节)";
const QINGMING: &str = "Qingming Festival (清明节)";
const LABOUR_CN: &str = "Labour Day (劳动节)";
const DRAGON: &str = "Dragon Boat Festival (端午节)";
const MID_AUTUMN: &str = "Mid-Autumn Festival (中秋节)";
const NATIONAL_CN: &str = "National Day (国庆节)";
const MAKEUP: &str = "Adjusted working day (调休上班)";

#[rustfmt::skip]
pub(super) const ENTRIES: &[Entry] = &[
    // ---- China 2026: State Council schedule ----
    (China, 2026, 1, 1, NEW_YEAR_CN, Closed, PublishedSchedule),
    (China, 2026, 1, 2, NEW_YEAR_CN, Closed, PublishedSchedule),
    (China, 2026, 1, 3, NEW_YEAR_CN, Closed, PublishedSchedule),
    (China, 2026, 1, 4, MAKEUP, WorkingDay, PublishedSchedule), // Sunday
    (China, 2026, 2, 14, MAKEUP, WorkingDay, PublishedSchedule), // Saturday
    (China, 2026, 2, 15, SPRING_CN, Closed, PublishedSchedule), // 腊月二十八
    (China, 2026, 2, 16, SPRING_CN, Closed, PublishedSchedule), // 除夕
    (China, 2026, 2, 17, SPRING_CN, Closed, PublishedSchedule), // 正月初一
    (China, 2026, 2, 18, SPRING_CN, Closed, PublishedSchedule),
    (China, 2026, 2, 19, SPRING_CN, Closed, PublishedSchedule),
    (China, 2026, 2, 20, SPRING_CN, Closed, PublishedSchedule),
    (China, 2026, 2, 21, SPRING_CN, Closed, PublishedSchedule),
    (China, 2026, 2, 22, SPRING_CN, Closed, PublishedSchedule),
    (China, 2026, 2, 23, SPRING_CN, Closed, PublishedSchedule), // 正月初七
    (China, 2026, 2, 28, MAKEUP, WorkingDay, PublishedSchedule), // Saturday
    (China, 2026, 4, 4, QINGMING, Closed, PublishedSchedule),
    (China, 2026, 4, 5, QINGMING, Closed, PublishedSchedule),
    (China, 2026, 4, 6, QINGMING, Closed, PublishedSchedule),
    (China, 2026, 5, 1, LABOUR_CN, Closed, PublishedSchedule),
    (China, 2026, 5, 2, LABOUR_CN, Closed, PublishedSchedule),
    (China, 2026, 5, 3, LABOUR_CN, Closed, PublishedSchedule),
    (China, 2026, 5, 4, LABOUR_CN, Closed, PublishedSchedule),
    (China, 2026, 5, 5, LABOUR_CN, Closed, PublishedSchedule),
    (China, 2026, 5, 9, MAKEUP, WorkingDay, PublishedSchedule), // Saturday
    (China, 2026, 6, 19, DRAGON, Closed, PublishedSchedule),
    (China, 2026, 6, 20, DRAGON, Closed, PublishedSchedule),
    (China, 2026, 6, 21, DRAGON, Closed, PublishedSchedule),
    (China, 2026, 9, 20, MAKEUP, WorkingDay, PublishedSchedule), // Sunday
    (China, 2026, 9, 25, MID_AUTUMN, Closed, PublishedSchedule),
    (China, 2026, 9, 26, MID_AUTUMN, Closed, PublishedSchedule),
    (China, 2026, 9, 27, MID_AUTUMN, Closed, PublishedSchedule),
    (China, 2026, 10, 1, NATIONAL_CN, Closed, PublishedSchedule),
    (China, 2026, 10, 2, NATIONAL_CN, Closed, PublishedSchedule),
    (China, 2026, 10, 3, NATIONAL_CN, Closed, PublishedSchedule),
    (China, 2026, 10, 4, NATIONAL_CN, Closed, PublishedSchedule),
    (China, 2026, 10, 5, NATIONAL_CN, Closed, PublishedSchedule),
    (China, 2026, 10, 6, NATIONAL_CN, Closed, PublishedSchedule),
    (China, 2026, 10, 7, NATIONAL_CN, Closed, PublishedSchedule),
    (China, 2026, 10, 10, MAKEUP, WorkingDay, PublishedSchedule), // Saturday
    // ---- China 2027: statutory days only, schedule not yet published ----
    (China, 2027, 1, 1, NEW_YEAR_CN, Closed, Provisional),
    (China, 2027, 2, 5, SPRING_CN, Closed, Provisional), // 除夕
    (China, 2027, 2, 6, SPRING_CN, Closed, Provisional), // 正月初一
    (China, 2027, 2, 7, SPRING_CN, Closed, Provisional),
    (China, 2027, 2, 8, SPRING_CN, Closed, Provisional),
    (China, 2027, 2, 9, SPRING_CN, Closed, Provisional), // for Sat 02-06
    (China, 2027, 2, 10, SPRING_CN, Closed, Provisional), // for Sun 02-07
    (China, 2027, 4, 5, QINGMING, Closed, Provisional),
    (China, 2027, 5, 1, LABOUR_CN, Closed, Provisional),
    (China, 2027, 5, 2, LABOUR_CN, Closed, Provisional),
    (China, 2027, 5, 3, LABOUR_CN, Closed, Provisional), // for Sat 05-01
    (China, 2027, 5, 4, LABOUR_CN, Closed, Provisional), // for Sun 05-02
    (China, 2027, 6, 9, DRAGON, Closed, Provisional),
    (China, 2027, 9, 15, MID_AUTUMN, Closed, Provisional),
    (China, 2027, 10, 1, NATIONAL_CN, Closed, Provisional),
    (China, 2027, 10, 2, NATIONAL_CN, Closed, Provisional),
    (China, 2027, 10, 3, NATIONAL_CN, Closed, Provisional),
    (China, 2027, 10, 4, NATIONAL_CN, Closed, Provisional), // for Sat 10-02
    (China, 2027, 10, 5, NATIONAL_CN, Closed, Provisional), // for Sun 10-03
    // ---- United States: federal holidays (observed dates) ----
    (UnitedStates, 2026, 1, 1, "New Year's Day", Closed, Statutory),
    (UnitedStates, 2026, 1, 19, "Birthday of Martin Luther King, Jr.", Closed, Statutory),
    (UnitedStates, 2026, 2, 16, "Washington's Birthday", Closed, Statutory),
    (UnitedStates, 2026, 5, 25, "Memorial Day", Closed, Statutory),
    (UnitedStates, 2026, 6, 19, "Juneteenth National Independence Day", Closed, Statutory),
    (UnitedStates, 2026, 7, 3, "Independence Day (observed)", Closed, Statutory),
    (UnitedStates, 2026, 9, 7, "Labor Day", Closed, Statutory),
    (UnitedStates, 2026, 10, 12, "Columbus Day", Closed, Statutory),
    (UnitedStates, 2026, 11, 11, "Veterans Day", Closed, Statutory),
    (UnitedStates, 2026, 11, 26, "Thanksgiving Day", Closed, Statutory),
    (UnitedStates, 2026, 12, 25, "Christmas Day", Closed, Statutory),
    (UnitedStates, 2027, 1, 1, "New Year's Day", Closed, Statutory),
    (UnitedStates, 2027, 1, 18, "Birthday of Martin Luther King, Jr.", Closed, Statutory),
    (UnitedStates, 2027, 2, 15, "Washington's Birthday", Closed, Statutory),
    (UnitedStates, 2027, 5, 31, "Memorial Day", Closed, Statutory),
    (UnitedStates, 2027, 6, 18, "Juneteenth National Independence Day (observed)", Closed, Statutory),
    (UnitedStates, 2027, 7, 5, "Independence Day (observed)", Closed, Statutory),
    (UnitedStates, 2027, 9, 6, "Labor Day", Closed, Statutory),
    (UnitedStates, 2027, 10, 11, "Columbus Day", Closed, Statutory),
    (UnitedStates, 2027, 11, 11, "Veterans Day", Closed, Statutory),
    (UnitedStates, 2027, 11, 25, "Thanksgiving Day", Closed, Statutory),
    (UnitedStates, 2027, 12, 24, "Christmas Day (observed)", Closed, Statutory),
    (UnitedStates, 2027, 12, 31, "New Year's Day 2028 (observed)", Closed, Statutory),
    // ---- Germany: nationwide holidays ----
    (Germany, 2026, 1, 1, "New Year's Day (Neujahr)", Closed, Statutory),
    (Germany, 2026, 4, 3, "Good Friday (Karfreitag)", Closed, Statutory),
    (Germany, 2026, 4, 6, "Easter Monday (Ostermontag)", Closed, Statutory),
    (Germany, 2026, 5, 1, "Labour Day (Tag der Arbeit)", Closed, Statutory),
    (Germany, 2026, 5, 14, "Ascension Day (Christi Himmelfahrt)", Closed, Statutory),
    (Germany, 2026, 5, 25, "Whit Monday (Pfingstmontag)", Closed, Statutory),
    (Germany, 2026, 10, 3, "German Unity Day (Tag der Deutschen Einheit)", Closed, Statutory),
    (Germany, 2026, 12, 25, "Christmas Day (1. Weihnachtstag)", Closed, Statutory),
    (Germany, 2026, 12, 26, "St Stephen's Day (2. Weihnachtstag)", Closed, Statutory),
    (Germany, 2027, 1, 1, "New Year's Day (Neujahr)", Closed, Statutory),
    (Germany, 2027, 3, 26, "Good Friday (Karfreitag)", Closed, Statutory),
    (Germany, 2027, 3, 29, "Easter Monday (Ostermontag)", Closed, Statutory),
    (Germany, 2027, 5, 1, "Labour Day (Tag der Arbeit)", Closed, Statutory),
    (Germany, 2027, 5, 6, "Ascension Day (Christi Himmelfahrt)", Closed, Statutory),
    (Germany, 2027, 5, 17, "Whit Monday (Pfingstmontag)", Closed, Statutory),
    (Germany, 2027, 10, 3, "German Unity Day (Tag der Deutschen Einheit)", Closed, Statutory),
    (Germany, 2027, 12, 25, "Christmas Day (1. Weihnachtstag)", Closed, Statutory),
    (Germany, 2027, 12, 26, "St Stephen's Day (2. Weihnachtstag)", Closed, Statutory),
    // ---- Brazil: national holidays and federal optional days ----
    (Brazil, 2026, 1, 1, "Universal Fraternization (Confraternização Universal)", Closed, Statutory),
    (Brazil, 2026, 2, 16, "Carnival Monday (Carnaval)", Optional, Statutory),
    (Brazil, 2026, 2, 17, "Carnival Tuesday (Carnaval)", Optional, Statutory),
    (Brazil, 2026, 4, 3, "Good Friday (Sexta-feira da Paixão)", Closed, Statutory),
    (Brazil, 2026, 4, 21, "Tiradentes", Closed, Statutory),
    (Brazil, 2026, 5, 1, "Labour Day (Dia do Trabalho)", Closed, Statutory),
    (Brazil, 2026, 6, 4, "Corpus Christi", Optional, Statutory),
    (Brazil, 2026, 9, 7, "Independence Day (Independência do Brasil)", Closed, Statutory),
    (Brazil, 2026, 10, 12, "Our Lady of Aparecida (Nossa Senhora Aparecida)", Closed, Statutory),
    (Brazil, 2026, 11, 2, "All Souls' Day (Finados)", Closed, Statutory),
    (Brazil, 2026, 11, 15, "Republic Proclamation Day (Proclamação da República)", Closed, Statutory),
    (Brazil, 2026, 11, 20, "Black Consciousness Day (Dia da Consciência Negra)", Closed, Statutory),
    (Brazil, 2026, 12, 25, "Christmas (Natal)", Closed, Statutory),
    (Brazil, 2027, 1, 1, "Universal Fraternization (Confraternização Universal)", Closed, Statutory),
    (Brazil, 2027, 2, 8, "Carnival Monday (Carnaval)", Optional, Statutory),
    (Brazil, 2027, 2, 9, "Carnival Tuesday (Carnaval)", Optional, Statutory),
    (Brazil, 2027, 3, 26, "Good Friday (Sexta-feira da Paixão)", Closed, Statutory),
    (Brazil, 2027, 4, 21, "Tiradentes", Closed, Statutory),
    (Brazil, 2027, 5, 1, "Labour Day (Dia do Trabalho)", Closed, Statutory),
    (Brazil, 2027, 5, 27, "Corpus Christi", Optional, Statutory),
    (Brazil, 2027, 9, 7, "Independence Day (Independência do Brasil)", Closed, Statutory),
    (Brazil, 2027, 10, 12, "Our Lady of Aparecida (Nossa Senhora Aparecida)", Closed, Statutory),
    (Brazil, 2027, 11, 2, "All Souls' Day (Finados)", Closed, Statutory),
    (Brazil, 2027, 11, 15, "Republic Proclamation Day (Proclamação da República)", Closed, Statutory),
    (Brazil, 2027, 11, 20, "Black Consciousness Day (Dia da Consciência Negra)", Closed, Statutory),
    (Brazil, 2027, 12, 25, "Christmas (Natal)", Closed, Statutory),
];
