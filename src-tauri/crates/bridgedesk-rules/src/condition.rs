//! Conditions compiled once (regexes built, keywords lower-cased) and evaluated against facts,
//! either fast (a bool) or explained (the checks that decided it, with the values compared).

use crate::error::RuleSetError;
use crate::facts::ConversationFacts;
use crate::rule::{Comparison, Condition};
use crate::trace::ConditionCheck;
use bridgedesk_model::UtcMillis;
use regex::{Regex, RegexBuilder};
use std::cell::Cell;
use std::collections::BTreeMap;

/// Longest regex pattern a rule may hold, in bytes.
pub const MAX_REGEX_LEN: usize = 512;
/// Compiled-program size limit for a rule's regex, in bytes.
pub const REGEX_SIZE_LIMIT: usize = 256 * 1024;
/// Deepest nesting of all/any/not a rule may hold.
pub const MAX_CONDITION_DEPTH: usize = 16;

const MINUTE_MS: i64 = 60_000;

/// What a condition is evaluated against: the facts, `now`, and the lower-cased text.
/// `text_lower` is `facts.text` lower-cased once per event (actions never change the text).
pub(crate) struct Subject<'a> {
    pub facts: &'a ConversationFacts,
    pub now: UtcMillis,
    pub text_lower: &'a str,
}

/// A condition ready to evaluate.
#[derive(Debug, Clone)]
pub(crate) enum Compiled {
    All(Vec<Compiled>),
    Any(Vec<Compiled>),
    Not(Box<Compiled>),
    Leaf(Box<Leaf>),
    /// The lower-cased words, and the slot of their result in a [`TextMemo`] once numbered.
    Keywords(Vec<String>, Option<usize>),
    /// The regex, its pattern, and the slot of its result in a [`TextMemo`] once numbered.
    Regex(Regex, String, Option<usize>),
}

/// What a keyword or regex check found in the text of one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seen {
    /// Not looked for yet.
    Unknown,
    /// Not in the text.
    Missing,
    /// In the text: for keywords, the index of the first listed word found.
    Found(usize),
}

/// The results of the keyword and regex checks of one event, shared by every rule holding the
/// same check (the text does not change while the rules run, so each distinct list of
/// keywords or pattern is searched for once, however many rules hold it).
pub(crate) struct TextMemo(Vec<Cell<Seen>>);

impl TextMemo {
    /// Room for `slots` numbered checks (see [`Compiled::number_text_checks`]).
    pub fn new(slots: usize) -> Self {
        Self(vec![Cell::new(Seen::Unknown); slots])
    }

    /// The remembered result of slot `slot`, or `search`'s (then remembered).
    fn get_or(&self, slot: Option<usize>, search: impl FnOnce() -> Seen) -> Seen {
        let Some(cell) = slot.and_then(|i| self.0.get(i)) else {
            return search();
        };
        if cell.get() == Seen::Unknown {
            cell.set(search());
        }
        cell.get()
    }
}

/// A keyword or regex check as its memo slot is found by.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum TextKey {
    Keywords(Vec<String>),
    Regex(String),
}

/// Which memo slot each distinct keyword list or regex pattern of a rule book takes.
#[derive(Debug, Default)]
pub(crate) struct TextSlots(BTreeMap<TextKey, usize>);

impl TextSlots {
    /// How many slots were handed out.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    fn slot(&mut self, key: TextKey) -> usize {
        let next = self.0.len();
        *self.0.entry(key).or_insert(next)
    }
}

/// A plain comparison with what its trace needs prepared once.
#[derive(Debug, Clone)]
pub(crate) struct Leaf {
    condition: Condition,
    code: &'static str,
    expected: String,
    passed_id: String,
    failed_id: String,
}

impl Leaf {
    fn new(condition: Condition) -> Self {
        let (code, expected) = leaf_code_expected(&condition);
        Self {
            condition,
            code,
            expected,
            passed_id: message_id(code, true),
            failed_id: message_id(code, false),
        }
    }
}

