//! The agent's rules as the editor sees them: listed in evaluation order, saved after
//! validation, switched on and off, reordered, deleted, exported and imported as JSON.

use crate::error::{CoreError, CoreResult};
use crate::Workspace;
use bridgedesk_model::*;
use bridgedesk_rules::{export_rule_set, import_rule_set, validate_rule_set, Rule, RuleSet};
use bridgedesk_store::{Store, StoredRule};

fn view_of(stored: StoredRule) -> Option<RuleView> {
    let mut rule: serde_json::Value = serde_json::from_str(&stored.rule_json).ok()?;
    if let Some(object) = rule.as_object_mut() {
        object.insert("enabled".into(), serde_json::Value::Bool(stored.enabled));
        object.insert("name".into(), serde_json::Value::String(stored.name));
    }
    Some(RuleView {
        id: stored.id,
        position: stored.position,
        rule,
    })
}

impl Workspace {
    /// Installs the starter rules for the seed scenarios, switched off and named in the agent's
    /// language, into a workspace that has no rules yet.
    pub(crate) fn install_starter_rules(&self, store: &Store, now: UtcMillis) -> CoreResult<()> {
        if !store.rules()?.is_empty() {
            return Ok(());
        }
        let set = bridgedesk_rules::starter_rule_set(&self.settings().locale);
        for mut rule in set.rules {
            rule.enabled = false;
            let json = serde_json::to_string(&rule).map_err(|_| CoreError::RuleShape)?;
            store.insert_rule(&rule.name, &json, false, now)?;
        }
        self.rules_changed();
        Ok(())
    }

    fn template_keys(&self, store: &Store) -> CoreResult<Vec<String>> {
        Ok(store.templates()?.into_iter().map(|t| t.key).collect())
    }

    fn validate(&self, store: &Store, rules: &[Rule]) -> CoreResult<()> {
        let keys = self.template_keys(store)?;
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        validate_rule_set(&RuleSet::new(rules.to_vec()), &keys).map_err(CoreError::Rules)
    }

    /// Every rule in evaluation order.
    pub fn rules_list(&self) -> CoreResult<Vec<RuleView>> {
        Ok(self
            .store()?
            .rules()?
            .into_iter()
            .filter_map(view_of)
            .collect())
    }

    /// Saves a rule from the editor (new with `id: None`), after validating it.
    pub fn rule_save(&self, id: Option<RowId>, rule: &serde_json::Value) -> CoreResult<RuleView> {
        let store = self.store()?;
        let mut rule: Rule =
            serde_json::from_value(rule.clone()).map_err(|_| CoreError::RuleShape)?;
        let now = self.clock.now();
        if rule.id.trim().is_empty() {
            rule.id = format!("rule-{now}");
        }
        rule.name = rule.name.trim().to_owned();
        self.validate(&store, std::slice::from_ref(&rule))?;
        let json = serde_json::to_string(&rule).map_err(|_| CoreError::RuleShape)?;
        let id = match id {
            Some(id) => {
                store.update_rule(id, &rule.name, &json, rule.enabled, now)?;
                id
            }
            None => store.insert_rule(&rule.name, &json, rule.enabled, now)?,
        };
        self.rules_changed();
        tracing::info!("Saved rule {id}");
        view_of(store.rule(id)?).ok_or(CoreError::RuleShape)
    }

    /// Switches a rule on or off.
    pub fn rule_set_enabled(&self, id: RowId, enabled: bool) -> CoreResult<Vec<RuleView>> {
        let store = self.store()?;
        let stored = store.rule(id)?;
        store.update_rule(
            id,
            &stored.name,
            &stored.rule_json,
            enabled,
            self.clock.now(),
        )?;
        self.rules_changed();
        self.rules_list()
    }

    /// Deletes a rule.
    pub fn rule_delete(&self, id: RowId) -> CoreResult<Vec<RuleView>> {
        self.store()?.delete_rule(id)?;
        self.rules_changed();
        self.rules_list()
    }

    /// Puts the rules in this evaluation order.
    pub fn rules_reorder(&self, ids: &[RowId]) -> CoreResult<Vec<RuleView>> {
        self.store()?.reorder_rules(ids)?;
        self.rules_changed();
        self.rules_list()
    }

    /// Every rule as a versioned JSON rule set.
    pub fn rules_export(&self) -> CoreResult<String> {
        let rules: Vec<Rule> = self
            .store()?
            .rules()?
            .into_iter()
            .filter_map(|stored| {
                let mut rule: Rule = serde_json::from_str(&stored.rule_json).ok()?;
                rule.enabled = stored.enabled;
                rule.name = stored.name;
                Some(rule)
            })
            .collect();
        Ok(export_rule_set(&RuleSet::new(rules)))
    }

    /// Adds the rules of an exported rule set after the existing ones.
    pub fn rules_import(&self, json: &str) -> CoreResult<RuleImport> {
        let store = self.store()?;
        let keys = self.template_keys(&store)?;
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let set = import_rule_set(json, &keys).map_err(CoreError::Rules)?;
        let now = self.clock.now();
        for rule in &set.rules {
            let json = serde_json::to_string(rule).map_err(|_| CoreError::RuleShape)?;
            store.insert_rule(&rule.name, &json, rule.enabled, now)?;
        }
        self.rules_changed();
        tracing::info!("Imported {} rules", set.rules.len());
        Ok(RuleImport {
            imported: set.rules.len() as u32,
            rules: self.rules_list()?,
        })
    }
}
