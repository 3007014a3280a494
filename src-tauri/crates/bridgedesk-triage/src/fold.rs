//! Text folding for matching: lower case, accents and width variants removed, Arabic letter
//! variants unified and traditional Chinese characters written in their simplified form, so a
//! dictionary phrase matches however the buyer typed it (`LLEGÓ`, `llego`, `ｌｌｅｇｏ`; `沒收到`,
//! `没收到`). Each folded byte remembers the original character it came from, so evidence spans
//! point into the text the agent sees.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A folded text and, per folded byte, the original byte range of the character it came from.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    starts: Vec<u32>,
    ends: Vec<u32>,
}

impl Folded {
    /// The original byte range of folded bytes `start..end` (both on folded char boundaries).
    pub fn original_span(&self, start: usize, end: usize) -> (u32, u32) {
        let from = self.starts.get(start).copied().unwrap_or(0);
        let to = end
            .checked_sub(1)
            .and_then(|last| self.ends.get(last).copied())
            .unwrap_or(from);
        (from, to.max(from))
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        let before = self.text.len();
        self.text.push(c);
        for _ in before..self.text.len() {
            self.starts.push(start as u32);
            self.ends.push(end as u32);
        }
    }
}

/// Traditional → simplified pairs (`data/zh_hant.txt`), sorted by the traditional character.
fn simplified_table() -> &'static [(char, char)] {
    static TABLE: std::sync::OnceLock<Vec<(char, char)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut pairs: Vec<(char, char)> = include_str!("../data/zh_hant.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .filter_map(|token| {
                let mut chars = token.chars();
                match (chars.next(), chars.next(), chars.next()) {
                    (Some(traditional), Some(simplified), None) => Some((traditional, simplified)),
                    _ => None,
                }
            })
            .collect();
        pairs.sort_unstable();
        pairs.dedup_by_key(|p| p.0);
        pairs
    })
}

/// The simplified form of a traditional Chinese character, or the character itself.
pub(crate) fn simplified(c: char) -> char {
    let table = simplified_table();
    table
        .binary_search_by_key(&c, |p| p.0)
        .map_or(c, |i| table[i].1)
}

/// Folds one already-decomposed, non-combining character.
fn fold_simple(c: char, emit: &mut impl FnMut(char)) {
    match c {
        '\u{4E00}'..='\u{9FFF}' => emit(simplified(c)),
        'ß' | 'ẞ' => {
            emit('s');
            emit('s');
        }
        'ـ' => {} // Arabic tatweel, a stretching stroke
        'ى' => emit('ي'),
        'ة' => emit('ه'),
        '’' | '‘' | '`' | '´' => emit('\''),
        _ => {
            for lower in c.to_lowercase() {
                if !is_combining_mark(lower) {
                    emit(lower);
                }
            }
        }
    }
}

/// Folds one character into zero or more folded characters.
pub(crate) fn fold_char(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    decompose_compatible(c, |d| {
        if !is_combining_mark(d) {
            fold_simple(d, &mut emit);
        }
    });
}

/// Folds a text for matching.
pub fn fold(text: &str) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(text.len()),
        starts: Vec::with_capacity(text.len()),
        ends: Vec::with_capacity(text.len()),
    };
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        fold_char(c, |f| out.push(f, start, end));
    }
    out
}

/// Folds a dictionary phrase (no spans needed).
pub fn fold_phrase(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    for c in phrase.chars() {
        fold_char(c, |f| out.push(f));
    }
    out
}

/// Whether a character belongs to a script written with spaces between words, where a
/// dictionary phrase must match whole words.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_unsegmented(c)
}

/// Scripts written without spaces (Han, kana, Hangul, Thai): matched without word boundaries.
pub fn is_unsegmented(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xAC00..=0xD7AF | 0x0E00..=0x0E7F | 0xFF66..=0xFF9F)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folding_removes_case_accents_and_width() {
        assert_eq!(fold("¿Dónde LLEGÓ?").text, "¿donde llego?");
        assert_eq!(fold("ＲＥＦＵＮＤ").text, "refund");
        assert_eq!(fold("Straße").text, "strasse");
        assert_eq!(fold("ЁЛКА").text, "елка");
        assert_eq!(fold("أرجاع").text, "ارجاع");
    }

    #[test]
    fn traditional_chinese_folds_to_simplified() {
        assert_eq!(fold("物流沒更新").text, "物流没更新");
        assert_eq!(
            fold("沒收到貨，顯示已簽收").text,
            fold("没收到货，显示已签收").text
        );
        // Characters simplified Chinese also uses keep their form.
        assert_eq!(fold("著名的乾貨").text, "著名的乾货");
    }

    #[test]
    fn the_simplified_table_has_one_form_per_character_and_never_chains() {
        let mut listed = std::collections::BTreeMap::new();
        for token in include_str!("../data/zh_hant.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
        {
            let chars: Vec<char> = token.chars().collect();
            assert_eq!(chars.len(), 2, "token {token}");
            let earlier = listed.insert(chars[0], chars[1]);
            assert!(
                earlier.is_none_or(|e| e == chars[1]),
                "{token} vs {earlier:?}"
            );
        }
        let table = simplified_table();
        assert!(table.len() > 800, "only {} pairs", table.len());
        assert_eq!(table.len(), listed.len());
        for (traditional, simple) in table {
            assert_ne!(traditional, simple);
            assert_eq!(
                simplified(*simple),
                *simple,
                "{traditional} → {simple} chains"
            );
            // Only the unified ideographs block is looked up while folding.
            assert!(('\u{4E00}'..='\u{9FFF}').contains(traditional));
        }
    }

    #[test]
    fn spans_map_back_to_the_original_characters() {
        let original = "Mi pedido LLEGÓ roto";
        let folded = fold(original);
        let at = folded.text.find("llego").unwrap();
        let (s, e) = folded.original_span(at, at + "llego".len());
        assert_eq!(&original[s as usize..e as usize], "LLEGÓ");
    }

    proptest! {
        #[test]
        fn every_folded_span_is_an_original_char_boundary(text in "\\PC{0,40}") {
            let folded = fold(&text);
            for (i, c) in folded.text.char_indices() {
                let (s, e) = folded.original_span(i, i + c.len_utf8());
                prop_assert!(text.is_char_boundary(s as usize));
                prop_assert!(text.is_char_boundary(e as usize));
                prop_assert!(s < e);
            }
        }

        #[test]
        fn folding_is_idempotent(text in "\\PC{0,40}") {
            let once = fold_phrase(&text);
            prop_assert_eq!(fold_phrase(&once), once.clone());
        }
    }
}
