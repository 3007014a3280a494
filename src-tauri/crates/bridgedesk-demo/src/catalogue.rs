//! The seller's catalogue: Shenzhen Brightway Electronics' listings with SKUs, titles, base
//! prices, and the devices buyers ask about; plus prices in each site's currency.

/// A product kind. The discriminant indexes `phrases::Bank::nouns`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Charger,
    Cable,
    Earbuds,
    Case,
    LedStrip,
    Watch,
    Band,
    PowerBank,
    Hub,
    Adapter,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 10] = [
        Kind::Charger,
        Kind::Cable,
        Kind::Earbuds,
        Kind::Case,
        Kind::LedStrip,
        Kind::Watch,
        Kind::Band,
        Kind::PowerBank,
        Kind::Hub,
        Kind::Adapter,
    ];
}

/// One listing.
pub(crate) struct Product {
    pub sku: &'static str,
    pub title: &'static str,
    pub kind: Kind,
    /// Base price in US cents.
    pub usd_cents: i64,
    /// Devices buyers ask about with this product.
    pub devices: &'static [&'static str],
}

const fn p(
    sku: &'static str,
    title: &'static str,
    kind: Kind,
    usd_cents: i64,
    devices: &'static [&'static str],
) -> Product {
    Product {
        sku,
        title,
        kind,
        usd_cents,
        devices,
    }
}

/// The catalogue.
pub(crate) static PRODUCTS: [Product; 16] = [
    p(
        "BW-GAN65-3P",
        "65W GaN USB-C Charger, 3-Port PD 3.0 Fast Wall Charger",
        Kind::Charger,
        2999,
        &[
            "MacBook Air M2",
            "iPhone 15 Pro",
            "Samsung Galaxy S24",
            "Nintendo Switch",
            "Dell XPS 13",
        ],
    ),
    p(
        "BW-GAN30-1C",
        "30W USB-C Mini Charger, PD Fast Charging",
        Kind::Charger,
        1599,
        &[
            "iPhone 15",
            "Google Pixel 8",
            "iPad Air",
            "Samsung Galaxy A54",
        ],
    ),
    p(
        "BW-CBL-CC100-2M",
        "USB-C to USB-C Cable 100W, 2 m, Nylon Braided",
        Kind::Cable,
        999,
        &[
            "MacBook Pro 14",
            "Samsung Galaxy S24 Ultra",
            "iPad Pro",
            "Steam Deck",
        ],
    ),
    p(
        "BW-CBL-CL-1M",
        "USB-C to Lightning Cable, MFi Certified, 1 m",
        Kind::Cable,
        1199,
        &["iPhone 14", "iPhone 13", "AirPods Pro"],
    ),
    p(
        "BW-EB-A40",
        "AirBeat A40 Wireless Earbuds, ANC, Bluetooth 5.3",
        Kind::Earbuds,
        3999,
        &["iPhone 15", "Samsung Galaxy S23", "Xiaomi 13", "Windows 11"],
    ),
    p(
        "BW-EB-S10",
        "SportFit S10 Open-Ear Sports Earbuds",
        Kind::Earbuds,
        2499,
        &["iPhone 15", "Google Pixel 8", "Huawei P60"],
    ),
    p(
        "BW-CASE-IP15P",
        "Shockproof Clear MagSafe Case for iPhone 15 Pro",
        Kind::Case,
        1299,
        &["iPhone 15 Pro"],
    ),
    p(
        "BW-CASE-S24U",
        "Rugged Armor Case for Samsung Galaxy S24 Ultra",
        Kind::Case,
        1499,
        &["Samsung Galaxy S24 Ultra"],
    ),
    p(
        "BW-LED-5M-RGB",
        "5 m RGB LED Strip Lights with Remote and App Control",
        Kind::LedStrip,
        1999,
        &["Amazon Echo", "Google Home", "iPhone 15"],
    ),
    p(
        "BW-LED-10M-WIFI",
        "10 m Wi-Fi Smart LED Strip, Works with Alexa and Google Home",
        Kind::LedStrip,
        3299,
        &["Amazon Echo Dot", "Google Nest Mini"],
    ),
    p(
        "BW-SW-W7",
        "PulseFit W7 Smart Watch, 1.85\" AMOLED, Heart Rate, SpO2, IP68",
        Kind::Watch,
        4999,
        &["iPhone 15", "Samsung Galaxy S24", "Xiaomi Redmi Note 13"],
    ),
    p(
        "BW-SW-BAND22",
        "PulseFit Silicone Sport Band 22 mm, Quick Release",
        Kind::Band,
        799,
        &["PulseFit W7", "Samsung Galaxy Watch 6", "Huawei Watch GT 4"],
    ),
    p(
        "BW-PB-20K",
        "20000 mAh Power Bank, 22.5W PD Fast Charging",
        Kind::PowerBank,
        2799,
        &["iPhone 15", "Samsung Galaxy S24", "Nintendo Switch"],
    ),
    p(
        "BW-PB-10K-MAG",
        "10000 mAh Magnetic Wireless Power Bank for MagSafe",
        Kind::PowerBank,
        2999,
        &["iPhone 15 Pro", "iPhone 14"],
    ),
    p(
        "BW-HUB-7IN1",
        "7-in-1 USB-C Hub, 4K HDMI, 100W PD, SD Card Reader",
        Kind::Hub,
        3499,
        &[
            "MacBook Air M2",
            "iPad Pro",
            "Steam Deck",
            "Lenovo ThinkPad X1",
        ],
    ),
    p(
        "BW-ADP-UNI65",
        "Universal Travel Adapter, 2 USB-C + 2 USB-A, 65W",
        Kind::Adapter,
        2199,
        &["MacBook Air M2", "iPhone 15", "Samsung Galaxy S24"],
    ),
];

