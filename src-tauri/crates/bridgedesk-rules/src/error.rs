//! Errors of this crate, each with a stable code, a Fluent message id and arguments, so the UI
//! explains an import or template problem in the agent's language (never English strings).

use bridgedesk_model::AppError;
use std::collections::BTreeMap;

/// Why a rule set cannot be imported or compiled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleSetError {
    #[error("rule set is not valid JSON at {line}:{column}")]
    InvalidJson { line: usize, column: usize },
    #[error("not a rule set: format {format:?}")]
    UnknownFormat { format: String },
    #[error("rule set version {version} is not supported")]
    UnsupportedVersion { version: u32 },
    #[error("too many rules (max {max})")]
    TooManyRules { max: usize },
    #[error("rule {index} has an empty id")]
    EmptyRuleId { index: usize },
    #[error("rule id {rule_id} appears twice")]
    DuplicateRuleId { rule_id: String },
    #[error("rule {rule_id} has no actions")]
    NoActions { rule_id: String },
    #[error("rule {rule_id}: invalid regex")]
    InvalidRegex { rule_id: String, pattern: String },
    #[error("rule {rule_id}: regex longer than {max} bytes")]
    RegexTooLong { rule_id: String, max: usize },
    #[error("rule {rule_id}: conditions nested deeper than {max}")]
    ConditionTooDeep { rule_id: String, max: usize },
    #[error("rule {rule_id}: negative duration")]
    NegativeDuration { rule_id: String },
    #[error("rule {rule_id}: unknown reply template {template_id}")]
    UnknownTemplate {
        rule_id: String,
        template_id: String,
    },
}

impl RuleSetError {
    /// Stable machine code, e.g. `rules.invalid_regex`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidJson { .. } => "rules.invalid_json",
            Self::UnknownFormat { .. } => "rules.unknown_format",
            Self::UnsupportedVersion { .. } => "rules.unsupported_version",
            Self::TooManyRules { .. } => "rules.too_many_rules",
            Self::EmptyRuleId { .. } => "rules.empty_rule_id",
            Self::DuplicateRuleId { .. } => "rules.duplicate_rule_id",
            Self::NoActions { .. } => "rules.no_actions",
            Self::InvalidRegex { .. } => "rules.invalid_regex",
            Self::RegexTooLong { .. } => "rules.regex_too_long",
            Self::ConditionTooDeep { .. } => "rules.condition_too_deep",
            Self::NegativeDuration { .. } => "rules.negative_duration",
            Self::UnknownTemplate { .. } => "rules.unknown_template",
        }
    }

    /// Fluent message id: the code with `.`/`_` turned into `-`, e.g. `rules-invalid-regex`.
    pub fn message_id(&self) -> String {
        message_id_of(self.code())
    }

    /// Fluent arguments of the message.
    pub fn args(&self) -> BTreeMap<String, String> {
        let pairs: Vec<(&str, String)> = match self {
            Self::InvalidJson { line, column } => {
                vec![("line", line.to_string()), ("column", column.to_string())]
            }
            Self::UnknownFormat { format } => vec![("format", format.clone())],
            Self::UnsupportedVersion { version } => vec![("version", version.to_string())],
            Self::TooManyRules { max } => vec![("max", max.to_string())],
            Self::EmptyRuleId { index } => vec![("index", (index + 1).to_string())],
            Self::DuplicateRuleId { rule_id }
            | Self::NoActions { rule_id }
            | Self::NegativeDuration { rule_id } => vec![("rule", rule_id.clone())],
            Self::InvalidRegex { rule_id, pattern } => {
                vec![("rule", rule_id.clone()), ("pattern", pattern.clone())]
            }
            Self::RegexTooLong { rule_id, max } | Self::ConditionTooDeep { rule_id, max } => {
                vec![("rule", rule_id.clone()), ("max", max.to_string())]
            }
            Self::UnknownTemplate {
                rule_id,
                template_id,
            } => vec![("rule", rule_id.clone()), ("template", template_id.clone())],
        };
        args_of(pairs)
    }

    /// The error as the UI receives it.
    pub fn to_app_error(&self) -> AppError {
        app_error_of(self.code(), self.args())
    }
}

