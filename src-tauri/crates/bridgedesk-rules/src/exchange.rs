//! Export and import of rule sets as versioned JSON, with validation that reports every problem
//! as a code + Fluent message id + arguments.

use crate::engine::RuleBook;
use crate::error::RuleSetError;
use crate::rule::{Action, RuleSet};

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
