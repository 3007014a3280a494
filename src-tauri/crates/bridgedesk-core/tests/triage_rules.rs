//! Triage, grades, rules, templates and the send check through the workspace, on the demo
//! shop with a fixed clock: what the shell's commands do end to end, without the UI.

use bridgedesk_core::*;
use bridgedesk_model::*;
use bridgedesk_triage::GradeThresholds;
use serde_json::json;
use std::sync::Arc;

const NOW: UtcMillis = 1_795_000_000_000;
const MINUTE: i64 = 60_000;

struct Harness {
    _dir: tempfile::TempDir,
    clock: Arc<FixedClock>,
    events: Arc<RecordingSink>,
    workspace: Workspace,
}

fn demo() -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::at(NOW));
    let events = Arc::new(RecordingSink::default());
    let workspace = Workspace::open(
        dir.path(),
        clock.clone(),
        events.clone(),
        Arc::new(Localizer::embedded()),
        AgentEnvironment {
            locales: vec!["en-US".into()],
            time_zone: "Asia/Shanghai".into(),
            user_name: "tester".into(),
        },
    );
    workspace.load_demo().unwrap();
    Harness {
        _dir: dir,
        clock,
        events,
        workspace,
    }
}

fn all_conversations(w: &Workspace) -> Vec<ConversationSummary> {
    w.inbox_list(&InboxFilter::default(), 0, 500).unwrap().items
}

fn damaged_rule() -> serde_json::Value {
    json!({
        "id": "", "name": "Damaged parcels are urgent", "enabled": true,
        "trigger": { "type": "new_buyer_message" },
        "condition": { "type": "all", "conditions": [
            { "type": "logistics_problem", "any_of": ["damaged"] }
        ]},
        "actions": [
            { "type": "tag", "tag": "damage-claim" },
            { "type": "set_priority", "priority": "urgent" }
        ],
        "stop_after_match": false
    })
}

#[test]
fn the_demo_load_triages_buyer_messages_and_grades_every_buyer() {
    let h = demo();
    let rows = all_conversations(&h.workspace);
    let triaged = rows.iter().filter(|r| r.triage.is_some()).count();
    assert!(
        triaged * 10 >= rows.len() * 9,
        "{triaged} of {} triaged",
        rows.len()
    );
    assert!(rows.iter().all(|r| !r.standing.grade.is_empty()));
    assert!(rows.iter().any(|r| r
        .triage
        .as_ref()
        .is_some_and(|t| t.logistics_problem.is_some())));
}

#[test]
fn simulated_damaged_parcel_messages_are_triaged_as_damaged_in_every_buyer_language() {
    let h = demo();
    let mut languages = std::collections::BTreeSet::new();
    for _ in 0..20 {
        let sim = h.workspace.simulate_buyer_message().unwrap();
        let summary = h
            .workspace
            .open_conversation(sim.conversation_id)
            .unwrap()
            .summary;
        languages.insert(summary.language.clone());
        let problem = summary.triage.and_then(|t| t.logistics_problem);
        assert_eq!(
            problem.as_deref(),
            Some("damaged"),
            "conversation {} in {}",
            sim.conversation_id,
            summary.language
        );
    }
    assert!(languages.len() >= 3, "{languages:?}");
}

#[test]
fn an_enabled_rule_acts_on_a_new_buyer_message_and_logs_why() {
    let h = demo();
    let starters = h.workspace.rules_list().unwrap();
    assert!(
        starters.len() >= 5,
        "the seed scenarios' rules come with the demo"
    );
    assert!(
        starters.iter().all(|r| r.rule["enabled"] == false),
        "starter rules are off"
    );
    let saved = h.workspace.rule_save(None, &damaged_rule()).unwrap();
    assert_eq!(h.workspace.rules_list().unwrap().len(), starters.len() + 1);
    let sim = h.workspace.simulate_buyer_message().unwrap();
    assert!(sim
        .runs
        .iter()
        .any(|r| r.matched && r.rule_name == "Damaged parcels are urgent"));
    let summary = h
        .workspace
        .open_conversation(sim.conversation_id)
        .unwrap()
        .summary;
    assert!(
        summary.tags.contains(&"damage-claim".to_owned()),
        "{:?}",
        summary.tags
    );
    assert_eq!(summary.priority, Priority::Urgent);
    let runs = h.workspace.rule_runs(sim.conversation_id).unwrap();
    let run = runs.iter().find(|r| r.matched).unwrap();
    assert_eq!(run.trace[0].message_id, "rule-outcome-matched");
    assert_eq!(run.actions[0].message_id, "rule-action-tag");
    // Switched off, the rule no longer acts.
    h.workspace.rule_set_enabled(saved.id, false).unwrap();
    let sim = h.workspace.simulate_buyer_message().unwrap();
    assert!(sim.runs.is_empty());
}

