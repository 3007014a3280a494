//! The phrase dictionaries (`data/<language>.txt`, compiled in) and the matcher over them.
//!
//! File format: `[signal]` section headers (`category:product`, `logistics:damaged`,
//! `dispute:chargeback`, `angry`), then one phrase per line; `#` starts a comment. A phrase
//! ending in `*` matches as a word prefix (`refund*` → `refunded`), one starting with `*` as a
//! word suffix (German compounds). Matching runs on folded text (see `fold`), so case and
//! accents do not matter; words in spaced scripts must match whole, Han, kana and Arabic match
//! anywhere (no word segmentation). Single words of five letters or more also match with one
//! typo (a letter missing, extra, changed or two swapped) through a symmetric-deletion index.

use crate::fold::{fold_phrase, is_word_char, Folded};
use crate::Signal;
use aho_corasick::{AhoCorasick, MatchKind};
use bridgedesk_model::Category;
use std::collections::HashMap;

use crate::vocab::{DisputeRisk, LogisticsProblem};

/// The dictionaries shipped with the crate, by ISO 639-1 language.
const DICTIONARIES: &[(&str, &str)] = &[
    ("en", include_str!("../data/en.txt")),
    ("es", include_str!("../data/es.txt")),
    ("de", include_str!("../data/de.txt")),
    ("fr", include_str!("../data/fr.txt")),
    ("pt", include_str!("../data/pt.txt")),
    ("ru", include_str!("../data/ru.txt")),
    ("ja", include_str!("../data/ja.txt")),
    ("zh", include_str!("../data/zh.txt")),
    ("ar", include_str!("../data/ar.txt")),
];

/// Shortest word (in characters) matched with a typo.
const FUZZY_MIN_CHARS: usize = 5;

/// One dictionary phrase.
#[derive(Debug, Clone)]
pub struct Entry {
    /// What the phrase indicates.
    pub signal: Signal,
    /// The dictionary it came from (ISO 639-1).
    pub language: &'static str,
    /// The phrase may continue into a longer word (`refund*`).
    open_end: bool,
    /// The phrase may be the tail of a longer word (`*paket`).
    open_start: bool,
}

/// A phrase found in a folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Lexicon::entry`].
    pub entry: usize,
    /// Folded byte range.
    pub start: usize,
    /// Folded byte end.
    pub end: usize,
}

/// Why a dictionary line could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DictionaryError {
    /// A section header names no known signal.
    #[error("{language}.txt line {line}: unknown section `{section}`")]
    UnknownSection {
        language: &'static str,
        line: usize,
        section: String,
    },
    /// A phrase appears before any section header.
    #[error("{language}.txt line {line}: phrase outside a section")]
    NoSection { language: &'static str, line: usize },
}

/// The compiled dictionaries.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// `None` only if the phrases could not be compiled (then only typo matching runs).
    automaton: Option<AhoCorasick>,
    entries: Vec<Entry>,
    /// Deletion variants of single-word phrases → (entry, folded word).
    fuzzy: HashMap<String, Vec<(usize, String)>>,
}

fn parse_section(name: &str) -> Option<Signal> {
    let (kind, value) = name.split_once(':').unwrap_or((name, ""));
    match kind {
        "category" => Category::parse(value).map(Signal::Category),
        "logistics" => LogisticsProblem::parse(value).map(Signal::LogisticsProblem),
        "dispute" => DisputeRisk::parse(value).map(Signal::DisputeRisk),
        "angry" if value.is_empty() => Some(Signal::Angry),
        _ => None,
    }
}

/// Parses one dictionary file into (folded phrase, entry) pairs.
pub fn parse_dictionary(
    language: &'static str,
    text: &str,
) -> Result<Vec<(String, Entry)>, DictionaryError> {
    let mut out = Vec::new();
    let mut signal: Option<Signal> = None;
    for (index, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            signal = Some(parse_section(name.trim()).ok_or_else(|| {
                DictionaryError::UnknownSection {
                    language,
                    line: index + 1,
                    section: name.to_owned(),
                }
            })?);
            continue;
        }
        let Some(signal) = signal else {
            return Err(DictionaryError::NoSection {
                language,
                line: index + 1,
            });
        };
        // Arabic attaches articles, prepositions and pronouns to the word itself.
        let attached = language == "ar";
        let open_end = attached || line.ends_with('*');
        let open_start = attached || line.starts_with('*');
        let phrase = fold_phrase(line.trim_matches('*').trim());
        if phrase.is_empty() {
            continue;
        }
        out.push((
            phrase,
            Entry {
                signal,
                language,
                open_end,
                open_start,
            },
        ));
    }
    Ok(out)
}

/// Every deletion-of-one-character variant of a word, and the word itself.
fn deletion_variants(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::with_capacity(chars.len() + 1);
    out.push(word.to_owned());
    for skip in 0..chars.len() {
        out.push(
            chars
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, c)| c)
                .collect(),
        );
    }
    out
}

