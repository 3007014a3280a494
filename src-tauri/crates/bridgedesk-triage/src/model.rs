//! A small local category model that learns from agents' corrections: multinomial naive Bayes
//! over hashed character n-grams of the folded text. Character n-grams need no word
//! segmentation (Chinese, Japanese) and tolerate typos and inflections. The model is plain data
//! (serde JSON) so the store can keep it and hand it back at start-up.

use crate::fold::{fold_char, is_unsegmented};
use bridgedesk_model::Category;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The JSON layout version written by [`CategoryModel::to_json`].
const FORMAT_VERSION: u32 = 1;
/// Fewer learned examples than this and the model abstains.
const MIN_EXAMPLES: u32 = 3;

/// Why a stored model could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The JSON does not describe a category model.
    #[error("the stored category model is not valid JSON for this version: {0}")]
    Malformed(#[from] serde_json::Error),
    /// The model was written by a newer version.
    #[error("the stored category model has format version {0}, this build reads {FORMAT_VERSION}")]
    UnknownVersion(u32),
}

/// What the model learned about one category.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct CategoryCounts {
    examples: u32,
    total: u64,
    features: BTreeMap<u32, u32>,
}

/// Features are already hashes, so the lookup index hashes them no further.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FeatureHasher(u64);

impl std::hash::Hasher for FeatureHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) | u64::from(*b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map keyed by feature hash, hashed no further (cheaper than the default SipHash).
pub(crate) type FeatureMap<V> =
    std::collections::HashMap<u32, V, std::hash::BuildHasherDefault<FeatureHasher>>;

/// Per feature, its count in each category (indexed as in `Category::ALL`).
type FeatureIndex = FeatureMap<[u32; CATEGORIES]>;
pub(crate) const CATEGORIES: usize = 6;

pub(crate) fn category_slot(category: Category) -> usize {
    Category::ALL
        .iter()
        .position(|c| *c == category)
        .unwrap_or(0)
        .min(CATEGORIES - 1)
}

/// Naive Bayes over character n-grams, learned from agents' category corrections.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryModel {
    version: u32,
    categories: BTreeMap<Category, CategoryCounts>,
    vocabulary: u32,
    /// The same counts keyed by feature, for one lookup per feature when predicting.
    #[serde(skip)]
    index: FeatureIndex,
}

/// The model's vote for a message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CategoryVote {
    /// The most probable category.
    pub category: Category,
    /// Its posterior probability (0..=1) among the categories the model has seen.
    pub probability: f64,
}

/// `ln(n + 1)`, read from a table for the small counts the models hold (the logarithm was a
/// tenth of triage time).
pub(crate) fn ln_count(n: u32) -> f64 {
    const TABLED: usize = 4096;
    static TABLE: std::sync::OnceLock<Vec<f64>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| (0..TABLED).map(|n| (n as f64 + 1.0).ln()).collect());
    match table.get(n as usize) {
        Some(v) => *v,
        None => (f64::from(n) + 1.0).ln(),
    }
}

/// Complement naive Bayes (Rennie et al., 2003) over `N` classes: each class is scored by how
/// badly the text fits the examples of all the other classes, which keeps a class with many
/// examples (shipping questions) from winning every short message.
/// log P(text | not c) = Σ ln(n_f,¬c + 1) − |features| · ln(total_¬c + V); unseen features add 0
/// to the sum, so only known features cost a logarithm. `row` gives a feature's count per
/// class, `totals` the feature count per class; classes not `present` take no part. Returns
/// the best class and its posterior probability.
pub(crate) fn complement_vote<'a, const N: usize>(
    grams: &[u32],
    row: impl Fn(u32) -> Option<&'a [u32; N]>,
    totals: &[u64; N],
    present: &[bool; N],
    vocabulary: u32,
) -> Option<(usize, f64)> {
    let scores = complement_scores(grams, row, totals, present, vocabulary)?;
    best_class(&scores, present)
}

/// The best `present` class of complement scores (see [`complement_scores`]) and its posterior
/// probability.
fn best_class<const N: usize>(scores: &[f64; N], present: &[bool; N]) -> Option<(usize, f64)> {
    let best = scores
        .iter()
        .copied()
        .enumerate()
        .filter(|(i, _)| present[*i])
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    let normaliser: f64 = scores
        .iter()
        .zip(present)
        .filter(|(_, p)| **p)
        .map(|(s, _)| (s - best.1).exp())
        .sum();
    Some((best.0, 1.0 / normaliser))
}

