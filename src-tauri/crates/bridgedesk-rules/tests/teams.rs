//! Rules and teams: "assign to team" moves the working facts so later rules see the team, the
//! "team is …" check explains itself in the trace (0 is "no team"), a dry run lists the action,
//! and a rule set with both survives export and import unchanged.

use bridgedesk_model::Channel;
use bridgedesk_rules::*;

const NOW: i64 = 1_772_000_000_000;

fn rule(id: &str, condition: Condition, actions: Vec<Action>) -> Rule {
    Rule {
        id: id.into(),
        name: id.into(),
        enabled: true,
        trigger: Trigger::NewBuyerMessage,
        condition,
        actions,
        stop_after_match: false,
    }
}

fn rules() -> Vec<Rule> {
    vec![
        rule(
            "german-to-europe",
            Condition::All {
                conditions: vec![
                    Condition::Language {
                        any_of: vec!["de".into()],
                    },
                    Condition::Team { any_of: vec![0] },
                ],
            },
            vec![Action::AssignTeam { team_id: 7 }],
        ),
        rule(
            "europe-tag",
            Condition::Team { any_of: vec![7] },
            vec![Action::Tag {
                tag: "eu-desk".into(),
            }],
        ),
    ]
}

fn german_buyer() -> ConversationFacts {
    let mut facts = ConversationFacts::new(5, Channel::Ebay);
    facts.language = "de-AT".into();
    facts.last_buyer_message_at = Some(NOW - 60_000);
    facts
}

#[test]
fn assign_to_team_moves_the_facts_and_later_rules_see_the_team() {
    let book = RuleBook::compile(&RuleSet::new(rules())).unwrap();
    let e = book.evaluate(RuleEvent::NewBuyerMessage, &german_buyer(), NOW);
    let planned: Vec<(&str, &Action)> = e
        .actions
        .iter()
        .map(|a| (a.rule_id.as_str(), &a.action))
        .collect();
    assert_eq!(
        planned,
        [
            ("german-to-europe", &Action::AssignTeam { team_id: 7 }),
            (
                "europe-tag",
                &Action::Tag {
                    tag: "eu-desk".into()
                }
            ),
        ]
    );
    assert_eq!(e.facts.team_id, Some(7));
    assert!(e.facts.tags.contains("eu-desk"));
}

#[test]
fn team_check_explains_the_team_it_saw_and_the_ones_it_wanted() {
    let mut facts = german_buyer();
    facts.team_id = Some(3);
    let only_europe = rule(
        "europe-only",
        Condition::Team { any_of: vec![7, 8] },
        vec![Action::AssignTeam { team_id: 7 }],
    );
    let rows = dry_run(&only_europe, &[facts.clone()], NOW).unwrap();
    assert_eq!(rows[0].trace.outcome, TraceOutcome::NotMatched);
    let check = &rows[0].trace.checks[0];
    assert_eq!(check.message_id, "rule-check-team-failed");
    assert_eq!(check.args.get("actual").map(String::as_str), Some("3"));
    assert_eq!(check.args.get("expected").map(String::as_str), Some("7, 8"));
    assert!(rows[0].actions.is_empty());

    facts.team_id = Some(8);
    let rows = dry_run(&only_europe, &[facts], NOW).unwrap();
    assert_eq!(rows[0].trace.outcome, TraceOutcome::Matched);
    assert_eq!(rows[0].actions, [Action::AssignTeam { team_id: 7 }]);
}

#[test]
fn a_rule_set_with_team_checks_and_actions_round_trips_through_export() {
    let set = RuleSet::new(rules());
    let json = export_rule_set(&set);
    assert!(json.contains("\"assign_team\""));
    assert!(json.contains("\"team\""));
    assert_eq!(import_rule_set(&json, &[]).unwrap(), set);
}
