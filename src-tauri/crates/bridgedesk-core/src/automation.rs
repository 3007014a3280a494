//! Rules at work: the facts of a conversation built from the store, the enabled rules compiled
//! once, evaluation on triggers (new buyer message, agent reply, status change) and on time
//! (the scheduler), the planned actions carried out through the workspace's own store calls,
//! every run logged per conversation with its explanation, and dry runs for the editor.

use crate::error::{CoreError, CoreResult};
use crate::Workspace;
use bridgedesk_model::*;
use bridgedesk_rules::{
    dry_run, Action, ConversationFacts, Money, PlannedAction, Rule, RuleBook, RuleEvent, RuleSet,
    RuleTrace, TraceOutcome,
};
use bridgedesk_store::{ReplyDraft, RuleInputs, RuleRunRecord, StatusChange, Store};
use std::collections::BTreeMap;

/// The enabled rules compiled, with each stored rule's name by its id.
pub(crate) struct CompiledRules {
    book: RuleBook,
    names: BTreeMap<String, String>,
}

/// The rule's facts from what the store keeps, at `now`.
pub(crate) fn facts_of(inputs: &RuleInputs, within_business_hours: bool) -> ConversationFacts {
    ConversationFacts {
        conversation_id: inputs.conversation_id,
        channel: inputs.channel,
        store_id: inputs.store_id,
        language: inputs.language.clone(),
        country: inputs.country.clone(),
        category: inputs.category,
        logistics_problem: Some(inputs.logistics_problem.clone()).filter(|p| !p.is_empty()),
        customer_grade: inputs.grade.clone(),
        segment: inputs.segment.clone(),
        blacklisted: inputs.blacklisted,
        text: format!("{}\n{}", inputs.subject, inputs.last_buyer_text),
        order_value: inputs
            .order_value
            .clone()
            .map(|(amount_minor, currency)| Money {
                amount_minor,
                currency,
            }),
        priority: inputs.priority,
        status: inputs.status,
        assignee: inputs.assignee.clone(),
        team_id: inputs.team_id,
        tags: inputs.tags.clone(),
        last_buyer_message_at: inputs.last_buyer_message_at,
        last_agent_message_at: inputs.last_agent_message_at,
        status_changed_at: inputs.status_changed_at,
        within_business_hours,
        time_rule_runs: inputs.time_rule_runs.clone(),
    }
}

/// The stable name serde gives a value (`not_matched`, `new_buyer_message`).
fn name_of<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// A trace as explanation lines: the outcome first, then the checks that decided it.
pub(crate) fn trace_lines(
    trace: &RuleTrace,
    rule_name: &str,
    teams: &BTreeMap<RowId, String>,
) -> Vec<TraceLine> {
    let outcome = name_of(&trace.outcome);
    let mut args = BTreeMap::from([("rule".to_owned(), rule_name.to_owned())]);
    if let Some(due) = trace.due_at {
        args.insert("due".to_owned(), due.to_string());
    }
    let mut lines = vec![TraceLine {
        message_id: format!("rule-outcome-{}", outcome.replace('_', "-")),
        args,
        passed: trace.outcome == TraceOutcome::Matched,
    }];
    lines.extend(trace.checks.iter().map(|check| TraceLine {
        message_id: check.message_id.clone(),
        args: if check.code == "team" {
            check
                .args
                .iter()
                .map(|(k, v)| (k.clone(), team_list_text(v, teams)))
                .collect()
        } else {
            check.args.clone()
        },
        passed: check.passed,
    }));
    lines
}

