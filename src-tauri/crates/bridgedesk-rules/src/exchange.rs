//! Export and import of rule sets as versioned JSON, with validation that reports every problem
//! as a code + Fluent message id + arguments.

use crate::engine::RuleBook;
use crate::error::RuleSetError;
use crate::rule::{Action, RuleSet};

const STARTER_RULES: &str = include_str!("../data/rules/starter.json");

const STARTER_RULE_NAMES: &str = include_str!("../data/rules/names.tsv");

/// Example rules for the seed scenarios (Amazon unanswered 20 h, pending 3 days, dispute risk,
/// damaged item apology, key customers, after-hours tracking reply), all disabled, so a team
/// starts from working examples and dry-runs them before enabling. Names are in `language`
/// (BCP 47; the nine UI locales, falling back to English).
pub fn starter_rule_set(language: &str) -> RuleSet {
    // The embedded file is validated by a test; a broken build would give an empty set.
    let mut set: RuleSet =
        serde_json::from_str(STARTER_RULES).unwrap_or_else(|_| RuleSet::new(Vec::new()));
    let wanted = names_language(language);
    for line in STARTER_RULE_NAMES.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.splitn(3, '\t');
        let (Some(lang), Some(id), Some(name)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        if lang == wanted {
            if let Some(rule) = set.rules.iter_mut().find(|r| r.id == id) {
                rule.name = name.to_owned();
            }
        }
    }
    set
}

/// The names table's language for a BCP 47 tag: Chinese by script or region, others by
/// primary language.
fn names_language(tag: &str) -> &'static str {
    let lower = tag.to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    match parts.next().unwrap_or("") {
        "zh" => {
            if parts.any(|p| matches!(p, "tw" | "hk" | "mo" | "hant")) {
                "zh-TW"
            } else {
                "zh-CN"
            }
        }
        "es" => "es",
        "de" => "de",
        "fr" => "fr",
        "ja" => "ja",
        "pt" => "pt",
        "ar" => "ar",
        _ => "en",
    }
}

/// The rule set as pretty, stable JSON (field order fixed by the types, rules in order).
pub fn export_rule_set(set: &RuleSet) -> String {
    // Serializing these plain data types cannot fail (no maps with non-string keys).
    serde_json::to_string_pretty(set).unwrap_or_default()
}

/// Parses and validates an exported rule set. `known_templates` lists the reply template ids
/// that exist; an auto-reply naming another id is an error.
pub fn import_rule_set(json: &str, known_templates: &[&str]) -> Result<RuleSet, Vec<RuleSetError>> {
    let set: RuleSet = serde_json::from_str(json).map_err(|e| {
        vec![RuleSetError::InvalidJson {
            line: e.line(),
            column: e.column(),
        }]
    })?;
    validate_rule_set(&set, known_templates)?;
    Ok(set)
}

/// Every problem of a rule set: format, version, ids, regexes, nesting, durations and the
/// templates that auto-replies name.
pub fn validate_rule_set(set: &RuleSet, known_templates: &[&str]) -> Result<(), Vec<RuleSetError>> {
    let mut errors = RuleBook::compile(set).err().unwrap_or_default();
    for rule in &set.rules {
        for action in &rule.actions {
            if let Action::AutoReply { template_id } = action {
                if !known_templates.contains(&template_id.as_str()) {
                    errors.push(RuleSetError::UnknownTemplate {
                        rule_id: rule.id.clone(),
                        template_id: template_id.clone(),
                    });
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}
