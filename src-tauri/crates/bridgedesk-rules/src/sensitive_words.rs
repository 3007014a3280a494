//! Sensitive-word lists per language (editable by the team; a starter list per language is
//! embedded), compiled once into one case-insensitive matcher per language.

use regex::{Regex, RegexBuilder};
use std::collections::BTreeMap;

const STARTER_LISTS: &[(&str, &str)] = &[
    ("en", include_str!("../data/sensitive/en.txt")),
    ("es", include_str!("../data/sensitive/es.txt")),
    ("de", include_str!("../data/sensitive/de.txt")),
    ("fr", include_str!("../data/sensitive/fr.txt")),
    ("pt", include_str!("../data/sensitive/pt.txt")),
    ("ja", include_str!("../data/sensitive/ja.txt")),
    ("zh", include_str!("../data/sensitive/zh.txt")),
    ("ar", include_str!("../data/sensitive/ar.txt")),
];

/// Longest word accepted in a list, in characters.
pub const MAX_SENSITIVE_WORD_CHARS: usize = 100;

/// Per-language word lists with their compiled matchers.
#[derive(Debug, Clone)]
pub struct SensitiveWords {
    lists: BTreeMap<String, Vec<String>>,
    matchers: BTreeMap<String, Regex>,
}

/// Scripts written without spaces between words, where word boundaries mean nothing.
fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility
        | '\u{AC00}'..='\u{D7AF}' // Hangul
        | '\u{0E00}'..='\u{0E7F}' // Thai
    )
}

fn word_pattern(word: &str) -> String {
    let escaped = regex::escape(word);
    let edge = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && !is_unspaced_script(c));
    let start = if edge(word.chars().next()) { r"\b" } else { "" };
    let end = if edge(word.chars().last()) { r"\b" } else { "" };
    format!("{start}{escaped}{end}")
}

impl SensitiveWords {
    /// Lists keyed by BCP 47 primary language (`es`, `zh` …). Blank entries and entries longer
    /// than [`MAX_SENSITIVE_WORD_CHARS`] are dropped; duplicates are merged; lists are sorted.
    pub fn new(lists: BTreeMap<String, Vec<String>>) -> Self {
        let mut clean = BTreeMap::new();
        let mut matchers = BTreeMap::new();
        for (lang, words) in lists {
            let mut words: Vec<String> = words
                .into_iter()
                .map(|w| w.trim().to_owned())
                .filter(|w| !w.is_empty() && w.chars().count() <= MAX_SENSITIVE_WORD_CHARS)
                .collect();
            words.sort();
            words.dedup();
            if words.is_empty() {
                continue;
            }
            // Longest first, so "5-star review" wins over a shorter word inside it.
            let mut ordered: Vec<&String> = words.iter().collect();
            ordered.sort_by_key(|w| std::cmp::Reverse(w.len()));
            let pattern = ordered
                .iter()
                .map(|w| word_pattern(w))
                .collect::<Vec<_>>()
                .join("|");
            let built = RegexBuilder::new(&pattern)
                .case_insensitive(true)
                .size_limit(4 * 1024 * 1024)
                .build();
            match built {
                Ok(regex) => {
                    matchers.insert(lang.clone(), regex);
                }
                // Escaped literals only; a failure means the list is too large to compile.
                Err(_) => tracing::warn!(language = %lang, "sensitive-word list too large"),
            }
            clean.insert(lang, words);
        }
        Self {
            lists: clean,
            matchers,
        }
    }

    /// The embedded starter lists for en, es, de, fr, pt, ja, zh and ar.
    pub fn starter() -> Self {
        Self::new(starter_word_lists())
    }

    /// The lists as kept (sorted, trimmed), for the settings editor and export.
    pub fn lists(&self) -> &BTreeMap<String, Vec<String>> {
        &self.lists
    }

    /// A copy with `language`'s list replaced.
    pub fn with_list(&self, language: &str, words: Vec<String>) -> Self {
        let mut lists = self.lists.clone();
        lists.insert(language.to_owned(), words);
        Self::new(lists)
    }

    /// Byte ranges of sensitive words in `text` for a reply written in `language`.
    pub(crate) fn find(&self, text: &str, language: &str) -> Vec<(usize, usize)> {
        let primary = language.split(['-', '_']).next().unwrap_or(language);
        let lower = primary.to_ascii_lowercase();
        self.matchers
            .get(&lower)
            .map(|re| re.find_iter(text).map(|m| (m.start(), m.end())).collect())
            .unwrap_or_default()
    }
}

/// The embedded starter lists, one word or phrase a line, `#` comments skipped.
pub fn starter_word_lists() -> BTreeMap<String, Vec<String>> {
    STARTER_LISTS
        .iter()
        .map(|(lang, source)| {
            let words = source
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_owned)
                .collect();
            ((*lang).to_owned(), words)
        })
        .collect()
}