/// Optimal string alignment distance, stopping early once it exceeds one.
fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() && a[i] == b[j] {
        i += 1;
        j += 1;
    }
    if i == a.len() && j == b.len() {
        return true;
    }
    let rest = |x: &[char], y: &[char]| x == y;
    if a.len() == b.len() {
        rest(&a[i + 1..], &b[j + 1..])
            || (i + 1 < a.len()
                && a[i] == b[j + 1]
                && a[i + 1] == b[j]
                && rest(&a[i + 2..], &b[j + 2..]))
    } else if a.len() > b.len() {
        rest(&a[i + 1..], &b[j..])
    } else {
        rest(&a[i..], &b[j + 1..])
    }
}

impl Lexicon {
    /// The dictionaries compiled into the crate. A malformed file (caught by this crate's tests)
    /// is skipped with a warning rather than stopping triage.
    pub fn built_in() -> Self {
        let mut pairs = Vec::new();
        for (language, text) in DICTIONARIES {
            match parse_dictionary(language, text) {
                Ok(mut p) => pairs.append(&mut p),
                Err(error) => tracing::warn!(%error, "triage dictionary skipped"),
            }
        }
        Self::from_pairs(pairs)
    }

    fn from_pairs(mut pairs: Vec<(String, Entry)>) -> Self {
        // A traditional and a simplified spelling fold to one phrase: keep it once per signal.
        let mut seen = std::collections::BTreeSet::new();
        pairs.retain(|(phrase, entry)| seen.insert((phrase.clone(), entry.signal)));
        let mut fuzzy: HashMap<String, Vec<(usize, String)>> = HashMap::new();
        for (index, (phrase, entry)) in pairs.iter().enumerate() {
            let single_word = phrase.chars().all(is_word_char);
            if single_word
                && !entry.open_end
                && !entry.open_start
                && phrase.chars().count() >= FUZZY_MIN_CHARS
            {
                for variant in deletion_variants(phrase) {
                    fuzzy
                        .entry(variant)
                        .or_default()
                        .push((index, phrase.clone()));
                }
            }
        }
        let (patterns, entries): (Vec<String>, Vec<Entry>) = pairs.into_iter().unzip();
        let automaton = match AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
        {
            Ok(automaton) => Some(automaton),
            Err(error) => {
                tracing::warn!(%error, "triage dictionaries could not be compiled");
                None
            }
        };
        Self {
            automaton,
            entries,
            fuzzy,
        }
    }

    /// The entry behind a hit.
    pub fn entry(&self, index: usize) -> &Entry {
        &self.entries[index]
    }

    /// Whether a match at `start..end` of `text` respects word boundaries.
    fn on_boundaries(&self, entry: &Entry, text: &str, start: usize, end: usize) -> bool {
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let first = text[start..end].chars().next();
        let last = text[start..end].chars().next_back();
        let starts_word = |c: Option<char>| c.is_some_and(is_word_char);
        let start_ok = entry.open_start || !starts_word(first) || !before.is_some_and(is_word_char);
        let end_ok = entry.open_end || !starts_word(last) || !after.is_some_and(is_word_char);
        start_ok && end_ok
    }

    /// The phrases found in a folded text: exact matches first, longest wins where they overlap,
    /// then one-typo matches of words no exact match covered; sorted by position.
    pub fn find(&self, folded: &Folded) -> Vec<Hit> {
        let text = folded.text.as_str();
        let mut candidates: Vec<Hit> = self
            .automaton
            .iter()
            .flat_map(|automaton| automaton.find_overlapping_iter(text))
            .filter(|m| {
                self.on_boundaries(
                    &self.entries[m.pattern().as_usize()],
                    text,
                    m.start(),
                    m.end(),
                )
            })
            .map(|m| Hit {
                entry: m.pattern().as_usize(),
                start: m.start(),
                end: m.end(),
            })
            .collect();
        candidates.sort_by(|a, b| {
            (b.end - b.start)
                .cmp(&(a.end - a.start))
                .then(a.start.cmp(&b.start))
                .then(a.entry.cmp(&b.entry))
        });
        let mut hits: Vec<Hit> = Vec::new();
        for c in candidates {
            // A phrase listed under several signals (`scam`: complaint, angry, report) keeps
            // them all; otherwise the longest phrase wins an overlap.
            let fits = hits.iter().all(|h| {
                c.end <= h.start
                    || c.start >= h.end
                    || (c.start == h.start
                        && c.end == h.end
                        && self.entries[c.entry].signal != self.entries[h.entry].signal)
            });
            if fits {
                hits.push(c);
            }
        }
        if !self.fuzzy.is_empty() {
            self.find_typos(text, &mut hits);
        }
        hits.sort_by_key(|h| (h.start, h.end, h.entry));
        hits
    }

