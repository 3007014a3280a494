//! Combines dictionary hits, the learned model and the language detector into one [`Triage`]:
//! category by weighted votes, logistics problem, dispute risks, anger and the priority these
//! imply, each conclusion backed by evidence.

use crate::fold::fold;
use crate::language::detect_language_with_hint;
use crate::lexicon::Lexicon;
use crate::model::category_slot;
use crate::model::{feature_set, CategoryModel, CategoryVote};
use crate::problem::{may_name_a_problem, ProblemModel};
use crate::vocab::{DisputeRisk, LogisticsProblem};
use crate::weigh::{CategoryCues, CategoryWeights, FITTED};
use crate::{message_text, BuyerMessage, Evidence, MessageField, Signal, Triage};
use bridgedesk_model::{Category, Priority};
use std::collections::BTreeMap;

/// Subject lines summarise the request, so their phrases count a little more.
const SUBJECT_BONUS: f64 = 1.25;
/// Weight of the learned model's vote, added to the fitted category scores (logits): agents'
/// corrections outweigh a phrase and the examples.
const MODEL_WEIGHT: f64 = 4.0;
/// Probability the logistics-problem model needs before it names a problem no phrase named
/// (chosen on the dev split: lower thresholds named problems in plain shipping questions).
pub(crate) const PROBLEM_MODEL_CONFIDENCE: f64 = 0.9;
/// Letters needed before upper case counts as shouting.
const SHOUT_MIN_LETTERS: usize = 12;

/// Builds the signal a model's vote is recorded as.
type SignalOf = fn(Category) -> Signal;

/// Category tie-break: earlier wins (after-sales requests are the more specific reading).
const TIE_ORDER: &[Category] = &[
    Category::ReturnExchange,
    Category::Repair,
    Category::OrderLogistics,
    Category::Complaint,
    Category::Product,
    Category::Other,
];

fn tie_rank(c: Category) -> usize {
    TIE_ORDER
        .iter()
        .position(|t| *t == c)
        .unwrap_or(TIE_ORDER.len())
}

/// Problems in the order a tie between their phrases goes: a state the carrier names (customs,
/// return to sender, delivered) is more specific than the "stuck, not moving" words buyers add
/// to any of them ("stuck in customs", 卡在海关), so no tracking update comes last.
const PROBLEM_SPECIFICITY: &[LogisticsProblem] = &[
    LogisticsProblem::CustomsHold,
    LogisticsProblem::ReturnedToSender,
    LogisticsProblem::DeliveredNotReceived,
    LogisticsProblem::WrongItem,
    LogisticsProblem::Damaged,
    LogisticsProblem::NoTrackingUpdate,
];

fn specificity(p: LogisticsProblem) -> usize {
    PROBLEM_SPECIFICITY
        .iter()
        .position(|q| *q == p)
        .unwrap_or(PROBLEM_SPECIFICITY.len())
}

/// Whether a field is written in capitals (letters of cased scripts only).
fn shouting(text: &str) -> bool {
    let (mut upper, mut cased) = (0usize, 0usize);
    for c in text.chars() {
        if c.is_uppercase() {
            upper += 1;
            cased += 1;
        } else if c.is_lowercase() {
            cased += 1;
        }
    }
    cased >= SHOUT_MIN_LETTERS && upper * 10 >= cased * 7
}

/// The models triage consults besides the dictionaries.
#[derive(Debug, Clone, Copy)]
pub struct Models<'a> {
    /// Category model trained on the built-in examples.
    pub examples: &'a CategoryModel,
    /// Category model learned from agents' corrections.
    pub learned: &'a CategoryModel,
    /// Logistics-problem model trained on the built-in examples.
    pub problems: &'a ProblemModel,
    /// Probability the logistics-problem model needs to name a problem no phrase named
    /// ([`PROBLEM_MODEL_CONFIDENCE`] except when measuring others).
    pub problem_confidence: f64,
}

/// Triages one message (see [`crate::Triager::triage`]).
pub fn triage(lexicon: &Lexicon, models: Models<'_>, message: &BuyerMessage<'_>) -> Triage {
    assess(lexicon, models, message, &FITTED).0
}