/// The complement naive Bayes log score of each class (see [`complement_vote`]); classes not
/// `present` score negative infinity. `None` for a text without features.
pub(crate) fn complement_scores<'a, const N: usize>(
    grams: &[u32],
    row: impl Fn(u32) -> Option<&'a [u32; N]>,
    totals: &[u64; N],
    present: &[bool; N],
    vocabulary: u32,
) -> Option<[f64; N]> {
    if grams.is_empty() {
        return None;
    }
    let mut sums = [0.0f64; N];
    for g in grams {
        if let Some(row) = row(*g) {
            let all: u32 = row.iter().sum();
            for (sum, n) in sums.iter_mut().zip(row) {
                let others = all - n;
                if others > 0 {
                    *sum += ln_count(others);
                }
            }
        }
    }
    let size = grams.len() as f64;
    let vocabulary = f64::from(vocabulary.max(1));
    let grand: u64 = totals.iter().sum();
    let mut scores = [f64::NEG_INFINITY; N];
    for (i, score) in scores.iter_mut().enumerate() {
        if present[i] {
            let others = grand.saturating_sub(totals[i]) as f64;
            *score = -(sums[i] - size * (others + vocabulary).ln());
        }
    }
    Some(scores)
}

/// FNV-1a offset basis.
const FNV_START: u32 = 0x811c_9dc5;