#[test]
fn a_dry_run_explains_every_conversation_without_changing_any() {
    let h = demo();
    let before = all_conversations(&h.workspace);
    let rows = h.workspace.dry_run_rule(&damaged_rule(), 40).unwrap();
    assert_eq!(rows.len(), 40);
    for row in &rows {
        assert!(row.trace[0].message_id.starts_with("rule-outcome-"));
        assert_eq!(row.matched, !row.actions.is_empty());
        assert!(row.trace.len() >= 2, "the check that decided is listed");
    }
    assert_eq!(all_conversations(&h.workspace), before);
}

#[test]
fn a_time_rule_fires_once_per_anchor_when_its_moment_comes() {
    let h = demo();
    let rule = json!({
        "id": "", "name": "Unanswered 20 h", "enabled": true,
        "trigger": { "type": "time", "anchor": "last_buyer_message", "after_minutes": 20 * 60 },
        "condition": { "type": "all", "conditions": [ { "type": "awaiting_agent", "is": true } ] },
        "actions": [ { "type": "tag", "tag": "unanswered-20h" } ],
        "stop_after_match": false
    });
    h.workspace.rule_save(None, &rule).unwrap();
    let first = h.workspace.run_time_rules().unwrap();
    assert!(first > 0, "demo conversations wait longer than 20 h");
    assert_eq!(
        h.workspace.run_time_rules().unwrap(),
        0,
        "no second firing for the same anchor"
    );
    h.clock.advance(5 * MINUTE);
    assert_eq!(h.workspace.run_time_rules().unwrap(), 0);
    let tagged = all_conversations(&h.workspace)
        .into_iter()
        .filter(|c| c.tags.contains(&"unanswered-20h".to_owned()))
        .count();
    assert_eq!(tagged, first);
}

#[test]
fn rules_export_to_json_and_import_back() {
    let h = demo();
    h.workspace.rule_save(None, &damaged_rule()).unwrap();
    let before = h.workspace.rules_list().unwrap().len();
    let json = h.workspace.rules_export().unwrap();
    let imported = h.workspace.rules_import(&json).unwrap();
    assert_eq!(imported.imported as usize, before);
    assert_eq!(imported.rules.len(), 2 * before);
    let err = h.workspace.rules_import("{ not json").unwrap_err();
    assert_eq!(err.to_app_error().code, "rules.invalid_json");
}

