//! Which language a buyer writes in. Script decides first (kana → Japanese, Han without kana →
//! Chinese, Hangul → Korean, Arabic script → Arabic), because statistical detectors stumble on
//! the short texts buyers send; the `whatlang` detector, limited to languages a cross-border
//! seller meets, decides among Latin and Cyrillic languages. Order numbers, links and e-mail
//! addresses are dropped first so they do not pull the guess towards English.

use std::collections::HashMap;
use std::sync::OnceLock;
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

/// The statistical detector limited to [`LATIN`], built once.
fn latin_detector() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| Detector::with_allowlist(LATIN.to_vec()))
}

/// Function words per language, `lang: word word ...` per line.
const FUNCTION_WORDS: &str = include_str!("../data/function_words.txt");

/// The function-word table, parsed once: per language its code, and per word the languages
/// listing it.
struct FunctionWords {
    languages: Vec<&'static str>,
    words: HashMap<&'static str, Vec<usize>>,
}

fn function_words() -> &'static FunctionWords {
    static TABLE: OnceLock<FunctionWords> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = FunctionWords {
            languages: Vec::new(),
            words: HashMap::new(),
        };
        for (lang, list) in FUNCTION_WORDS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(':'))
        {
            let index = table.languages.len();
            table.languages.push(lang.trim());
            for word in list.split_whitespace() {
                let languages = table.words.entry(word).or_default();
                if !languages.contains(&index) {
                    languages.push(index);
                }
            }
        }
        table
    })
}

/// How many function words of each language a text holds.
fn function_word_votes(text: &str) -> Vec<(&'static str, usize)> {
    let table = function_words();
    let mut counts = vec![0usize; table.languages.len()];
    let folded = crate::fold::fold_phrase(text);
    for word in folded
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
    {
        if let Some(languages) = table.words.get(word) {
            for l in languages {
                counts[*l] += 1;
            }
        }
    }
    table.languages.iter().copied().zip(counts).collect()
}

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
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => n.arabic += 1,
            0x0400..=0x04FF => n.cyrillic += 1,
            _ if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => n.latin += 1,
            _ => {}
        }
    }
    n
}

/// The text without links, e-mail addresses, Latin tokens holding digits (order and tracking
/// numbers, model names) and digits, which carry no language. Tokens of unspaced scripts
/// (a whole Japanese sentence is one token) keep their letters.
fn language_bearing(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let words = text
        .split_whitespace()
        .filter(|w| !w.contains('@') && !w.contains("://") && !w.starts_with("www."))
        .filter(|w| !(w.is_ascii() && w.chars().any(|c| c.is_ascii_digit())));
    for (n, word) in words.enumerate() {
        // One space between kept words, even a word left empty (it held only digits).
        if n > 0 {
            kept.push(' ');
        }
        kept.extend(word.chars().filter(|c| !c.is_numeric()));
    }
    kept
}

/// Cyrillic languages told apart by letters only they use; Russian otherwise (the detector
/// confuses short Russian texts with Bulgarian and Belarusian).
fn cyrillic_language(text: &str) -> &'static str {
    if text
        .chars()
        .any(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ'))
    {
        "uk"
    } else if text.chars().any(|c| matches!(c, 'ў' | 'Ў')) {
        "be"
    } else {
        "ru"
    }
}

/// The language of a text as ISO 639-1, or `None` when there is nothing to go on.
pub fn detect_language(text: &str) -> Option<String> {
    detect_language_with_hint(text, None)
}

/// Like [`detect_language`]; `hint` (the language of the dictionary phrases that matched) adds
/// one vote for short Latin-script texts the detector is unsure about.
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
    if n.cyrillic > n.latin {
        return Some(cyrillic_language(&text).to_owned());
    }
    if n.latin == 0 {
        return None;
    }
    // Votes: the detector's guess weighs by its confidence, each function word one, the
    // language of the matched dictionary phrases one.
    let function_words = function_word_votes(&text);
    let mut ranked: Vec<(usize, &str)> = function_words.iter().map(|(l, n)| (*n, *l)).collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    if let [(first, lang), (second, _), ..] = ranked.as_slice() {
        // The detector adds at most 4 votes and the hint 1: a lead of more than 5 function
        // words decides alone, and the (costly) detector need not run. Neither does it when
        // two or more function words of one language and none of another agree with the
        // dictionary phrases found (the detector's guess rarely overrules that on dev texts).
        let unanimous = *first >= 2 && *second == 0 && hint.is_none_or(|h| h == *lang);
        if *first > second + 5 || unanimous {
            return Some((*lang).to_owned());
        }
    }
    let mut votes: std::collections::BTreeMap<&str, f64> = Default::default();
    if let Some(info) = latin_detector().detect(&text) {
        if let Some(code) = iso_639_1(info.lang()) {
            let weight = if info.is_reliable() {
                4.0
            } else {
                1.0 + info.confidence()
            };
            *votes.entry(code).or_default() += weight;
        }
    }
    for (lang, count) in function_words {
        *votes.entry(lang).or_default() += count as f64;
    }
    if let Some(h) = hint {
        *votes.entry(h).or_default() += 1.0;
    }
    votes
        .into_iter()
        .filter(|(_, v)| *v > 0.0)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(lang, _)| lang.to_owned())
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