/// One FNV-1a step per byte: hashing a gram char by char gives the hash of its UTF-8 bytes, a
/// stable value, the same on every platform and build.
fn fnv(mut h: u32, bytes: &[u8]) -> u32 {
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// FNV-1a of one character's UTF-8 bytes, continuing `h`.
fn fnv_char(h: u32, c: char) -> u32 {
    let mut buf = [0u8; 4];
    fnv(h, c.encode_utf8(&mut buf).as_bytes())
}

/// The distinct features of a text, sorted (presence, not counts: short messages repeat
/// little, and a repeated word should not outvote the rest).
pub(crate) fn feature_set(text: &str) -> Vec<u32> {
    let mut set = Vec::with_capacity(text.len() * 4);
    features(text, |f| set.push(f));
    set.sort_unstable();
    set.dedup();
    set
}

/// Character n-grams (2..=4, with space as boundary) of the folded text, whole words of spaced
/// scripts, and for unsegmented scripts (Chinese, Japanese) single characters, so Han text is
/// covered by unigrams, bigrams, trigrams and 4-grams without word segmentation. Digits
/// collapse to one symbol so order numbers add nothing. Hashes are computed incrementally as
/// the folded characters arrive, without building the grams or keeping the text.
pub(crate) fn features(text: &str, visit: impl FnMut(u32)) {
    let mut stream = GramStream::new(visit);
    stream.push(' ');
    for original in text.chars() {
        fold_char(original, |c| {
            let c = if c.is_numeric() {
                '0'
            } else if c.is_alphanumeric() {
                c
            } else {
                ' '
            };
            if !(c == ' ' && stream.last == ' ') {
                stream.push(c);
            }
        });
    }
    if stream.last != ' ' {
        stream.push(' ');
    }
}

/// The state of [`features`] between two characters: the word being read and the n-grams
/// still open (those starting at one of the last three characters).
struct GramStream<F: FnMut(u32)> {
    visit: F,
    /// The last character pushed.
    last: char,
    /// FNV of a 0xff marker then the current word's bytes, and how many bytes it has.
    word: u32,
    word_bytes: usize,
    /// Per open n-gram (oldest first): its hash so far and whether it is all blank so far.
    open: [(u32, bool); 3],
    opened: usize,
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '0'
}

impl<F: FnMut(u32)> GramStream<F> {
    fn new(visit: F) -> Self {
        let word = fnv(FNV_START, &[0xff]);
        Self {
            visit,
            last: ' ',
            word,
            word_bytes: 0,
            open: [(0, false); 3],
            opened: 0,
        }
    }

    fn push(&mut self, c: char) {
        self.last = c;
        // Words: of two bytes or more, of spaced scripts.
        if c.is_alphabetic() && !is_unsegmented(c) {
            self.word = fnv_char(self.word, c);
            self.word_bytes += c.len_utf8();
        } else {
            if self.word_bytes > 2 {
                (self.visit)(self.word);
            }
            (self.word, self.word_bytes) = (fnv(FNV_START, &[0xff]), 0);
        }
        // The open n-grams grow by `c` (the oldest reaches four characters and closes) …
        for (h, blank) in &mut self.open[..self.opened] {
            *h = fnv_char(*h, c);
            *blank &= is_blank(c);
            if !*blank {
                (self.visit)(*h);
            }
        }
        if self.opened == self.open.len() {
            self.open.rotate_left(1);
            self.opened -= 1;
        }
        // … and one starts at `c` (a unigram of its own in unsegmented scripts).
        let h = fnv_char(FNV_START, c);
        if is_unsegmented(c) {
            (self.visit)(h);
        }
        self.open[self.opened] = (h, is_blank(c));
        self.opened += 1;
    }
}

impl CategoryModel {
    /// An empty model (it abstains until it has learned a few corrections).
    pub fn new() -> Self {
        Self {
            version: FORMAT_VERSION,
            ..Self::default()
        }
    }

    /// Learns that `text` belongs to `category`.
    pub fn learn(&mut self, text: &str, category: Category) {
        let seen = feature_set(text);
        let new_features = seen
            .iter()
            .filter(|f| !self.categories.values().any(|c| c.features.contains_key(f)))
            .count();
        let counts = self.categories.entry(category).or_default();
        counts.examples = counts.examples.saturating_add(1);
        let slot = category_slot(category);
        for f in seen {
            *counts.features.entry(f).or_insert(0) += 1;
            counts.total = counts.total.saturating_add(1);
            let row = self.index.entry(f).or_insert([0; CATEGORIES]);
            row[slot] = row[slot].saturating_add(1);
        }
        self.vocabulary = self
            .vocabulary
            .saturating_add(u32::try_from(new_features).unwrap_or(u32::MAX));
    }

    /// A model trained on the built-in labelled messages (`data/training.jsonl`: the dev split
    /// the dictionaries were tuned on plus short examples), the knowledge triage starts with
    /// before any agent corrects it. Lines that do not parse are skipped.
    pub fn built_in() -> Self {
        #[derive(Deserialize)]
        struct Labelled {
            text: String,
            category: Category,
        }
        let mut model = Self::new();
        for line in include_str!("../data/training.jsonl").lines() {
            if let Ok(example) = serde_json::from_str::<Labelled>(line) {
                model.learn(&example.text, example.category);
            }
        }
        model
    }

    /// How many corrections the model has learned.
    pub fn examples(&self) -> u32 {
        self.categories.values().map(|c| c.examples).sum()
    }

    /// The most probable category of `text`, or `None` while the model knows too little
    /// (fewer than three examples or only one category).
    pub fn predict(&self, text: &str) -> Option<CategoryVote> {
        self.predict_features(&feature_set(text))
    }

    /// [`CategoryModel::predict`] over the [`feature_set`] of a text, computed once per message
    /// for all models.
    pub(crate) fn predict_features(&self, grams: &[u32]) -> Option<CategoryVote> {
        let (scores, present) = self.scores(grams)?;
        self.vote(&scores, &present)
    }

    /// The complement log score of each category (indexed as in `Category::ALL`) and which
    /// categories the model has seen; `None` while the model abstains or the text has no
    /// features.
    fn scores(&self, grams: &[u32]) -> Option<([f64; CATEGORIES], [bool; CATEGORIES])> {
        if self.examples() < MIN_EXAMPLES || self.categories.len() < 2 {
            return None;
        }
        let mut totals = [0u64; CATEGORIES];
        let mut present = [false; CATEGORIES];
        for (category, counts) in &self.categories {
            let slot = category_slot(*category);
            totals[slot] = counts.total;
            present[slot] = true;
        }
        let scores = complement_scores(
            grams,
            |g| self.index.get(&g),
            &totals,
            &present,
            self.vocabulary,
        )?;
        Some((scores, present))
    }

    /// The vote the scores of [`CategoryModel::scores`] give.
    fn vote(
        &self,
        scores: &[f64; CATEGORIES],
        present: &[bool; CATEGORIES],
    ) -> Option<CategoryVote> {
        let (slot, probability) = best_class(scores, present)?;
        Some(CategoryVote {
            category: Category::ALL.get(slot).copied()?,
            probability,
        })
    }

    /// Per category (indexed as in `Category::ALL`), its log score minus the best category's,
    /// divided by the number of features: 0 for the best, negative for the others, comparable
    /// between short and long messages. Categories the model has not seen get the lowest margin
    /// of those it has. Also the model's vote ([`CategoryModel::predict_features`]), read from
    /// the same scores so the features are looked up once. `None`s while the model abstains.
    pub(crate) fn margins_and_vote(
        &self,
        grams: &[u32],
    ) -> (Option<[f64; CATEGORIES]>, Option<CategoryVote>) {
        let Some((scores, present)) = self.scores(grams) else {
            return (None, None);
        };
        let best = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let size = grams.len() as f64;
        let mut margins = scores.map(|s| if s.is_finite() { (s - best) / size } else { s });
        let lowest = margins
            .iter()
            .copied()
            .filter(|m| m.is_finite())
            .fold(0.0, f64::min);
        for m in &mut margins {
            if !m.is_finite() {
                *m = lowest;
            }
        }
        (Some(margins), self.vote(&scores, &present))
    }

    /// The model as JSON, for the store.
    pub fn to_json(&self) -> String {
        // A map of plain numbers and enum names always serializes.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a model written by [`CategoryModel::to_json`].
    pub fn from_json(json: &str) -> Result<Self, ModelError> {
        let mut model: CategoryModel = serde_json::from_str(json)?;
        if model.version != FORMAT_VERSION {
            return Err(ModelError::UnknownVersion(model.version));
        }
        for (category, counts) in &model.categories {
            let slot = category_slot(*category);
            for (feature, n) in &counts.features {
                model.index.entry(*feature).or_insert([0; CATEGORIES])[slot] = *n;
            }
        }
        Ok(model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trained() -> CategoryModel {
        let mut m = CategoryModel::new();
        for (text, c) in [
            (
                "where is my parcel tracking not moving",
                Category::OrderLogistics,
            ),
            (
                "parcel still not arrived tracking",
                Category::OrderLogistics,
            ),
            (
                "what size should i order is it true to size",
                Category::Product,
            ),
            ("does this come in a bigger size", Category::Product),
            ("我的包裹在哪里 物流不动", Category::OrderLogistics),
            ("尺码偏大吗 请推荐尺码", Category::Product),
        ] {
            m.learn(text, c);
        }
        m
    }

    #[test]
    fn model_abstains_until_it_has_learned_enough() {
        let mut m = CategoryModel::new();
        assert!(m.predict("where is my parcel").is_none());
        m.learn("where is my parcel", Category::OrderLogistics);
        m.learn("wrong parcel", Category::OrderLogistics);
        m.learn("another", Category::OrderLogistics);
        assert!(
            m.predict("where is my parcel").is_none(),
            "only one category"
        );
    }

    #[test]
    fn learned_corrections_generalize_to_typos_and_chinese() {
        let m = trained();
        let vote = m.predict("wher is my parcell??").unwrap();
        assert_eq!(vote.category, Category::OrderLogistics);
        assert!(vote.probability > 0.5);
        assert_eq!(
            m.predict("这个尺码合适吗").unwrap().category,
            Category::Product
        );
    }

    #[test]
    fn built_in_examples_train_every_category() {
        let m = CategoryModel::built_in();
        assert!(m.examples() > 500);
        assert_eq!(m.categories.len(), Category::ALL.len());
    }

    #[test]
    fn model_round_trips_through_json() {
        let m = trained();
        let back = CategoryModel::from_json(&m.to_json()).unwrap();
        assert_eq!(back, m);
        assert!(matches!(
            CategoryModel::from_json("{\"version\":99,\"categories\":{},\"vocabulary\":0}"),
            Err(ModelError::UnknownVersion(99))
        ));
        assert!(CategoryModel::from_json("nope").is_err());
    }
}
