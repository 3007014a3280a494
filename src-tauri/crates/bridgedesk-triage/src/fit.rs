//! Fits the category weights ([`crate::weigh`]) on the training messages and measures them
//! honestly: the example model's margins come from models that did not see the message (5-fold),
//! and the weights are judged by nested cross-validation (fitted on four folds' cues, scored on
//! the fifth). Only training data is read here; the held-out evaluation set stays unseen.

use crate::combine::{assess, Models, PROBLEM_MODEL_CONFIDENCE};
use crate::lexicon::Lexicon;
use crate::model::{category_slot, CategoryModel, CATEGORIES};
use crate::problem::ProblemModel;
use crate::vocab::LogisticsProblem;
use crate::weigh::{CategoryCues, CategoryWeights, CUES, FITTED, WEIGHTS};
use crate::BuyerMessage;
use bridgedesk_model::Category;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

const FOLDS: usize = 5;
/// L2 penalty on the weights (keeps rare cues from taking extreme weights).
const RIDGE: f64 = 1e-3;
const STEPS: usize = 1000;
const LEARNING_RATE: f64 = 0.3;

#[derive(Deserialize)]
struct Labelled {
    text: String,
    language: String,
    category: Category,
    #[serde(default)]
    logistics_problem: Option<LogisticsProblem>,
}

struct Case {
    language: String,
    gold: usize,
    cues: CategoryCues,
}

/// Every training message with cues from an example model trained on the other folds.
fn out_of_fold_cases() -> Vec<Case> {
    let set: Vec<Labelled> = include_str!("../data/training.jsonl")
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let lexicon = Lexicon::built_in();
    let problems = ProblemModel::built_in();
    let learned = CategoryModel::new();
    let mut cases: Vec<Option<Case>> = (0..set.len()).map(|_| None).collect();
    for fold in 0..FOLDS {
        let mut examples = CategoryModel::new();
        for (i, m) in set.iter().enumerate() {
            if i % FOLDS != fold {
                examples.learn(&m.text, m.category);
            }
        }
        let models = Models {
            examples: &examples,
            learned: &learned,
            problems: &problems,
            problem_confidence: PROBLEM_MODEL_CONFIDENCE,
        };
        for (i, m) in set.iter().enumerate() {
            if i % FOLDS == fold {
                let (_, cues) = assess(&lexicon, models, &BuyerMessage::body(&m.text), &FITTED);
                cases[i] = Some(Case {
                    language: m.language.clone(),
                    gold: category_slot(m.category),
                    cues,
                });
            }
        }
    }
    cases.into_iter().flatten().collect()
}

fn softmax(scores: &[f64; CATEGORIES]) -> [f64; CATEGORIES] {
    let best = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let exp = scores.map(|s| (s - best).exp());
    let sum: f64 = exp.iter().sum();
    exp.map(|e| e / sum)
}

/// Multinomial logistic regression by full-batch gradient descent with Adagrad steps, starting
/// from zero (not from the weights in use, which have seen every fold).
fn fit(cases: &[&Case]) -> CategoryWeights {
    let mut w = [0.0; WEIGHTS];
    let mut squares = [1e-8; WEIGHTS];
    for _ in 0..STEPS {
        let mut grad = [0.0; WEIGHTS];
        let weights = CategoryWeights(w);
        for case in cases {
            let p = softmax(&weights.scores(&case.cues));
            for (c, g) in grad.chunks_mut(CUES).enumerate() {
                let err = p[c] - if c == case.gold { 1.0 } else { 0.0 };
                for (g, x) in g.iter_mut().zip(case.cues.row(c)) {
                    *g += err * x;
                }
            }
        }
        let n = cases.len().max(1) as f64;
        for ((w, square), grad) in w.iter_mut().zip(&mut squares).zip(grad) {
            let g = grad / n + RIDGE * *w;
            *square += g * g;
            *w -= LEARNING_RATE * g / square.sqrt();
        }
    }
    CategoryWeights(w)
}

fn decide(weights: &CategoryWeights, cues: &CategoryCues) -> usize {
    weights
        .scores(cues)
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map_or(CATEGORIES - 1, |(i, _)| i)
}

fn macro_f1(pairs: &[(usize, usize)]) -> f64 {
    let classes: BTreeSet<usize> = pairs.iter().flat_map(|(g, p)| [*g, *p]).collect();
    let total: f64 = classes
        .iter()
        .map(|c| {
            let tp = pairs.iter().filter(|(g, p)| g == c && p == c).count() as f64;
            let wrong = pairs.iter().filter(|(g, p)| (g == c) != (p == c)).count() as f64;
            if tp == 0.0 {
                0.0
            } else {
                2.0 * tp / (2.0 * tp + wrong)
            }
        })
        .sum();
    total / classes.len().max(1) as f64
}

fn report(name: &str, cases: &[Case], predicted: &[usize]) -> f64 {
    let mut per_language: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    let mut all = Vec::new();
    for (case, p) in cases.iter().zip(predicted) {
        per_language
            .entry(case.language.as_str())
            .or_default()
            .push((case.gold, *p));
        all.push((case.gold, *p));
    }
    let overall = macro_f1(&all);
    let languages: Vec<String> = per_language
        .iter()
        .map(|(l, pairs)| format!("{l} {:.3}", macro_f1(pairs)))
        .collect();
    println!("{name}: macro-F1 {overall:.3} ({})", languages.join(", "));
    overall
}

