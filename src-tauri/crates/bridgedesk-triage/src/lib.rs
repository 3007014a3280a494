//! Triage of buyer messages on ingest: which language the buyer writes, what the message is about
//! (category and, for shipments, the logistics problem), whether it threatens a dispute or sounds
//! angry, and so how urgent it is; plus the RFM grade and segment of a customer.
//!
//! Category: dictionary phrases, anger, threats and the margins of a complement naive Bayes
//! model trained on the built-in examples (`data/training.jsonl`) are combined by a linear score
//! per category whose weights were fitted (multinomial logistic regression) on out-of-fold cues of
//! the training messages; a second model learned from agents' corrections adds its vote on top.
//! Both models read character n-grams (unigrams to 4-grams for Chinese and Japanese, which have
//! no spaces) and words. Logistics problem: a problem phrase, or else a second small model trained on
//! labelled shipment messages, and only for categories where a shipment can go wrong (a part
//! that broke in use is a repair). Language: script first, then function words, and the
//! statistical detector only when those are inconclusive.
//!
//! The crate is pure: no I/O and no clock. Phrase dictionaries are data files compiled in with
//! `include_str!` (`data/<language>.txt`), the learned [`CategoryModel`] is handed in by the
//! caller (the store keeps it as JSON) and time is an argument. Every conclusion carries the
//! [`Evidence`] that produced it so an agent can see why a message was triaged the way it was.

mod combine;
#[cfg(test)]
mod fit;
mod fold;
mod grade;
mod language;
mod lexicon;
mod model;
mod problem;
mod vocab;
mod weigh;

pub use grade::{grade_customer, GradeThresholds, OrderHistory, PastOrder, ThresholdProblem};
pub use language::detect_language;
pub use model::{CategoryModel, CategoryVote, ModelError};
pub use vocab::{CustomerGrade, CustomerSegment, DisputeRisk, LogisticsProblem};

use bridgedesk_model::{Category, Priority};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A buyer's message as triage reads it: the optional subject line (e-mail, Amazon relay) and
/// the body text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuyerMessage<'a> {
    /// The subject line, when the channel has one.
    pub subject: Option<&'a str>,
    /// The message text.
    pub body: &'a str,
}

impl<'a> BuyerMessage<'a> {
    /// A message with a body and no subject.
    pub fn body(body: &'a str) -> Self {
        Self {
            subject: None,
            body,
        }
    }
}

/// Which part of a [`BuyerMessage`] a piece of evidence was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MessageField {
    /// The subject line.
    Subject,
    /// The body text.
    Body,
}

/// What a matched phrase (or the learned model) indicated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Signal {
    /// A phrase typical of an inquiry category.
    Category(Category),
    /// A phrase naming a logistics problem (it also points to the order and logistics category).
    LogisticsProblem(LogisticsProblem),
    /// A threat of a dispute.
    DisputeRisk(DisputeRisk),
    /// An angry tone (insults, shouting, exasperation).
    Angry,
    /// The model learned from agents' corrections voted for a category.
    LearnedCategory(Category),
    /// The model trained on the built-in example messages voted for a category.
    ExampleCategory(Category),
}

/// Why triage concluded something: the text that matched, where, and what it indicated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Evidence {
    /// The matched text as the buyer wrote it (empty for a vote of the learned model).
    pub phrase: String,
    /// The field the text was found in.
    pub field: MessageField,
    /// Byte offset of the match in that field (UTF-8, on a character boundary).
    pub start: u32,
    /// Byte offset just past the match.
    pub end: u32,
    /// The dictionary language the phrase came from (ISO 639-1), or `None` for the model.
    pub dictionary: Option<String>,
    /// What the match indicated.
    pub signal: Signal,
}

/// The outcome of triaging one buyer message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Triage {
    /// The buyer's language as ISO 639-1 (`"es"`, `"zh"`, `"ar"`), `None` when undecidable
    /// (empty text, only numbers, a language outside the detector's reach).
    pub language: Option<String>,
    /// The inquiry category.
    pub category: Category,
    /// For order and logistics messages, the problem named, if any.
    pub logistics_problem: Option<LogisticsProblem>,
    /// Urgency from dispute risks, anger and logistics problems.
    pub priority: Priority,
    /// Dispute threats found, sorted and without repeats.
    pub dispute_risks: Vec<DisputeRisk>,
    /// Whether the tone is angry.
    pub angry: bool,
    /// What matched, in order of position (subject first).
    pub evidence: Vec<Evidence>,
}

/// Triages buyer messages with the built-in phrase dictionaries and a learned category model.
#[derive(Debug, Clone)]
pub struct Triager {
    lexicon: lexicon::Lexicon,
    examples: CategoryModel,
    model: CategoryModel,
    problems: problem::ProblemModel,
}

impl Default for Triager {
    fn default() -> Self {
        Self::new()
    }
}

impl Triager {
    /// A triager with the built-in dictionaries and example model, and an empty learned model.
    pub fn new() -> Self {
        Self::with_model(CategoryModel::new())
    }

    /// A triager with the built-in dictionaries and a model learned from agents' corrections.
    pub fn with_model(model: CategoryModel) -> Self {
        Self {
            lexicon: lexicon::Lexicon::built_in(),
            examples: CategoryModel::built_in(),
            model,
            problems: problem::ProblemModel::built_in(),
        }
    }

    /// A triager with the built-in dictionaries and the given example and learned models (for
    /// evaluating a model trained on other examples, e.g. in cross-validation).
    pub fn with_models(examples: CategoryModel, model: CategoryModel) -> Self {
        Self {
            lexicon: lexicon::Lexicon::built_in(),
            examples,
            model,
            problems: problem::ProblemModel::built_in(),
        }
    }

    /// The learned model, to be saved after [`Triager::learn_correction`].
    pub fn model(&self) -> &CategoryModel {
        &self.model
    }

    /// Records an agent's correction of a message's category so similar messages follow it.
    pub fn learn_correction(&mut self, message: &BuyerMessage<'_>, category: Category) {
        self.model.learn(&message_text(message), category);
    }

    /// Triages one message.
    pub fn triage(&self, message: &BuyerMessage<'_>) -> Triage {
        combine::triage(
            &self.lexicon,
            combine::Models {
                examples: &self.examples,
                learned: &self.model,
                problems: &self.problems,
                problem_confidence: combine::PROBLEM_MODEL_CONFIDENCE,
            },
            message,
        )
    }
}

/// The subject and body as one text, for the language detector and the model (the body itself,
/// not a copy, when there is no subject).
pub(crate) fn message_text<'a>(message: &BuyerMessage<'a>) -> std::borrow::Cow<'a, str> {
    match message.subject {
        Some(subject) if !subject.trim().is_empty() => {
            format!("{subject}\n{}", message.body).into()
        }
        _ => message.body.into(),
    }
}

/// TypeScript declarations of the triage types the UI shows, one `export` each, in a fixed order.
pub fn typescript_declarations() -> String {
    let decls = [
        LogisticsProblem::decl(),
        DisputeRisk::decl(),
        CustomerGrade::decl(),
        CustomerSegment::decl(),
        MessageField::decl(),
        Signal::decl(),
        Evidence::decl(),
        Triage::decl(),
        GradeThresholds::decl(),
    ];
    bridgedesk_model::exported_declarations(decls)
}