/// Compiles a condition; `rule_id` names the rule in errors.
pub(crate) fn compile(
    condition: &Condition,
    rule_id: &str,
    depth: usize,
) -> Result<Compiled, RuleSetError> {
    if depth > MAX_CONDITION_DEPTH {
        return Err(RuleSetError::ConditionTooDeep {
            rule_id: rule_id.to_owned(),
            max: MAX_CONDITION_DEPTH,
        });
    }
    let children = |list: &[Condition]| -> Result<Vec<Compiled>, RuleSetError> {
        list.iter()
            .map(|c| compile(c, rule_id, depth + 1))
            .collect()
    };
    Ok(match condition {
        Condition::All { conditions } => Compiled::All(children(conditions)?),
        Condition::Any { conditions } => Compiled::Any(children(conditions)?),
        Condition::Not { condition } => {
            Compiled::Not(Box::new(compile(condition, rule_id, depth + 1)?))
        }
        Condition::Keywords { any_of } => Compiled::Keywords(
            any_of
                .iter()
                .map(|k| k.trim().to_lowercase())
                .filter(|k| !k.is_empty())
                .collect(),
            None,
        ),
        Condition::Regex { pattern } => {
            if pattern.len() > MAX_REGEX_LEN {
                return Err(RuleSetError::RegexTooLong {
                    rule_id: rule_id.to_owned(),
                    max: MAX_REGEX_LEN,
                });
            }
            let regex = RegexBuilder::new(pattern)
                .case_insensitive(true)
                .size_limit(REGEX_SIZE_LIMIT)
                .build()
                .map_err(|_| RuleSetError::InvalidRegex {
                    rule_id: rule_id.to_owned(),
                    pattern: pattern.clone(),
                })?;
            Compiled::Regex(regex, pattern.clone(), None)
        }
        Condition::MinutesSinceBuyerMessage { minutes, .. }
        | Condition::MinutesSinceAgentMessage { minutes, .. }
        | Condition::MinutesSinceStatusChange { minutes, .. }
            if *minutes < 0 =>
        {
            return Err(RuleSetError::NegativeDuration {
                rule_id: rule_id.to_owned(),
            });
        }
        other => Compiled::Leaf(Box::new(Leaf::new(other.clone()))),
    })
}

/// The index of the first of `words` in `text_lower`.
fn first_keyword(words: &[String], text_lower: &str) -> Seen {
    words
        .iter()
        .position(|w| text_lower.contains(w.as_str()))
        .map_or(Seen::Missing, Seen::Found)
}

fn regex_seen(re: &Regex, text: &str) -> Seen {
    if re.is_match(text) {
        Seen::Found(0)
    } else {
        Seen::Missing
    }
}

impl Compiled {
    /// Gives each keyword list and regex of this condition its slot in a [`TextMemo`]: the
    /// same slot for the same list or pattern, in this condition or another numbered with the
    /// same `slots`.
    pub fn number_text_checks(&mut self, slots: &mut TextSlots) {
        match self {
            Compiled::All(list) | Compiled::Any(list) => {
                for c in list {
                    c.number_text_checks(slots);
                }
            }
            Compiled::Not(inner) => inner.number_text_checks(slots),
            Compiled::Keywords(words, slot) => {
                *slot = Some(slots.slot(TextKey::Keywords(words.clone())));
            }
            Compiled::Regex(_, pattern, slot) => {
                *slot = Some(slots.slot(TextKey::Regex(pattern.clone())));
            }
            Compiled::Leaf(_) => {}
        }
    }

    /// Whether the condition holds, without explaining (and without allocating).
    #[cfg(test)]
    pub fn holds(&self, s: &Subject) -> bool {
        self.holds_with(s, &TextMemo::new(0))
    }

    /// [`Compiled::holds`], reading and filling `memo` for numbered keyword and regex checks.
    pub fn holds_with(&self, s: &Subject, memo: &TextMemo) -> bool {
        match self {
            Compiled::All(list) => list.iter().all(|c| c.holds_with(s, memo)),
            Compiled::Any(list) => list.iter().any(|c| c.holds_with(s, memo)),
            Compiled::Not(inner) => !inner.holds_with(s, memo),
            Compiled::Keywords(words, slot) => {
                memo.get_or(*slot, || first_keyword(words, s.text_lower)) != Seen::Missing
            }
            Compiled::Regex(re, _, slot) => {
                memo.get_or(*slot, || regex_seen(re, &s.facts.text)) != Seen::Missing
            }
            Compiled::Leaf(leaf) => leaf_holds(&leaf.condition, s),
        }
    }

