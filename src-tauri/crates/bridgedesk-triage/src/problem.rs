//! A second small model for the logistics problem of a shipment message: complement naive Bayes
//! over the same character n-grams and words as the category model, with "no problem" as a
//! seventh class. Buyers describe a broken parcel or a stalled tracking page in countless ways
//! the dictionaries cannot list; the model generalises from the labelled examples in
//! `data/training.jsonl` and `data/logistics.jsonl` and speaks only when the dictionaries found
//! no problem phrase.

use crate::model::{complement_vote, feature_set, FeatureMap};
use crate::vocab::LogisticsProblem;
use bridgedesk_model::Category;
use serde::Deserialize;

/// Classes: "no problem" first, then the problems in declaration order.
const CLASSES: usize = 1 + LogisticsProblem::ALL.len();

fn slot(problem: Option<LogisticsProblem>) -> usize {
    problem
        .and_then(|p| LogisticsProblem::ALL.iter().position(|q| *q == p))
        .map_or(0, |i| (i + 1).min(CLASSES - 1))
}

fn class(slot: usize) -> Option<LogisticsProblem> {
    slot.checked_sub(1)
        .and_then(|i| LogisticsProblem::ALL.get(i).copied())
}

/// The categories whose messages can name a logistics problem (an item that broke in use is a
/// repair, a question about shipping costs a product question).
pub(crate) fn may_name_a_problem(category: Category) -> bool {
    matches!(
        category,
        Category::OrderLogistics | Category::ReturnExchange | Category::Complaint
    )
}

/// The model's vote.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct ProblemVote {
    /// The most probable class (`None`: no logistics problem).
    pub problem: Option<LogisticsProblem>,
    /// Its posterior probability among the classes.
    pub probability: f64,
}

/// Complement naive Bayes over message features, one class per logistics problem plus none.
#[derive(Debug, Clone, Default)]
pub(crate) struct ProblemModel {
    index: FeatureMap<[u32; CLASSES]>,
    totals: [u64; CLASSES],
    vocabulary: u32,
}

impl ProblemModel {
    /// Trained on the built-in labelled messages of the categories that can name a problem:
    /// `data/training.jsonl` (shared with the category model) and `data/logistics.jsonl`, one
    /// example of each problem per language, kept apart because so many shipment messages would
    /// tilt the category model towards order and logistics. Lines that do not parse are skipped.
    pub fn built_in() -> Self {
        let files = [
            include_str!("../data/training.jsonl"),
            include_str!("../data/logistics.jsonl"),
        ];
        Self::from_lines(files.iter().flat_map(|f| f.lines()))
    }

    /// Trained on labelled JSON lines (the layout of `data/training.jsonl`), learning from the
    /// categories that can name a problem. Lines that do not parse are skipped.
    pub fn from_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> Self {
        #[derive(Deserialize)]
        struct Labelled {
            text: String,
            category: Category,
            logistics_problem: Option<LogisticsProblem>,
        }
        let mut model = Self::default();
        for line in lines {
            if let Ok(example) = serde_json::from_str::<Labelled>(line) {
                if may_name_a_problem(example.category) {
                    model.learn(&example.text, example.logistics_problem);
                }
            }
        }
        model
    }

    fn learn(&mut self, text: &str, problem: Option<LogisticsProblem>) {
        let seen = feature_set(text);
        let s = slot(problem);
        for f in seen {
            let row = self.index.entry(f).or_insert_with(|| {
                self.vocabulary = self.vocabulary.saturating_add(1);
                [0; CLASSES]
            });
            row[s] = row[s].saturating_add(1);
            self.totals[s] = self.totals[s].saturating_add(1);
        }
    }

    /// The most probable class for a text, `None` when the model has nothing to go on.
    #[cfg(test)]
    pub fn predict(&self, text: &str) -> Option<ProblemVote> {
        self.predict_features(&feature_set(text))
    }

    /// The most probable class for the [`feature_set`] of a text.
    pub fn predict_features(&self, grams: &[u32]) -> Option<ProblemVote> {
        if self.totals.iter().filter(|t| **t > 0).count() < 2 {
            return None;
        }
        let present = self.totals.map(|t| t > 0);
        let (best, probability) = complement_vote(
            grams,
            |g| self.index.get(&g),
            &self.totals,
            &present,
            self.vocabulary,
        )?;
        Some(ProblemVote {
            problem: class(best),
            probability,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_names_problems_it_has_examples_for_and_none_for_plain_questions() {
        let m = ProblemModel::built_in();
        let vote = m.predict("快递盒子压扁了 里面的杯子碎了").unwrap();
        assert_eq!(vote.problem, Some(LogisticsProblem::Damaged));
        let vote = m
            .predict("the parcel is held at customs, they want import tax")
            .unwrap();
        assert_eq!(vote.problem, Some(LogisticsProblem::CustomsHold));
    }

    #[test]
    fn classes_round_trip_through_slots() {
        assert_eq!(class(slot(None)), None);
        for p in LogisticsProblem::ALL {
            assert_eq!(class(slot(Some(*p))), Some(*p));
        }
    }

    #[test]
    fn repairs_and_questions_name_no_problem() {
        assert!(!may_name_a_problem(Category::Repair));
        assert!(!may_name_a_problem(Category::Product));
        assert!(may_name_a_problem(Category::OrderLogistics));
    }
}
