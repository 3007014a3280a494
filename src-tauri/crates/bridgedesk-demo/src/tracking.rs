//! Carriers and tracking numbers: which carriers serve each destination, numbers in each
//! carrier's format with real check digits (UPU S10 for China Post and EMS, UPS 1Z, FedEx,
//! DHL Express), and carrier names as buyers write them.

use bridgedesk_model::Carrier;
use rand::Rng;

use crate::market::weighted;

/// UPU S10 weights for the eight serial digits.
const S10_WEIGHTS: [u32; 8] = [8, 6, 4, 2, 3, 5, 9, 7];

/// The S10 check digit of an eight-digit serial: 11 − (Σ dᵢ·wᵢ mod 11), with 10 → 0 and
/// 11 → 5.
pub fn s10_check_digit(serial: [u8; 8]) -> u8 {
    let sum: u32 = serial
        .iter()
        .zip(S10_WEIGHTS)
        .map(|(d, w)| u32::from(*d) * w)
        .sum();
    match 11 - sum % 11 {
        10 => 0,
        11 => 5,
        c => c as u8,
    }
}

/// Whether `number` is a well-formed UPU S10 identifier (`LX123456785CN`) with a correct
/// check digit.
pub fn is_valid_s10(number: &str) -> bool {
    let b = number.as_bytes();
    if b.len() != 13
        || !b[..2].iter().all(u8::is_ascii_uppercase)
        || !b[2..11].iter().all(u8::is_ascii_digit)
        || !b[11..].iter().all(u8::is_ascii_uppercase)
    {
        return false;
    }
    let mut serial = [0u8; 8];
    for (d, c) in serial.iter_mut().zip(&b[2..10]) {
        *d = c - b'0';
    }
    s10_check_digit(serial) == b[10] - b'0'
}

fn s10(rng: &mut impl Rng, prefix: &str, country: &str) -> String {
    let mut serial = [0u8; 8];
    for d in serial.iter_mut() {
        *d = rng.gen_range(0..10);
    }
    let mut s = String::with_capacity(13);
    s.push_str(prefix);
    for d in serial {
        s.push(char::from(b'0' + d));
    }
    s.push(char::from(b'0' + s10_check_digit(serial)));
    s.push_str(country);
    s
}

fn digits(rng: &mut impl Rng, s: &mut String, n: usize) {
    for _ in 0..n {
        s.push(char::from(b'0' + rng.gen_range(0..10u8)));
    }
}

/// UPS 1Z number: shipper account, service code, package number and check digit.
fn ups(rng: &mut impl Rng) -> String {
    const ALNUM: &[u8] = b"0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    let mut body = String::with_capacity(15);
    for _ in 0..6 {
        body.push(char::from(ALNUM[rng.gen_range(0..ALNUM.len())]));
    }
    body.push_str(["03", "01", "02", "66"][rng.gen_range(0..4)]);
    digits(rng, &mut body, 7);
    let mut sum = 0u32;
    for (i, c) in body.bytes().enumerate() {
        let v = if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else {
            u32::from(c - b'A' + 2) % 10
        };
        sum += if i % 2 == 1 { v * 2 } else { v };
    }
    format!("1Z{body}{}", (10 - sum % 10) % 10)
}

/// FedEx Express 12-digit number with its mod-11 check digit (weights 1, 3, 7 from the right).
fn fedex(rng: &mut impl Rng) -> String {
    let mut s = String::with_capacity(12);
    s.push(char::from(b'7' + rng.gen_range(0..2u8)));
    digits(rng, &mut s, 10);
    let sum: u32 = s
        .bytes()
        .rev()
        .zip([1u32, 3, 7].iter().cycle())
        .map(|(c, w)| u32::from(c - b'0') * w)
        .sum();
    s.push(char::from(b'0' + (sum % 11 % 10) as u8));
    s
}

/// DHL Express 10-digit waybill: nine digits and their value mod 7.
fn dhl(rng: &mut impl Rng) -> String {
    let n: u64 = rng.gen_range(100_000_000..1_000_000_000);
    format!("{n}{}", n % 7)
}