/// Indexes of the products of one kind.
pub(crate) fn products_of(kind: Kind) -> impl Iterator<Item = usize> {
    PRODUCTS
        .iter()
        .enumerate()
        .filter(move |(_, p)| p.kind == kind)
        .map(|(i, _)| i)
}

/// Decimal places of an ISO 4217 currency's minor unit (JPY has none).
pub fn minor_digits(currency: &str) -> u32 {
    match currency {
        "JPY" | "KRW" | "VND" | "CLP" => 0,
        _ => 2,
    }
}

/// Units of `currency` per US dollar, in thousandths.
fn rate_milli(currency: &str) -> i64 {
    match currency {
        "EUR" => 920,
        "GBP" => 790,
        "MXN" => 17_500,
        "BRL" => 5_400,
        "JPY" => 150_000,
        "SGD" => 1_350,
        "MYR" => 4_700,
        "PHP" => 56_000,
        "SAR" => 3_750,
        "AED" => 3_670,
        "AUD" => 1_520,
        "CAD" => 1_360,
        "TWD" => 32_000,
        _ => 1_000,
    }
}

/// An amount in minor units of `currency` as US cents, at the demo's reference rates (customer
/// grading sums orders across sites with it until a rates source exists).
pub fn usd_cents(amount_minor: i64, currency: &str) -> i64 {
    let scale = 10_i64.pow(2_u32.saturating_sub(minor_digits(currency)));
    amount_minor.saturating_mul(scale).saturating_mul(1000) / rate_milli(currency).max(1)
}

/// A shelf price in minor units of `currency`, rounded the way each market prices things
/// (¥2,980; ₱1,679.00; €27.99).
pub(crate) fn price_minor(usd_cents: i64, currency: &str) -> i64 {
    let cents = usd_cents * rate_milli(currency) / 1000;
    match currency {
        "JPY" => {
            let yen = (cents + 50) / 100;
            ((yen + 50) / 100 * 100 - 20).max(480)
        }
        "PHP" | "MXN" | "TWD" => ((cents / 100 + 5) / 10 * 10 - 1).max(9) * 100,
        _ => (cents + 99) / 100 * 100 - 1,
    }
}