/// A team check's list of ids (`2, 0`) as names; 0 (no team) becomes `none`, which the UI
/// words; an id that is no longer a team stays a number.
fn team_list_text(ids: &str, teams: &BTreeMap<RowId, String>) -> String {
    ids.split(", ")
        .map(|id| match id.parse::<RowId>() {
            Ok(0) => "none".to_owned(),
            Ok(id) => teams.get(&id).cloned().unwrap_or_else(|| id.to_string()),
            Err(_) => id.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Team names by id, for explanation lines that name a team.
pub(crate) fn team_names(store: &Store) -> CoreResult<BTreeMap<RowId, String>> {
    Ok(store.teams()?.into_iter().map(|t| (t.id, t.name)).collect())
}

/// An action as an explanation line (`rule-action-<kind>` with its arguments); a team is
/// named by its name (its id when it no longer exists).
pub(crate) fn action_line(action: &Action, teams: &BTreeMap<RowId, String>) -> TraceLine {
    let (kind, args): (&str, Vec<(&str, String)>) = match action {
        Action::Assign { agent } => ("assign", vec![("agent", agent.clone())]),
        Action::AssignTeam { team_id } => (
            "assign-team",
            vec![(
                "team",
                teams
                    .get(team_id)
                    .cloned()
                    .unwrap_or_else(|| team_id.to_string()),
            )],
        ),
        Action::Tag { tag } => ("tag", vec![("tag", tag.clone())]),
        Action::SetPriority { priority } => {
            ("set-priority", vec![("priority", priority.as_str().into())])
        }
        Action::SetCategory { category } => {
            ("set-category", vec![("category", category.as_str().into())])
        }
        Action::ApplySlaPolicy { policy_id } => {
            ("apply-sla-policy", vec![("policy", policy_id.clone())])
        }
        Action::SetStatus { status } => ("set-status", vec![("status", status.as_str().into())]),
        Action::AutoReply { template_id } => {
            ("auto-reply", vec![("template", template_id.clone())])
        }
        Action::AddNote { text } => ("add-note", vec![("text", text.clone())]),
        Action::Notify { agent } => ("notify", vec![("agent", agent.clone().unwrap_or_default())]),
    };
    TraceLine {
        message_id: format!("rule-action-{kind}"),
        args: args.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        passed: true,
    }
}

fn trigger_name(event: RuleEvent) -> String {
    name_of(&event)
}

impl Workspace {
    /// The enabled rules, compiled (cached until the rules change).
    pub(crate) fn with_rules<T>(
        &self,
        store: &Store,
        f: impl FnOnce(&CompiledRules) -> T,
    ) -> CoreResult<T> {
        if let Some(rules) = self
            .rule_book
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
        {
            return Ok(f(rules));
        }
        let mut rules = Vec::new();
        let mut names = BTreeMap::new();
        for stored in store.rules()?.into_iter().filter(|r| r.enabled) {
            match serde_json::from_str::<Rule>(&stored.rule_json) {
                Ok(mut rule) => {
                    rule.id = stored.id.to_string();
                    rule.enabled = true;
                    names.insert(rule.id.clone(), stored.name.clone());
                    rules.push(rule);
                }
                Err(err) => tracing::warn!("Skipping stored rule {}: {err}", stored.id),
            }
        }
        let book = RuleBook::compile(&RuleSet::new(rules)).map_err(CoreError::Rules)?;
        let compiled = CompiledRules { book, names };
        let result = f(&compiled);
        *self.rule_book.write().unwrap_or_else(|p| p.into_inner()) = Some(compiled);
        Ok(result)
    }

    /// Forgets the compiled rules (after any change to them).
    pub(crate) fn rules_changed(&self) {
        *self.rule_book.write().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// The facts of a conversation at `now`.
    pub(crate) fn facts(
        &self,
        store: &Store,
        id: RowId,
        now: UtcMillis,
    ) -> CoreResult<(RuleInputs, ConversationFacts)> {
        let inputs = store.rule_inputs(id)?;
        let open = self
            .sla_config()
            .within_business_hours(inputs.team_id, inputs.store_id, now);
        let facts = facts_of(&inputs, open);
        Ok((inputs, facts))
    }

    /// [`Workspace::run_rules`] after an action that already happened (a message stored, a
    /// status set, a reply queued): a rule that cannot be carried out is logged, and the
    /// agent's action still succeeds.
    pub(crate) fn after_event(
        &self,
        store: &Store,
        id: RowId,
        event: RuleEvent,
    ) -> Vec<RuleRunView> {
        self.run_rules(store, id, event).unwrap_or_else(|err| {
            tracing::warn!("The rules for conversation {id} could not run: {err:#}");
            Vec::new()
        })
    }

    /// Evaluates the enabled rules for `event` on a conversation, carries out what they plan,
    /// and logs every rule that listens to this event. Returns the logged runs.
    pub(crate) fn run_rules(
        &self,
        store: &Store,
        id: RowId,
        event: RuleEvent,
    ) -> CoreResult<Vec<RuleRunView>> {
        let now = self.clock.now();
        let (inputs, facts) = self.facts(store, id, now)?;
        let (evaluation, names) = self.with_rules(store, |rules| {
            (rules.book.evaluate(event, &facts, now), rules.names.clone())
        })?;
        let logged: Vec<&RuleTrace> = evaluation
            .traces
            .iter()
            .filter(|t| {
                !matches!(
                    t.outcome,
                    TraceOutcome::OtherTrigger | TraceOutcome::Disabled
                )
            })
            .collect();
        self.apply_actions(store, &inputs, &evaluation.actions, &names)?;
        self.log_runs(
            store,
            &inputs,
            &logged,
            &evaluation.actions,
            &names,
            &trigger_name(event),
            &[],
            now,
        )
    }

    /// Checks the time-based rules of every open or pending conversation at this instant (the
    /// scheduler calls this); returns how many rules fired.
    pub fn run_time_rules(&self) -> CoreResult<usize> {
        let store = self.store()?;
        let now = self.clock.now();
        let has_rules = self.with_rules(&store, |rules| rules.book.rules().next().is_some())?;
        if !has_rules {
            return Ok(0);
        }
        let mut fired_total = 0;
        for id in store.active_conversation_ids()? {
            let (inputs, facts) = self.facts(&store, id, now)?;
            let (check, names) = self.with_rules(&store, |rules| {
                (rules.book.due_time_rules(&facts, now), rules.names.clone())
            })?;
            if check.fired.is_empty() {
                continue;
            }
            fired_total += check.fired.len();
            let matched: Vec<&RuleTrace> = check
                .evaluation
                .traces
                .iter()
                .filter(|t| t.outcome == TraceOutcome::Matched)
                .collect();
            self.apply_actions(&store, &inputs, &check.evaluation.actions, &names)?;
            self.log_runs(
                &store,
                &inputs,
                &matched,
                &check.evaluation.actions,
                &names,
                "time",
                &check.fired,
                now,
            )?;
            self.changed(id);
        }
        if fired_total > 0 {
            tracing::info!("Time rules fired {fired_total} times");
        }
        Ok(fired_total)
    }

    #[allow(clippy::too_many_arguments)]
    fn log_runs(
        &self,
        store: &Store,
        inputs: &RuleInputs,
        traces: &[&RuleTrace],
        actions: &[PlannedAction],
        names: &BTreeMap<String, String>,
        trigger: &str,
        anchors: &[(String, UtcMillis)],
        now: UtcMillis,
    ) -> CoreResult<Vec<RuleRunView>> {
        let mut views = Vec::with_capacity(traces.len());
        let teams = team_names(store)?;
        for trace in traces {
            let name = names.get(&trace.rule_id).cloned().unwrap_or_default();
            let lines = trace_lines(trace, &name, &teams);
            let action_lines: Vec<TraceLine> = if trace.outcome == TraceOutcome::Matched {
                actions
                    .iter()
                    .filter(|a| a.rule_id == trace.rule_id)
                    .map(|a| action_line(&a.action, &teams))
                    .collect()
            } else {
                Vec::new()
            };
            views.push(RuleRunView {
                conversation_id: inputs.conversation_id,
                subject: inputs.subject.clone(),
                customer_name: inputs.customer_name.clone(),
                channel: inputs.channel,
                rule_name: name,
                trigger: trigger.to_owned(),
                matched: trace.outcome == TraceOutcome::Matched,
                trace: lines,
                actions: action_lines,
                ran_at: now,
            });
        }
        let jsons: Vec<(String, String)> = views
            .iter()
            .map(|v| {
                (
                    serde_json::to_string(&v.trace).unwrap_or_default(),
                    serde_json::to_string(&v.actions).unwrap_or_default(),
                )
            })
            .collect();
        let records: Vec<RuleRunRecord<'_>> = traces
            .iter()
            .zip(&views)
            .zip(&jsons)
            .map(
                |((trace, view), (trace_json, actions_json))| RuleRunRecord {
                    conversation_id: inputs.conversation_id,
                    rule_id: trace.rule_id.parse().ok(),
                    rule_name: &view.rule_name,
                    trigger,
                    matched: view.matched,
                    trace_json,
                    actions_json,
                    anchor_at: anchors
                        .iter()
                        .find(|(rule, _)| *rule == trace.rule_id)
                        .map(|(_, at)| *at),
                    at: now,
                },
            )
            .collect();
        store.log_rule_runs(&records)?;
        Ok(views)
    }

    /// Carries out planned actions with the store's own writes, as an agent's action would.
    fn apply_actions(
        &self,
        store: &Store,
        inputs: &RuleInputs,
        actions: &[PlannedAction],
        names: &BTreeMap<String, String>,
    ) -> CoreResult<()> {
        let id = inputs.conversation_id;
        let now = self.clock.now();
        for planned in actions {
            let rule_name = names.get(&planned.rule_id).cloned().unwrap_or_default();
            match &planned.action {
                Action::Assign { agent } => {
                    store.assign(id, Some(agent))?;
                }
                Action::AssignTeam { team_id } => {
                    // A rule exported elsewhere may name a team this workspace does not have.
                    match store.set_conversation_team(id, Some(*team_id), now) {
                        Err(bridgedesk_store::StoreError::NotFound { .. }) => tracing::warn!(
                            "Rule {} names team {team_id}, which does not exist",
                            planned.rule_id
                        ),
                        other => {
                            other?;
                        }
                    }
                }
                Action::Tag { tag } => {
                    store.add_tag(id, tag)?;
                }
                Action::SetPriority { priority } => {
                    store.set_priority(id, *priority)?;
                }
                Action::SetCategory { category } => {
                    store.set_category(id, *category)?;
                }
                Action::ApplySlaPolicy { policy_id } => {
                    store.set_sla_policy(id, policy_id)?;
                }
                Action::SetStatus { status } => {
                    store.set_status(
                        id,
                        StatusChange {
                            status: *status,
                            at: now,
                        },
                    )?;
                    self.archive_mail_for_status(store, id, *status)?;
                }
                Action::AutoReply { template_id } => {
                    let text = self.render_for_buyer(store, inputs, template_id)?;
                    let author = self.agent_name(store);
                    store.queue_auto_reply(
                        id,
                        &ReplyDraft {
                            author: &author,
                            text: &text,
                            at: now,
                        },
                    )?;
                }
                Action::AddNote { text } => {
                    store.add_note(id, &rule_name, text, now)?;
                }
                Action::Notify { agent } => {
                    let agent = agent.clone().or_else(|| inputs.assignee.clone());
                    self.events.rule_notified(RuleNotified {
                        conversation_id: id,
                        rule_name: rule_name.clone(),
                        agent,
                    });
                }
            }
        }
        if !actions.is_empty() {
            self.refresh_sla(store, id)?;
        }
        Ok(())
    }

    /// What `rule` (as the editor holds it, saved or not) would do to the newest `limit`
    /// conversations, and why.
    pub fn dry_run_rule(
        &self,
        rule: &serde_json::Value,
        limit: u32,
    ) -> CoreResult<Vec<RuleRunView>> {
        let store = self.store()?;
        let mut rule: Rule =
            serde_json::from_value(rule.clone()).map_err(|_| CoreError::RuleShape)?;
        if rule.id.trim().is_empty() {
            // An unsaved rule has no id yet; the dry run only needs one to name it.
            rule.id = "dry-run".to_owned();
        }
        let now = self.clock.now();
        let mut inputs = Vec::new();
        let mut facts = Vec::new();
        for id in store.recent_conversation_ids(limit.clamp(1, 500))? {
            let (i, f) = self.facts(&store, id, now)?;
            inputs.push(i);
            facts.push(f);
        }
        let rows = dry_run(&rule, &facts, now).map_err(CoreError::Rules)?;
        let teams = team_names(&store)?;
        Ok(rows
            .iter()
            .zip(&inputs)
            .map(|(row, inputs)| RuleRunView {
                conversation_id: row.conversation_id,
                subject: inputs.subject.clone(),
                customer_name: inputs.customer_name.clone(),
                channel: inputs.channel,
                rule_name: rule.name.clone(),
                trigger: "dry_run".to_owned(),
                matched: row.trace.outcome == TraceOutcome::Matched,
                trace: trace_lines(&row.trace, &rule.name, &teams),
                actions: row.actions.iter().map(|a| action_line(a, &teams)).collect(),
                ran_at: now,
            })
            .collect())
    }

    /// The newest rule runs logged on a conversation.
    pub fn rule_runs(&self, conversation_id: RowId) -> CoreResult<Vec<RuleRunView>> {
        let store = self.store()?;
        let summary = store.conversation_summary(conversation_id)?;
        Ok(store
            .rule_runs_of(conversation_id, 50)?
            .into_iter()
            .map(|run| RuleRunView {
                conversation_id,
                subject: summary.subject.clone(),
                customer_name: summary.customer_name.clone(),
                channel: summary.channel,
                rule_name: run.rule_name,
                trigger: run.trigger,
                matched: run.matched,
                trace: serde_json::from_str(&run.trace_json).unwrap_or_default(),
                actions: serde_json::from_str(&run.actions_json).unwrap_or_default(),
                ran_at: run.at,
            })
            .collect())
    }
}