#[test]
fn a_spanish_template_renders_for_the_buyer_with_a_chinese_preview_for_the_agent() {
    let h = demo();
    h.workspace.set_locale("zh-CN").unwrap();
    let spanish = all_conversations(&h.workspace)
        .into_iter()
        .find(|c| c.language == "es")
        .unwrap();
    let rendered = h
        .workspace
        .template_render(spanish.id, "where-is-my-order", None)
        .unwrap();
    assert_eq!(rendered.language, "es");
    assert_eq!(rendered.preview_language, "zh");
    assert!(
        rendered.text.contains(&spanish.customer_name),
        "{}",
        rendered.text
    );
    assert!(rendered
        .preview
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
    let names = h.workspace.templates_list().unwrap();
    assert!(names.len() >= 5);
}

#[test]
fn the_send_check_blocks_a_link_on_shopee_and_lets_a_warning_be_overridden() {
    let h = demo();
    let rows = all_conversations(&h.workspace);
    let shopee = rows.iter().find(|c| c.channel == Channel::Shopee).unwrap();
    let text = "Track it here: https://example.com/track/123";
    let check = h.workspace.check_reply(shopee.id, text).unwrap();
    assert!(check.blocked);
    let link = check.findings.iter().find(|f| f.code == "link").unwrap();
    assert_eq!(
        &text[link.start as usize..link.end as usize],
        "https://example.com/track/123"
    );
    let err = h
        .workspace
        .send_checked_reply(shopee.id, text, true)
        .unwrap_err();
    assert_eq!(err.to_app_error().message_id, "error-reply-blocked");

    let email = rows.iter().find(|c| c.channel == Channel::Email).unwrap();
    let warned = "Write to me at lin.wei@example.com";
    match h
        .workspace
        .send_checked_reply(email.id, warned, false)
        .unwrap()
    {
        ReplyOutcome::Checked { check } => assert!(check.needs_override && !check.blocked),
        other => panic!("expected a warning, got {other:?}"),
    }
    assert!(matches!(
        h.workspace
            .send_checked_reply(email.id, warned, true)
            .unwrap(),
        ReplyOutcome::Queued { .. }
    ));
}

#[test]
fn a_category_correction_is_kept_and_survives_later_triage() {
    let h = demo();
    let sim = h.workspace.simulate_buyer_message().unwrap();
    let corrected = h
        .workspace
        .correct_category(sim.conversation_id, Category::Complaint)
        .unwrap();
    assert_eq!(corrected.category, Category::Complaint);
    assert!(corrected.triage.unwrap().category_corrected);
    let open = all_conversations(&h.workspace).len();
    // The simulator comes back to the same conversation after one round of the open ones.
    for _ in 0..open {
        h.workspace.simulate_buyer_message().unwrap();
    }
    let again = h
        .workspace
        .open_conversation(sim.conversation_id)
        .unwrap()
        .summary;
    assert_eq!(again.category, Category::Complaint);
}

#[test]
fn a_blacklisted_buyer_is_flagged_on_every_conversation_and_needs_a_reason() {
    let h = demo();
    let first = all_conversations(&h.workspace)[0].clone();
    let err = h.workspace.set_blacklist(first.id, Some("  ")).unwrap_err();
    assert_eq!(
        err.to_app_error().message_id,
        "error-blacklist-reason-missing"
    );
    let standing = h
        .workspace
        .set_blacklist(first.id, Some("Threatened staff"))
        .unwrap();
    assert_eq!(
        standing.blacklist.as_ref().unwrap().reason,
        "Threatened staff"
    );
    let flagged = all_conversations(&h.workspace)
        .into_iter()
        .filter(|c| c.customer_name == first.customer_name && c.standing.blacklist.is_some())
        .count();
    assert!(flagged >= 1);
    assert!(!h.events.inbox.lock().unwrap().is_empty());
    h.workspace.set_blacklist(first.id, None).unwrap();
    let cleared = h.workspace.open_conversation(first.id).unwrap();
    assert!(cleared.customer.standing.blacklist.is_none());
}

#[test]
fn new_grade_thresholds_regrade_every_buyer_and_contradicting_ones_are_refused() {
    let h = demo();
    let grades = |w: &Workspace| -> Vec<String> {
        all_conversations(w)
            .into_iter()
            .map(|r| r.standing.grade)
            .collect()
    };
    let before = grades(&h.workspace);
    assert!(before.iter().any(|g| g != "key_a"));
    // Everyone with an order is key A when key A asks for a single order of any value.
    let generous = GradeThresholds {
        key_a_min_orders: 1,
        key_a_min_value_minor: 1,
        key_b_min_orders: 1,
        key_b_min_value_minor: 1,
        small_below_value_minor: 0,
        dormant_after_days: 10_000,
        ..GradeThresholds::default()
    };
    h.workspace.set_grade_thresholds(&generous).unwrap();
    assert_eq!(h.workspace.grade_thresholds().unwrap(), generous);
    let after = grades(&h.workspace);
    assert!(
        after.iter().filter(|g| *g == "key_a").count()
            > before.iter().filter(|g| *g == "key_a").count(),
        "before {before:?}, after {after:?}"
    );

    let upside_down = GradeThresholds {
        key_a_min_orders: 2,
        key_b_min_orders: 5,
        ..GradeThresholds::default()
    };
    let refused = h.workspace.set_grade_thresholds(&upside_down).unwrap_err();
    assert_eq!(
        refused.to_app_error().message_id,
        "error-grade-thresholds-key-order"
    );
    assert_eq!(h.workspace.grade_thresholds().unwrap(), generous);
    assert_eq!(grades(&h.workspace), after);
}