/// Why a reply template cannot be rendered or loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("template {template_id} has no variants")]
    NoVariant { template_id: String },
    #[error("template {template_id} ({language}) is not a valid Fluent message")]
    Syntax {
        template_id: String,
        language: String,
    },
    #[error("template {template_id} ({language}) needs variable {variable}")]
    MissingVariable {
        template_id: String,
        language: String,
        variable: String,
    },
    #[error("template {template_id} ({language}) could not be formatted")]
    Format {
        template_id: String,
        language: String,
    },
    #[error("time zone {time_zone} is unknown")]
    UnknownTimeZone { time_zone: String },
}

impl TemplateError {
    /// Stable machine code, e.g. `template.missing_variable`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NoVariant { .. } => "template.no_variant",
            Self::Syntax { .. } => "template.syntax",
            Self::MissingVariable { .. } => "template.missing_variable",
            Self::Format { .. } => "template.format",
            Self::UnknownTimeZone { .. } => "template.unknown_time_zone",
        }
    }

    /// Fluent message id, e.g. `template-missing-variable`.
    pub fn message_id(&self) -> String {
        message_id_of(self.code())
    }

    /// Fluent arguments of the message.
    pub fn args(&self) -> BTreeMap<String, String> {
        let pairs: Vec<(&str, String)> = match self {
            Self::NoVariant { template_id } => vec![("template", template_id.clone())],
            Self::Syntax {
                template_id,
                language,
            }
            | Self::Format {
                template_id,
                language,
            } => vec![
                ("template", template_id.clone()),
                ("language", language.clone()),
            ],
            Self::MissingVariable {
                template_id,
                language,
                variable,
            } => vec![
                ("template", template_id.clone()),
                ("language", language.clone()),
                ("variable", variable.clone()),
            ],
            Self::UnknownTimeZone { time_zone } => vec![("zone", time_zone.clone())],
        };
        args_of(pairs)
    }

    /// The error as the UI receives it.
    pub fn to_app_error(&self) -> AppError {
        app_error_of(self.code(), self.args())
    }
}

fn message_id_of(code: &str) -> String {
    code.replace(['.', '_'], "-")
}

fn args_of(pairs: Vec<(&str, String)>) -> BTreeMap<String, String> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

fn app_error_of(code: &str, args: BTreeMap<String, String>) -> AppError {
    AppError {
        code: code.to_owned(),
        message_id: message_id_of(code),
        args,
    }
}

/// Every Fluent message id a [`RuleSetError`] or [`TemplateError`] may carry, for the locale
/// files (each with the arguments documented on the variants: `$rule`, `$template`, …).
pub fn error_message_ids() -> Vec<String> {
    [
        "rules.invalid_json",
        "rules.unknown_format",
        "rules.unsupported_version",
        "rules.too_many_rules",
        "rules.empty_rule_id",
        "rules.duplicate_rule_id",
        "rules.no_actions",
        "rules.invalid_regex",
        "rules.regex_too_long",
        "rules.condition_too_deep",
        "rules.negative_duration",
        "rules.unknown_template",
        "template.no_variant",
        "template.syntax",
        "template.missing_variable",
        "template.format",
        "template.unknown_time_zone",
    ]
    .iter()
    .map(|code| message_id_of(code))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_code_is_listed_with_its_message_id() {
        let ids = error_message_ids();
        let samples = [
            RuleSetError::InvalidJson { line: 1, column: 2 }.to_app_error(),
            RuleSetError::UnknownTemplate {
                rule_id: "r".into(),
                template_id: "t".into(),
            }
            .to_app_error(),
            TemplateError::UnknownTimeZone {
                time_zone: "X".into(),
            }
            .to_app_error(),
        ];
        for app in samples {
            assert!(ids.contains(&app.message_id), "{}", app.message_id);
            assert_eq!(app.message_id, app.code.replace(['.', '_'], "-"));
        }
        assert_eq!(ids.len(), 17);
    }
}