    /// Whether the condition holds, pushing the checks that decided it onto `out`.
    /// `path` is the position of this node (child indexes from the root); it is restored
    /// before returning, and stringified only for the checks kept.
    pub fn explain(&self, s: &Subject, path: &mut Vec<u16>, out: &mut Vec<ConditionCheck>) -> bool {
        self.explain_with(s, &TextMemo::new(0), path, out)
    }

    /// [`Compiled::explain`], reading and filling `memo` for numbered keyword and regex checks.
    pub fn explain_with(
        &self,
        s: &Subject,
        memo: &TextMemo,
        path: &mut Vec<u16>,
        out: &mut Vec<ConditionCheck>,
    ) -> bool {
        match self {
            // The first child whose result is `false` decides an all(); `true` decides an any().
            Compiled::All(list) => explain_children(list, false, s, memo, path, out),
            Compiled::Any(list) => {
                if list.is_empty() {
                    out.push(check(path, "any_empty", false, Vec::new()));
                }
                explain_children(list, true, s, memo, path, out)
            }
            Compiled::Not(inner) => {
                path.push(0);
                let result = !inner.explain_with(s, memo, path, out);
                path.pop();
                out.push(check(path, "not", result, Vec::new()));
                result
            }
            Compiled::Keywords(words, slot) => {
                let found = match memo.get_or(*slot, || first_keyword(words, s.text_lower)) {
                    Seen::Found(i) => words.get(i),
                    Seen::Missing | Seen::Unknown => None,
                };
                let passed = found.is_some();
                let mut args = vec![("expected", words.join(", "))];
                if let Some(word) = found {
                    args.push(("actual", word.clone()));
                }
                out.push(check(path, "keywords", passed, args));
                passed
            }
            Compiled::Regex(re, pattern, slot) => {
                // A remembered miss needs no search; a hit is searched again for its span.
                let found = match memo.get_or(*slot, || regex_seen(re, &s.facts.text)) {
                    Seen::Missing => None,
                    Seen::Found(_) | Seen::Unknown => re.find(&s.facts.text),
                };
                let mut args = vec![("expected", pattern.clone())];
                if let Some(m) = found {
                    args.push(("actual", m.as_str().chars().take(80).collect()));
                }
                out.push(check(path, "regex", found.is_some(), args));
                found.is_some()
            }
            Compiled::Leaf(leaf) => {
                let passed = leaf_holds(&leaf.condition, s);
                let id = if passed {
                    &leaf.passed_id
                } else {
                    &leaf.failed_id
                };
                let mut args = BTreeMap::new();
                args.insert("actual".to_owned(), leaf_actual(&leaf.condition, s));
                args.insert("expected".to_owned(), leaf.expected.clone());
                out.push(ConditionCheck {
                    path: path_text(path),
                    code: leaf.code.to_owned(),
                    passed,
                    message_id: id.clone(),
                    args,
                });
                passed
            }
        }
    }
}

/// Evaluates children in order until one returns `decisive`; keeps only that child's checks
/// (it alone decided), or every child's checks when none did.
fn explain_children(
    list: &[Compiled],
    decisive: bool,
    s: &Subject,
    memo: &TextMemo,
    path: &mut Vec<u16>,
    out: &mut Vec<ConditionCheck>,
) -> bool {
    let start = out.len();
    for (i, c) in list.iter().enumerate() {
        let child_start = out.len();
        path.push(i as u16);
        let result = c.explain_with(s, memo, path, out);
        path.pop();
        if result == decisive {
            out.drain(start..child_start);
            return decisive;
        }
    }
    !decisive
}

fn path_text(path: &[u16]) -> String {
    use std::fmt::Write;
    let mut text = String::new();
    for (n, i) in path.iter().enumerate() {
        if n > 0 {
            text.push('.');
        }
        // Writing to a String cannot fail.
        let _ = write!(text, "{i}");
    }
    text
}

fn message_id(code: &str, passed: bool) -> String {
    format!(
        "rule-check-{}-{}",
        code.replace('_', "-"),
        if passed { "passed" } else { "failed" }
    )
}