    fn find_typos(&self, text: &str, hits: &mut Vec<Hit>) {
        let mut word_start: Option<usize> = None;
        let mut words = Vec::new();
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (is_word_char(c), word_start) {
                (true, None) => word_start = Some(i),
                (false, Some(s)) => {
                    words.push((s, i));
                    word_start = None;
                }
                _ => {}
            }
        }
        let mut variant = String::with_capacity(64);
        for (start, end) in words {
            let word = &text[start..end];
            if word.chars().count() < FUZZY_MIN_CHARS
                || hits.iter().any(|h| h.start < end && start < h.end)
            {
                continue;
            }
            // The word and its deletion variants, built in one reused buffer.
            let mut best: Option<usize> = None;
            let mut consider = |key: &str| {
                for (entry, phrase) in self.fuzzy.get(key).into_iter().flatten() {
                    if within_one_edit(word, phrase) {
                        best = Some(best.map_or(*entry, |b: usize| b.min(*entry)));
                    }
                }
            };
            consider(word);
            for (at, c) in word.char_indices() {
                variant.clear();
                variant.push_str(&word[..at]);
                variant.push_str(&word[at + c.len_utf8()..]);
                consider(&variant);
            }
            if let Some(entry) = best {
                hits.push(Hit { entry, start, end });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;
    use proptest::prelude::*;

    /// The built-in lexicon, compiled once for all tests.
    fn lexicon() -> &'static Lexicon {
        static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEXICON.get_or_init(Lexicon::built_in)
    }

    fn signals(text: &str) -> Vec<Signal> {
        let lexicon = lexicon();
        lexicon
            .find(&fold(text))
            .iter()
            .map(|h| lexicon.entry(h.entry).signal)
            .collect()
    }

    #[test]
    fn every_built_in_dictionary_parses() {
        for (language, text) in DICTIONARIES {
            let pairs = parse_dictionary(language, text).unwrap();
            assert!(
                pairs.len() > 20,
                "{language} has only {} phrases",
                pairs.len()
            );
        }
    }

    #[test]
    fn malformed_dictionary_lines_are_reported_with_their_line() {
        assert!(matches!(
            parse_dictionary("en", "[category:nonsense]\nfoo"),
            Err(DictionaryError::UnknownSection { line: 1, ref section, .. })
                if section == "category:nonsense"
        ));
        assert!(matches!(
            parse_dictionary("en", "foo\n[angry]"),
            Err(DictionaryError::NoSection { line: 1, .. })
        ));
    }

    #[test]
    fn matching_ignores_case_and_accents() {
        assert!(signals("MI PAQUETE LLEGO ROTO")
            .contains(&Signal::LogisticsProblem(LogisticsProblem::Damaged)));
        assert!(signals("voy a abrir una disputa en PAYPAL")
            .contains(&Signal::DisputeRisk(DisputeRisk::PaypalClaim)));
    }

    #[test]
    fn words_must_match_whole_but_cjk_matches_inside_text() {
        assert!(!signals("unrefundable").contains(&Signal::Category(Category::ReturnExchange)));
        assert!(
            signals("快递一直没有更新物流信息怎么回事").contains(&Signal::LogisticsProblem(
                LogisticsProblem::NoTrackingUpdate
            ))
        );
    }

    #[test]
    fn traditional_spellings_match_the_simplified_phrases() {
        assert!(
            signals("物流沒更新，已經一週了").contains(&Signal::LogisticsProblem(
                LogisticsProblem::NoTrackingUpdate
            ))
        );
        assert!(
            signals("顯示已簽收可是我沒拿到").contains(&Signal::LogisticsProblem(
                LogisticsProblem::DeliveredNotReceived
            ))
        );
    }

    #[test]
    fn one_typo_in_a_long_word_still_matches() {
        assert!(signals("i will file a chargebak")
            .contains(&Signal::DisputeRisk(DisputeRisk::Chargeback)));
        assert!(within_one_edit("chargeback", "chrageback"));
        assert!(within_one_edit("refund", "refunds"));
        assert!(!within_one_edit("refund", "rfnd"));
    }

    proptest! {
        #[test]
        fn hits_never_partly_overlap_and_lie_on_char_boundaries(text in "\\PC{0,60}") {
            let lexicon = lexicon();
            let folded = fold(&text);
            let hits = lexicon.find(&folded);
            for pair in hits.windows(2) {
                let same_span = (pair[0].start, pair[0].end) == (pair[1].start, pair[1].end);
                prop_assert!(same_span || pair[0].end <= pair[1].start);
            }
            for h in &hits {
                prop_assert!(folded.text.is_char_boundary(h.start));
                prop_assert!(folded.text.is_char_boundary(h.end));
            }
        }

        #[test]
        fn one_substituted_letter_is_tolerated(pos in 0usize..9, letter in proptest::char::range('a', 'z')) {
            let mut word: Vec<char> = "chargeback".chars().collect();
            word[pos] = letter;
            let typed: String = word.into_iter().collect();
            let text = format!("i will do a {typed} now");
            prop_assert!(signals(&text).contains(&Signal::DisputeRisk(DisputeRisk::Chargeback)));
        }
    }
}