/// A tracking number in `carrier`'s format. `hint` picks the marketplace line for `Other`
/// (`"SPX"` Shopee Xpress, `"LEX"` Lazada).
pub(crate) fn tracking_number(
    rng: &mut impl Rng,
    carrier: Carrier,
    hint: &str,
    site: &str,
) -> String {
    let mut s = String::with_capacity(20);
    match carrier {
        Carrier::ChinaPost => {
            let prefix = ["LX", "LZ", "LY", "RR", "RB"][rng.gen_range(0..5)];
            return s10(rng, prefix, "CN");
        }
        Carrier::Ems => {
            let prefix = ["EA", "EB", "EE", "EV"][rng.gen_range(0..4)];
            return s10(rng, prefix, "CN");
        }
        Carrier::Yanwen => {
            s.push_str(["UG", "VR", "UH"][rng.gen_range(0..3)]);
            digits(rng, &mut s, 9);
            s.push_str("YP");
        }
        Carrier::FourPx => {
            s.push_str("4PX300");
            digits(rng, &mut s, 10);
            s.push_str("CN");
        }
        Carrier::Cainiao => {
            s.push_str("LP00");
            digits(rng, &mut s, 12);
        }
        Carrier::YunExpress => {
            s.push_str("YT2");
            digits(rng, &mut s, 15);
        }
        Carrier::Dhl => return dhl(rng),
        Carrier::Ups => return ups(rng),
        Carrier::Fedex => return fedex(rng),
        Carrier::Tnt => digits(rng, &mut s, 9),
        Carrier::Other => {
            s.push_str(hint);
            s.push_str(site);
            s.push('0');
            digits(rng, &mut s, 11);
        }
    }
    s
}

/// The carrier a parcel from Shenzhen to `country` travels with, by a store's channel mix.
pub(crate) fn carrier_for(
    rng: &mut impl Rng,
    country: &str,
    marketplace_line: Option<&str>,
) -> Carrier {
    use Carrier::*;
    if let Some(line) = marketplace_line {
        // Shopee and Lazada cross-border parcels mostly go on the platform's own line.
        if rng.gen_bool(0.6) {
            return if line == "LEX" && rng.gen_bool(0.5) {
                Cainiao
            } else {
                Other
            };
        }
    }
    let mix: &[(Carrier, u32)] = match country {
        "US" | "CA" => &[
            (ChinaPost, 20),
            (YunExpress, 25),
            (Yanwen, 15),
            (Cainiao, 10),
            (FourPx, 10),
            (Ups, 6),
            (Fedex, 6),
            (Dhl, 5),
        ],
        "DE" | "AT" | "FR" | "ES" | "PT" | "GB" => &[
            (YunExpress, 30),
            (FourPx, 20),
            (Cainiao, 15),
            (ChinaPost, 15),
            (Dhl, 10),
            (Yanwen, 10),
        ],
        "JP" => &[
            (YunExpress, 30),
            (Ems, 25),
            (Cainiao, 20),
            (Dhl, 10),
            (Fedex, 5),
        ],
        "BR" | "RU" => &[(ChinaPost, 40), (Cainiao, 35), (YunExpress, 25)],
        "MX" => &[
            (ChinaPost, 25),
            (Cainiao, 25),
            (YunExpress, 25),
            (Dhl, 15),
            (Fedex, 10),
        ],
        "SA" | "AE" => &[(Dhl, 30), (Ems, 20), (YunExpress, 30), (Tnt, 5), (Ups, 15)],
        "AU" => &[(ChinaPost, 30), (YunExpress, 30), (FourPx, 25), (Dhl, 15)],
        _ => &[(Cainiao, 35), (YunExpress, 35), (ChinaPost, 15), (Dhl, 15)],
    };
    weighted(rng, mix.iter().copied()).unwrap_or(YunExpress)
}

/// The carrier's name as a buyer or agent writing in `lang` calls it. `number` tells the
/// marketplace lines apart for `Other`.
pub(crate) fn carrier_name(carrier: Carrier, lang: &str, number: &str) -> &'static str {
    let cjk = lang == "zh" || lang == "ja";
    match carrier {
        Carrier::ChinaPost if lang == "zh" => "中国邮政",
        Carrier::ChinaPost if lang == "ja" => "中国郵政",
        Carrier::ChinaPost => "China Post",
        Carrier::Ems => "EMS",
        Carrier::Dhl => "DHL",
        Carrier::Ups => "UPS",
        Carrier::Fedex => "FedEx",
        Carrier::Tnt => "TNT",
        Carrier::Yanwen if lang == "zh" => "燕文物流",
        Carrier::Yanwen => "Yanwen",
        Carrier::FourPx if lang == "zh" => "递四方",
        Carrier::FourPx => "4PX",
        Carrier::Cainiao if cjk => "菜鸟",
        Carrier::Cainiao => "Cainiao",
        Carrier::YunExpress if lang == "zh" => "云途物流",
        Carrier::YunExpress => "YunExpress",
        Carrier::Other if number.starts_with("SPX") => "Shopee Xpress",
        Carrier::Other if number.starts_with("LEX") => "LEX",
        Carrier::Other => "our logistics partner",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn s10_check_digit_matches_the_upu_worked_example() {
        // Serial 12345678: Σ = 204, 204 mod 11 = 6, check = 11 − 6 = 5.
        assert_eq!(s10_check_digit([1, 2, 3, 4, 5, 6, 7, 8]), 5);
        assert!(is_valid_s10("LX123456785CN"));
        assert!(!is_valid_s10("LX123456784CN"));
        assert!(!is_valid_s10("LX12345678CN"));
    }
}