fn check(path: &[u16], code: &str, passed: bool, args: Vec<(&str, String)>) -> ConditionCheck {
    ConditionCheck {
        path: path_text(path),
        code: code.to_owned(),
        passed,
        message_id: message_id(code, passed),
        args: args
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect::<BTreeMap<_, _>>(),
    }
}

fn language_matches(wanted: &str, actual: &str) -> bool {
    if wanted.eq_ignore_ascii_case(actual) {
        return true;
    }
    let primary = actual.split(['-', '_']).next().unwrap_or(actual);
    wanted.eq_ignore_ascii_case(primary)
}

fn minutes_since(now: UtcMillis, at: Option<UtcMillis>) -> Option<i64> {
    at.map(|at| now.saturating_sub(at) / MINUTE_MS)
}

fn leaf_holds(leaf: &Condition, s: &Subject) -> bool {
    let f = s.facts;
    match leaf {
        Condition::Channel { any_of } => any_of.contains(&f.channel),
        Condition::StoreId { any_of } => any_of.contains(&f.store_id),
        Condition::Team { any_of } => any_of.contains(&f.team_id.unwrap_or(0)),
        Condition::Language { any_of } => any_of.iter().any(|l| language_matches(l, &f.language)),
        Condition::Country { any_of } => any_of.iter().any(|c| c.eq_ignore_ascii_case(&f.country)),
        Condition::Category { any_of } => any_of.contains(&f.category),
        Condition::LogisticsProblem { any_of } => f
            .logistics_problem
            .as_deref()
            .is_some_and(|p| any_of.iter().any(|w| w == p)),
        Condition::CustomerGrade { any_of } => any_of.contains(&f.customer_grade),
        Condition::Segment { any_of } => any_of.contains(&f.segment),
        Condition::OrderValue {
            cmp,
            amount_minor,
            currency,
        } => f.order_value.as_ref().is_some_and(|v| {
            v.currency.eq_ignore_ascii_case(currency) && cmp.holds(v.amount_minor, *amount_minor)
        }),
        Condition::Priority { any_of } => any_of.contains(&f.priority),
        Condition::Status { any_of } => any_of.contains(&f.status),
        Condition::HasTag { any_of } => any_of.iter().any(|t| f.tags.contains(t)),
        Condition::MinutesSinceBuyerMessage { cmp, minutes } => {
            since_holds(*cmp, s.now, f.last_buyer_message_at, *minutes)
        }
        Condition::MinutesSinceAgentMessage { cmp, minutes } => {
            since_holds(*cmp, s.now, f.last_agent_message_at, *minutes)
        }
        Condition::MinutesSinceStatusChange { cmp, minutes } => {
            since_holds(*cmp, s.now, f.status_changed_at, *minutes)
        }
        Condition::AwaitingAgent { is } => f.awaiting_agent() == *is,
        Condition::BusinessHours { within } => f.within_business_hours == *within,
        Condition::Blacklisted { is } => f.blacklisted == *is,
        // Compiled into their own variants; never leaves.
        Condition::All { .. }
        | Condition::Any { .. }
        | Condition::Not { .. }
        | Condition::Keywords { .. }
        | Condition::Regex { .. } => false,
    }
}

fn since_holds(cmp: Comparison, now: UtcMillis, at: Option<UtcMillis>, minutes: i64) -> bool {
    minutes_since(now, at).is_some_and(|m| cmp.holds(m, minutes))
}

fn list<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn since_text(cmp: Comparison, minutes: i64) -> String {
    format!("{} {minutes}", cmp.as_str())
}

fn opt_minutes(now: UtcMillis, at: Option<UtcMillis>) -> String {
    minutes_since(now, at).map_or_else(|| "none".to_owned(), |m| m.to_string())
}