#[test]
fn fitted_weights_beat_the_model_alone_under_nested_cross_validation() {
    let cases = out_of_fold_cases();
    let mut seconds: Vec<f64> = cases
        .iter()
        .filter_map(|c| c.cues.margins)
        .map(|m| {
            let mut m = m.to_vec();
            m.sort_by(|a, b| b.total_cmp(a));
            m[1]
        })
        .collect();
    seconds.sort_by(f64::total_cmp);
    println!(
        "runner-up margin quartiles {:.4} {:.4} {:.4}",
        seconds[seconds.len() / 4],
        seconds[seconds.len() / 2],
        seconds[3 * seconds.len() / 4]
    );
    let model_alone: Vec<usize> = cases
        .iter()
        .map(|c| {
            c.cues.margins.map_or(CATEGORIES - 1, |m| {
                m.iter()
                    .enumerate()
                    .max_by(|a, b| a.1.total_cmp(b.1))
                    .map_or(CATEGORIES - 1, |(i, _)| i)
            })
        })
        .collect();
    let built_in: Vec<usize> = cases.iter().map(|c| decide(&FITTED, &c.cues)).collect();
    let mut nested = vec![0; cases.len()];
    for fold in 0..FOLDS {
        let train: Vec<&Case> = cases
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS != fold)
            .map(|(_, c)| c)
            .collect();
        let weights = fit(&train);
        for (i, case) in cases.iter().enumerate() {
            if i % FOLDS == fold {
                nested[i] = decide(&weights, &case.cues);
            }
        }
    }
    let alone = report("5-fold CV, example model alone", &cases, &model_alone);
    report(
        "5-fold CV of the model, weights in use (fitted on all of it: optimistic)",
        &cases,
        &built_in,
    );
    let fitted = report(
        "nested 5-fold CV, weights refitted per fold",
        &cases,
        &nested,
    );
    assert!(
        fitted > alone,
        "fitted {fitted:.3} vs model alone {alone:.3}"
    );
}

/// Prints the weights fitted on all training messages, to be copied into `weigh::FITTED`.
#[test]
#[ignore = "slow; run with --ignored to refit the weights"]
fn fit_category_weights_on_all_training_messages() {
    let cases = out_of_fold_cases();
    let all: Vec<&Case> = cases.iter().collect();
    println!("{:.3?}", fit(&all).0);
}

/// Macro-F1 over the logistics problems, and exact agreement on the messages where the gold
/// label or the prediction names one.
fn problem_scores(pairs: &[(Option<LogisticsProblem>, Option<LogisticsProblem>)]) -> (f64, f64) {
    let f1: f64 = LogisticsProblem::ALL
        .iter()
        .map(|p| {
            let tp = pairs
                .iter()
                .filter(|(g, q)| *g == Some(*p) && *q == Some(*p))
                .count();
            let wrong = pairs
                .iter()
                .filter(|(g, q)| (*g == Some(*p)) != (*q == Some(*p)))
                .count();
            2.0 * tp as f64 / (2 * tp + wrong).max(1) as f64
        })
        .sum::<f64>()
        / LogisticsProblem::ALL.len() as f64;
    let named: Vec<_> = pairs
        .iter()
        .filter(|(g, q)| g.is_some() || q.is_some())
        .collect();
    let exact = named.iter().filter(|(g, q)| g == q).count() as f64 / named.len().max(1) as f64;
    (f1, exact)
}

/// Prints the logistics-problem figures under 5-fold cross-validation of both models (the
/// dictionaries saw every fold, so the figures are optimistic) for several confidences the
/// problem model needs before it names a problem no phrase named.
#[test]
#[ignore = "slow; run with --ignored to compare problem-model confidences"]
fn problem_model_confidence_under_cross_validation() {
    let training = include_str!("../data/training.jsonl");
    let lines: Vec<&str> = training.lines().filter(|l| !l.trim().is_empty()).collect();
    let set: Vec<Labelled> = lines
        .iter()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert_eq!(set.len(), lines.len());
    let lexicon = Lexicon::built_in();
    let learned = CategoryModel::new();
    let confidences = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];
    let mut pairs = vec![Vec::new(); confidences.len()];
    for fold in 0..FOLDS {
        let mut examples = CategoryModel::new();
        for (i, m) in set.iter().enumerate() {
            if i % FOLDS != fold {
                examples.learn(&m.text, m.category);
            }
        }
        let problems = ProblemModel::from_lines(
            lines
                .iter()
                .enumerate()
                .filter(|(i, _)| i % FOLDS != fold)
                .map(|(_, l)| *l)
                .chain(include_str!("../data/logistics.jsonl").lines()),
        );
        for (i, m) in set.iter().enumerate() {
            if i % FOLDS != fold {
                continue;
            }
            for (c, confidence) in confidences.iter().enumerate() {
                let models = Models {
                    examples: &examples,
                    learned: &learned,
                    problems: &problems,
                    problem_confidence: *confidence,
                };
                let (t, _) = assess(&lexicon, models, &BuyerMessage::body(&m.text), &FITTED);
                pairs[c].push((m.logistics_problem, t.logistics_problem));
            }
        }
    }
    for (confidence, pairs) in confidences.iter().zip(&pairs) {
        let (f1, exact) = problem_scores(pairs);
        println!(
            "problem model confidence {confidence:.2}: problem macro-F1 {f1:.3}, exact {exact:.3}"
        );
    }
}
