//! Buyers' countries: IANA zones, the currency a web shop shows them, and the mail providers
//! they use.

/// A buyer's country.
pub(crate) struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    /// IANA zones people there live in, most populous first.
    pub zones: &'static [&'static str],
    /// ISO 4217 currency of the country (web-shop presentment currency).
    pub currency: &'static str,
    /// Mail providers people there use.
    pub mail: &'static [&'static str],
}

const fn c(
    code: &'static str,
    zones: &'static [&'static str],
    currency: &'static str,
    mail: &'static [&'static str],
) -> Country {
    Country {
        code,
        zones,
        currency,
        mail,
    }
}

/// Every buyer country.
pub(crate) static COUNTRIES: [Country; 18] = [
    c(
        "US",
        &[
            "America/New_York",
            "America/Chicago",
            "America/Los_Angeles",
            "America/Denver",
            "America/Phoenix",
        ],
        "USD",
        &[
            "gmail.com",
            "yahoo.com",
            "outlook.com",
            "icloud.com",
            "hotmail.com",
        ],
    ),
    c(
        "CA",
        &["America/Toronto", "America/Vancouver", "America/Edmonton"],
        "CAD",
        &["gmail.com", "hotmail.ca", "videotron.ca", "rogers.com"],
    ),
    c(
        "MX",
        &[
            "America/Mexico_City",
            "America/Monterrey",
            "America/Tijuana",
            "America/Cancun",
        ],
        "MXN",
        &["gmail.com", "hotmail.com", "outlook.com", "prodigy.net.mx"],
    ),
    c(
        "ES",
        &["Europe/Madrid", "Atlantic/Canary"],
        "EUR",
        &["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    ),
    c(
        "DE",
        &["Europe/Berlin"],
        "EUR",
        &["gmx.de", "web.de", "t-online.de", "gmail.com"],
    ),
    c(
        "AT",
        &["Europe/Vienna"],
        "EUR",
        &["gmx.at", "aon.at", "gmail.com"],
    ),
    c(
        "FR",
        &["Europe/Paris"],
        "EUR",
        &["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    ),
    c(
        "BR",
        &["America/Sao_Paulo", "America/Recife", "America/Manaus"],
        "BRL",
        &["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    ),
    c(
        "PT",
        &["Europe/Lisbon"],
        "EUR",
        &["gmail.com", "sapo.pt", "hotmail.com"],
    ),
    c(
        "RU",
        &[
            "Europe/Moscow",
            "Asia/Yekaterinburg",
            "Asia/Novosibirsk",
            "Europe/Samara",
            "Asia/Vladivostok",
        ],
        "USD",
        &["mail.ru", "yandex.ru", "gmail.com", "bk.ru"],
    ),
    c(
        "JP",
        &["Asia/Tokyo"],
        "JPY",
        &["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"],
    ),
    c(
        "SA",
        &["Asia/Riyadh"],
        "SAR",
        &["gmail.com", "hotmail.com", "outlook.sa"],
    ),
    c(
        "AE",
        &["Asia/Dubai"],
        "AED",
        &["gmail.com", "emirates.net.ae", "hotmail.com"],
    ),
    c(
        "SG",
        &["Asia/Singapore"],
        "SGD",
        &["gmail.com", "singnet.com.sg", "yahoo.com.sg"],
    ),
    c(
        "MY",
        &["Asia/Kuala_Lumpur", "Asia/Kuching"],
        "MYR",
        &["gmail.com", "yahoo.com.my", "hotmail.com"],
    ),
    c(
        "PH",
        &["Asia/Manila"],
        "PHP",
        &["gmail.com", "yahoo.com", "outlook.ph"],
    ),
    c(
        "GB",
        &["Europe/London"],
        "GBP",
        &[
            "gmail.com",
            "hotmail.co.uk",
            "btinternet.com",
            "outlook.com",
        ],
    ),
    c(
        "AU",
        &[
            "Australia/Sydney",
            "Australia/Melbourne",
            "Australia/Brisbane",
            "Australia/Perth",
        ],
        "AUD",
        &["gmail.com", "bigpond.com", "outlook.com.au"],
    ),
];

/// The country with this code (the United States for an unknown one).
pub(crate) fn country(code: &str) -> &'static Country {
    COUNTRIES
        .iter()
        .find(|c| c.code == code)
        .unwrap_or(&COUNTRIES[0])
}
