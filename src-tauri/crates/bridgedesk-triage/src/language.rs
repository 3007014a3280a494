//! Which language a buyer writes in. Script decides first (kana → Japanese, Han without kana →
//! Chinese, Hangul → Korean, Arabic script → Arabic), because statistical detectors stumble on
//! the short texts buyers send; the `whatlang` detector, limited to languages a cross-border
//! seller meets, decides among Latin and Cyrillic languages. Order numbers, links and e-mail
//! addresses are dropped first so they do not pull the guess towards English.

use whatlang::{Detector, Lang};

const LATIN: &[Lang] = &[
    Lang::Eng,
    Lang::Spa,
    Lang::Deu,
    Lang::Fra,
    Lang::Por,
    Lang::Ita,
    Lang::Nld,
    Lang::Pol,
    Lang::Tur,
    Lang::Ind,
    Lang::Vie,
    Lang::Swe,
];
const CYRILLIC: &[Lang] = &[Lang::Rus, Lang::Ukr, Lang::Bul, Lang::Bel];

/// ISO 639-1 code of a whatlang language we may report.
fn iso_639_1(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::Eng => "en",
        Lang::Spa => "es",
        Lang::Deu => "de",
        Lang::Fra => "fr",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Nld => "nl",
        Lang::Pol => "pl",
        Lang::Tur => "tr",
        Lang::Ind => "id",
        Lang::Vie => "vi",
        Lang::Swe => "sv",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        _ => return None,
    })
}

/// Characters per script family, counted over letters only.
#[derive(Debug, Default)]
struct ScriptCounts {
    kana: usize,
    han: usize,
    hangul: usize,
    arabic: usize,
    cyrillic: usize,
    latin: usize,
}

fn count_scripts(text: &str) -> ScriptCounts {
    let mut n = ScriptCounts::default();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        match c as u32 {
            0x3040..=0x30FF | 0xFF66..=0xFF9F => n.kana += 1,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => n.han += 1,
            0xAC00..=0xD7AF | 0x1100..=0x11FF => n.hangul += 1,
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                n.arabic += 1
            }
            0x0400..=0x04FF => n.cyrillic += 1,
            _ if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => {
                n.latin += 1
            }
            _ => {}
        }
    }
    n
}

/// The text without links, e-mail addresses and tokens holding digits (order and tracking
/// numbers), which carry no language.
fn language_bearing(text: &str) -> String {
    text.split_whitespace()
        .filter(|w| {
            !w.chars().any(|c| c.is_ascii_digit())
                && !w.contains('@')
                && !w.contains("://")
                && !w.starts_with("www.")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The language of a text as ISO 639-1, or `None` when there is nothing to go on. `hint`
/// breaks ties for short Latin texts the detector is unsure about (e.g. the language of the
/// dictionary phrases that matched).
pub fn detect_language(text: &str) -> Option<String> {
    detect_language_with_hint(text, None)
}

pub(crate) fn detect_language_with_hint(text: &str, hint: Option<&str>) -> Option<String> {
    let text = language_bearing(text);
    let n = count_scripts(&text);
    // CJK characters carry a word each, so they outweigh the same count of Latin letters.
    let cjk = (n.kana + n.han + n.hangul) * 3;
    let biggest_other = n.arabic.max(n.cyrillic).max(n.latin);
    if cjk > 0 && cjk >= biggest_other {
        return Some(
            if n.kana > 0 {
                "ja"
            } else if n.hangul > n.han {
                "ko"
            } else {
                "zh"
            }
            .to_owned(),
        );
    }
    if n.arabic > 0 && n.arabic >= n.cyrillic.max(n.latin) {
        return Some("ar".to_owned());
    }
    let allow = if n.cyrillic > n.latin {
        CYRILLIC
    } else if n.latin > 0 {
        LATIN
    } else {
        return None;
    };
    let info = Detector::with_allowlist(allow.to_vec()).detect(&text)?;
    let detected = iso_639_1(info.lang());
    if info.is_reliable() || info.confidence() >= 0.5 {
        return detected.map(str::to_owned);
    }
    match hint {
        Some(h) => Some(h.to_owned()),
        None => detected.map(str::to_owned),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_decides_for_short_cjk_and_arabic_texts() {
        assert_eq!(detect_language("还没到").as_deref(), Some("zh"));
        assert_eq!(detect_language("まだ届きません").as_deref(), Some("ja"));
        assert_eq!(detect_language("注文番号123 まだ").as_deref(), Some("ja"));
        assert_eq!(detect_language("وين طلبي").as_deref(), Some("ar"));
    }

    #[test]
    fn order_numbers_do_not_make_a_text_english() {
        assert_eq!(
            detect_language("Pedido 112-3344556-7788990 todavía no ha llegado, ¿dónde está?")
                .as_deref(),
            Some("es")
        );
    }

    #[test]
    fn numbers_alone_have_no_language() {
        assert_eq!(detect_language("112-3344556 ???"), None);
        assert_eq!(detect_language(""), None);
    }

    #[test]
    fn cyrillic_is_russian() {
        assert_eq!(
            detect_language("Здравствуйте, где моя посылка? Трек не обновляется").as_deref(),
            Some("ru")
        );
    }
}