/// The code of a leaf and the value it expects, computed once when the rule is compiled.
fn leaf_code_expected(leaf: &Condition) -> (&'static str, String) {
    match leaf {
        Condition::Channel { any_of } => ("channel", list(any_of)),
        Condition::StoreId { any_of } => ("store_id", list(any_of)),
        Condition::Team { any_of } => ("team", list(any_of)),
        Condition::Language { any_of } => ("language", any_of.join(", ")),
        Condition::Country { any_of } => ("country", any_of.join(", ")),
        Condition::Category { any_of } => ("category", list(any_of)),
        Condition::LogisticsProblem { any_of } => ("logistics_problem", any_of.join(", ")),
        Condition::CustomerGrade { any_of } => ("customer_grade", any_of.join(", ")),
        Condition::Segment { any_of } => ("segment", any_of.join(", ")),
        Condition::OrderValue {
            cmp,
            amount_minor,
            currency,
        } => (
            "order_value",
            format!("{} {amount_minor} {currency}", cmp.as_str()),
        ),
        Condition::Priority { any_of } => ("priority", list(any_of)),
        Condition::Status { any_of } => ("status", list(any_of)),
        Condition::HasTag { any_of } => ("has_tag", any_of.join(", ")),
        Condition::MinutesSinceBuyerMessage { cmp, minutes } => {
            ("minutes_since_buyer_message", since_text(*cmp, *minutes))
        }
        Condition::MinutesSinceAgentMessage { cmp, minutes } => {
            ("minutes_since_agent_message", since_text(*cmp, *minutes))
        }
        Condition::MinutesSinceStatusChange { cmp, minutes } => {
            ("minutes_since_status_change", since_text(*cmp, *minutes))
        }
        Condition::AwaitingAgent { is } => ("awaiting_agent", is.to_string()),
        Condition::BusinessHours { within } => ("business_hours", within.to_string()),
        Condition::Blacklisted { is } => ("blacklisted", is.to_string()),
        // Compiled into their own variants; never leaves.
        Condition::All { .. } => ("all", String::new()),
        Condition::Any { .. } => ("any", String::new()),
        Condition::Not { .. } => ("not", String::new()),
        Condition::Keywords { .. } => ("keywords", String::new()),
        Condition::Regex { .. } => ("regex", String::new()),
    }
}

/// The value the facts hold for a leaf, as the trace shows it.
fn leaf_actual(leaf: &Condition, s: &Subject) -> String {
    let f = s.facts;
    match leaf {
        Condition::Channel { .. } => f.channel.as_str().to_owned(),
        Condition::StoreId { .. } => f.store_id.to_string(),
        Condition::Team { .. } => f.team_id.unwrap_or(0).to_string(),
        Condition::Language { .. } => f.language.clone(),
        Condition::Country { .. } => f.country.clone(),
        Condition::Category { .. } => f.category.as_str().to_owned(),
        Condition::LogisticsProblem { .. } => {
            f.logistics_problem.clone().unwrap_or_else(|| "none".into())
        }
        Condition::CustomerGrade { .. } => f.customer_grade.clone(),
        Condition::Segment { .. } => f.segment.clone(),
        Condition::OrderValue { .. } => f.order_value.as_ref().map_or_else(
            || "none".to_owned(),
            |v| format!("{} {}", v.amount_minor, v.currency),
        ),
        Condition::Priority { .. } => f.priority.as_str().to_owned(),
        Condition::Status { .. } => f.status.as_str().to_owned(),
        Condition::HasTag { .. } => f.tags.iter().cloned().collect::<Vec<_>>().join(", "),
        Condition::MinutesSinceBuyerMessage { .. } => opt_minutes(s.now, f.last_buyer_message_at),
        Condition::MinutesSinceAgentMessage { .. } => opt_minutes(s.now, f.last_agent_message_at),
        Condition::MinutesSinceStatusChange { .. } => opt_minutes(s.now, f.status_changed_at),
        Condition::AwaitingAgent { .. } => f.awaiting_agent().to_string(),
        Condition::BusinessHours { .. } => f.within_business_hours.to_string(),
        Condition::Blacklisted { .. } => f.blacklisted.to_string(),
        Condition::All { .. }
        | Condition::Any { .. }
        | Condition::Not { .. }
        | Condition::Keywords { .. }
        | Condition::Regex { .. } => String::new(),
    }
}

/// Every condition code a trace may carry.
pub const CONDITION_CODES: &[&str] = &[
    "any_empty",
    "not",
    "keywords",
    "regex",
    "channel",
    "store_id",
    "team",
    "language",
    "country",
    "category",
    "logistics_problem",
    "customer_grade",
    "segment",
    "order_value",
    "priority",
    "status",
    "has_tag",
    "minutes_since_buyer_message",
    "minutes_since_agent_message",
    "minutes_since_status_change",
    "awaiting_agent",
    "business_hours",
    "blacklisted",
];
