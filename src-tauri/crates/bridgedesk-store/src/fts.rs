//! CJK-aware full-text search on SQLite FTS5.
//!
//! Chinese and Japanese are written without spaces, and most words agents search are two
//! characters long (退款, 物流, 差评, 注文). FTS5's trigram tokenizer never matches queries
//! shorter than three characters, and a `LIKE` scan costs ~0.7 s at 1M rows
//! (../shared/research/test-servers-and-performance.md). So, as Lucene's CJKAnalyzer does, every
//! run of Han, kana or Hangul is rewritten into overlapping bigrams before it is indexed with the
//! `unicode61` tokenizer, and a query's CJK runs are rewritten the same way into phrase queries:
//! "退款申请" becomes the phrase "退款 款申 申请", which matches exactly the texts that contain
//! that substring. Latin text goes through `unicode61` unchanged (diacritics folded).

/// Whether `c` belongs to a script written without spaces (Han, kana, Hangul).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x31F0..=0x31FF    // Katakana phonetic extensions
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0xFF66..=0xFF9F    // Half-width katakana
        | 0x1100..=0x11FF    // Hangul Jamo
        | 0x3130..=0x318F    // Hangul compatibility Jamo
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0x20000..=0x2FA1F  // CJK extensions B–F, compatibility supplement
    )
}

/// Splits text into runs that are either all CJK or all not.
fn runs(text: &str) -> impl Iterator<Item = (bool, &str)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let cjk = is_cjk(first);
        let end = rest
            .char_indices()
            .find(|(_, c)| is_cjk(*c) != cjk)
            .map_or(rest.len(), |(i, _)| i);
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some((cjk, run))
    })
}

/// Overlapping bigrams of a CJK run, space separated; a one-character run stays as it is.
fn bigrams(run: &str) -> String {
    let chars: Vec<char> = run.chars().collect();
    if chars.len() < 2 {
        return run.to_owned();
    }
    let mut out = String::with_capacity(run.len() * 2 + chars.len());
    for pair in chars.windows(2) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push(pair[0]);
        out.push(pair[1]);
    }
    out
}

/// The text to put into the index for a message body.
pub fn index_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for (cjk, run) in runs(text) {
        if cjk {
            out.push(' ');
            out.push_str(&bigrams(run));
            out.push(' ');
        } else {
            out.push_str(run);
        }
    }
    out
}

/// Quotes one FTS5 string, doubling embedded quotes.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// Builds an FTS5 `MATCH` expression from what the agent typed, or `None` when nothing
/// searchable is left. Whitespace-separated terms must all match (AND); a CJK run must match as
/// a substring; a term in double quotes must match as a phrase. Operators typed by the agent are
/// never interpreted: every term is quoted.
pub fn match_query(input: &str) -> Option<String> {
    let mut clauses: Vec<String> = Vec::new();
    for (i, part) in input.split('"').enumerate() {
        let phrase_mode = i % 2 == 1;
        if phrase_mode {
            let words: String = index_text(part)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if has_token_chars(&words) {
                clauses.push(quoted(&words));
            }
            continue;
        }
        for term in part.split_whitespace() {
            for (cjk, run) in runs(term) {
                if cjk && run.chars().count() == 1 {
                    // One character: any bigram that starts with it.
                    clauses.push(format!("{}*", quoted(run)));
                } else if cjk {
                    clauses.push(quoted(&bigrams(run)));
                } else if has_token_chars(run) {
                    clauses.push(quoted(run));
                }
            }
        }
    }
    if clauses.is_empty() {
        None
    } else {
        Some(clauses.join(" AND "))
    }
}

/// Whether `text` has anything `unicode61` would keep as a token (letters or digits).
fn has_token_chars(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_runs_are_indexed_as_overlapping_bigrams() {
        assert_eq!(index_text("我要退款"), " 我要 要退 退款 ");
    }

    #[test]
    fn latin_and_cjk_are_separated_so_both_tokenize() {
        assert_eq!(
            index_text("iPhone充电器坏了"),
            "iPhone 充电 电器 器坏 坏了 "
        );
    }

    #[test]
    fn a_four_character_query_becomes_one_bigram_phrase() {
        assert_eq!(
            match_query("退款申请").as_deref(),
            Some("\"退款 款申 申请\"")
        );
    }

    #[test]
    fn latin_terms_are_anded_and_quoted_so_operators_are_inert() {
        assert_eq!(
            match_query("no ha llegado").as_deref(),
            Some("\"no\" AND \"ha\" AND \"llegado\"")
        );
        assert_eq!(
            match_query("refund OR NEAR(").as_deref(),
            Some("\"refund\" AND \"OR\" AND \"NEAR(\"")
        );
    }

    #[test]
    fn quoted_input_is_a_phrase() {
        assert_eq!(
            match_query("\"no ha llegado\"").as_deref(),
            Some("\"no ha llegado\"")
        );
    }

    #[test]
    fn punctuation_only_queries_search_nothing() {
        assert_eq!(match_query("  ?!  "), None);
        assert_eq!(match_query(""), None);
    }

    #[test]
    fn japanese_kana_and_kanji_form_one_run() {
        assert_eq!(match_query("注文").as_deref(), Some("\"注文\""));
        assert_eq!(index_text("ご注文"), " ご注 注文 ");
    }
}