/// Triages one message with the given category weights, also returning the category cues
/// (the weights are fitted on these).
pub(crate) fn assess(
    lexicon: &Lexicon,
    models: Models<'_>,
    message: &BuyerMessage<'_>,
    weights: &CategoryWeights,
) -> (Triage, CategoryCues) {
    let Models {
        examples,
        learned: model,
        problems: problem_model,
        problem_confidence,
    } = models;
    let mut evidence = Vec::new();
    let mut cues = CategoryCues::default();
    let mut problems: BTreeMap<LogisticsProblem, (f64, usize)> = BTreeMap::new();
    let mut risks: Vec<DisputeRisk> = Vec::new();
    let mut angry = false;
    let mut language_votes: BTreeMap<&'static str, usize> = BTreeMap::new();

    let fields = message
        .subject
        .map(|s| (MessageField::Subject, s))
        .into_iter()
        .chain(std::iter::once((MessageField::Body, message.body)));
    let mut order = 0usize;
    for (field, text) in fields {
        let bonus = if field == MessageField::Subject {
            SUBJECT_BONUS
        } else {
            1.0
        };
        let folded = fold(text);
        for hit in lexicon.find(&folded) {
            let entry = lexicon.entry(hit.entry);
            match entry.signal {
                Signal::Category(c) => cues.phrases[category_slot(c)] += bonus,
                Signal::LogisticsProblem(p) => {
                    cues.logistics += bonus;
                    let slot = problems.entry(p).or_insert((0.0, order));
                    slot.0 += bonus;
                }
                Signal::DisputeRisk(r) => {
                    if matches!(r, DisputeRisk::BadReview | DisputeRisk::PlatformReport) {
                        cues.threats += 1.0;
                    }
                    risks.push(r);
                }
                Signal::Angry => angry = true,
                Signal::LearnedCategory(_) | Signal::ExampleCategory(_) => {}
            }
            order += 1;
            *language_votes.entry(entry.language).or_default() += 1;
            let (start, end) = folded.original_span(hit.start, hit.end);
            evidence.push(Evidence {
                phrase: text
                    .get(start as usize..end as usize)
                    .unwrap_or("")
                    .to_owned(),
                field,
                start,
                end,
                dictionary: Some(entry.language.to_owned()),
                signal: entry.signal,
            });
        }
        if shouting(text) {
            angry = true;
            evidence.push(Evidence {
                phrase: String::new(),
                field,
                start: 0,
                end: text.len() as u32,
                dictionary: None,
                signal: Signal::Angry,
            });
        }
    }
    cues.angry = angry;

    let whole = message_text(message);
    let grams = feature_set(&whole);
    // One pass over the features gives the example model's margins and its vote.
    let (margins, example_vote) = examples.margins_and_vote(&grams);
    cues.margins = margins;
    let mut scores = weights.scores(&cues);
    let votes: [(Option<CategoryVote>, Option<f64>, SignalOf); 2] = [
        (example_vote, None, Signal::ExampleCategory),
        (
            model.predict_features(&grams),
            Some(MODEL_WEIGHT),
            Signal::LearnedCategory,
        ),
    ];
    for (vote, weight, signal) in votes {
        if let Some(vote) = vote {
            if let Some(weight) = weight {
                scores[category_slot(vote.category)] += weight * vote.probability;
            }
            evidence.push(Evidence {
                phrase: String::new(),
                field: MessageField::Body,
                start: 0,
                end: 0,
                dictionary: None,
                signal: signal(vote.category),
            });
        }
    }

    let category = if evidence.is_empty() {
        // Nothing was found and no model spoke.
        Category::Other
    } else {
        Category::ALL
            .iter()
            .zip(scores)
            .max_by(|a, b| {
                a.1.total_cmp(&b.1)
                    .then(tie_rank(*b.0).cmp(&tie_rank(*a.0)))
            })
            .map_or(Category::Other, |(c, _)| *c)
    };
    // A problem phrase in a repair request ("broke after a week") or a product question names
    // no shipment problem; where the category allows one and no phrase named it, the
    // logistics-problem model may.
    let logistics_problem = if may_name_a_problem(category) {
        let from_phrases = problems
            .iter()
            .max_by(|a, b| {
                a.1 .0
                    .total_cmp(&b.1 .0)
                    .then(specificity(*b.0).cmp(&specificity(*a.0)))
                    .then(b.1 .1.cmp(&a.1 .1))
            })
            .map(|(p, _)| *p);
        from_phrases.or_else(|| {
            let vote = problem_model.predict_features(&grams)?;
            let problem = vote.problem?;
            if vote.probability < problem_confidence {
                return None;
            }
            evidence.push(Evidence {
                phrase: String::new(),
                field: MessageField::Body,
                start: 0,
                end: 0,
                dictionary: None,
                signal: Signal::LogisticsProblem(problem),
            });
            Some(problem)
        })
    } else {
        None
    };
    risks.sort();
    risks.dedup();

    let priority = if risks.iter().any(|r| *r != DisputeRisk::BadReview) {
        Priority::Urgent
    } else if !risks.is_empty() || angry || logistics_problem.is_some() {
        Priority::High
    } else if category == Category::Other {
        Priority::Low
    } else {
        Priority::Normal
    };

    let hint = language_votes
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(l, _)| *l);
    let triage = Triage {
        language: detect_language_with_hint(&whole, hint),
        category,
        logistics_problem,
        priority,
        dispute_risks: risks,
        angry,
        evidence,
    };
    (triage, cues)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Triager;

    #[test]
    fn chargeback_threat_makes_a_message_urgent_with_evidence() {
        let t = Triager::new().triage(&BuyerMessage::body(
            "Where is my order?? If it doesn't arrive this week I will do a chargeback with my bank",
        ));
        assert_eq!(t.priority, Priority::Urgent);
        assert_eq!(t.dispute_risks, vec![DisputeRisk::Chargeback]);
        assert_eq!(t.category, Category::OrderLogistics);
        let e = t
            .evidence
            .iter()
            .find(|e| e.signal == Signal::DisputeRisk(DisputeRisk::Chargeback))
            .unwrap();
        assert_eq!(&"Where is my order?? If it doesn't arrive this week I will do a chargeback with my bank"[e.start as usize..e.end as usize], e.phrase);
    }

    #[test]
    fn a_part_that_broke_in_use_is_a_repair_without_a_shipment_problem() {
        let t = Triager::new().triage(&BuyerMessage::body(
            "the zipper broke after two weeks of wearing it, can you repair it under warranty?",
        ));
        assert_eq!(t.category, Category::Repair);
        assert_eq!(t.logistics_problem, None);
    }

    #[test]
    fn the_logistics_model_names_a_problem_no_phrase_named() {
        // No dictionary lists "shards"; the examples of damaged parcels teach it.
        let t = Triager::new().triage(&BuyerMessage::body(
            "the parcel came today and the glass bowl inside was in shards",
        ));
        assert_eq!(t.category, Category::OrderLogistics);
        assert_eq!(t.logistics_problem, Some(LogisticsProblem::Damaged));
        assert!(t.evidence.iter().any(|e| e.dictionary.is_none()
            && e.signal == Signal::LogisticsProblem(LogisticsProblem::Damaged)));
        assert_eq!(t.priority, Priority::High);
    }

    #[test]
    fn a_parcel_stuck_in_customs_is_a_customs_hold_not_a_stalled_tracking() {
        for text in [
            "mon colis est bloqué en douane depuis une semaine",
            "包裹卡在海关好几天了",
        ] {
            let t = Triager::new().triage(&BuyerMessage::body(text));
            assert_eq!(
                t.logistics_problem,
                Some(LogisticsProblem::CustomsHold),
                "{text}"
            );
        }
    }

    #[test]
    fn every_problem_has_a_tie_rank() {
        for p in LogisticsProblem::ALL {
            assert!(specificity(*p) < PROBLEM_SPECIFICITY.len());
        }
    }

    #[test]
    fn shouting_counts_as_angry() {
        let t = Triager::new().triage(&BuyerMessage::body(
            "WHY NOBODY ANSWERS ME THIS IS RIDICULOUS",
        ));
        assert!(t.angry);
        assert!(t.priority >= Priority::High);
    }

    #[test]
    fn empty_message_is_other_low_without_language() {
        let t = Triager::new().triage(&BuyerMessage::body(""));
        assert_eq!(
            (t.category, t.priority, t.language),
            (Category::Other, Priority::Low, None)
        );
        assert!(t.evidence.is_empty());
        assert!(t.dispute_risks.is_empty() && !t.angry);
    }

    #[test]
    fn an_agent_correction_changes_how_similar_messages_are_triaged() {
        let mut triager = Triager::new();
        let before = triager
            .triage(&BuyerMessage::body("the zorblax is fizzing"))
            .category;
        let target = if before == Category::Product {
            Category::Repair
        } else {
            Category::Product
        };
        let other = if target == Category::Other {
            Category::Complaint
        } else {
            Category::Other
        };
        for (t, c) in [
            ("zorblax gadget fizzing sound", target),
            ("my zorblax makes a fizzing noise", target),
            ("fizzing zorblax again", target),
            ("zorblax fizzing zorblax", target),
            ("hello, greetings from lisbon", other),
            ("greetings and hello again", other),
        ] {
            triager.learn_correction(&BuyerMessage::body(t), c);
        }
        let t = triager.triage(&BuyerMessage::body("the zorblax is fizzing"));
        assert_eq!(t.category, target);
        assert!(t
            .evidence
            .iter()
            .any(|e| e.signal == Signal::LearnedCategory(target)));
    }
}
