//! A conversation counts business time on its team's calendar, else its shop's, else the
//! default; the audit of each clock says which calendar and why; changing the team recomputes
//! the clocks at once; deleting the team falls back to the shop's calendar.

use bridgedesk_core::*;
use bridgedesk_model::*;

mod common;
use common::*;

fn weekdays(hours: &str) -> Vec<Vec<String>> {
    (0..7)
        .map(|d| {
            if d < 5 {
                vec![hours.to_owned()]
            } else {
                vec![]
            }
        })
        .collect()
}

fn calendar(name: &str, zone: &str, hours: &str) -> CalendarSettings {
    CalendarSettings {
        id: String::new(),
        name: name.into(),
        zone: zone.into(),
        weekly: weekdays(hours),
        days: vec![],
        store_id: None,
        team_id: None,
        is_default: false,
    }
}

/// A "Europe desk" team with its own Berlin calendar (weekdays 09:00-17:30).
fn europe_desk_on_berlin_hours(workspace: &Workspace) -> TeamView {
    let team = workspace.create_team("Europe desk").unwrap();
    let mut berlin = calendar("Berlin", "Europe/Berlin", "09:00-17:30");
    berlin.team_id = Some(team.id);
    workspace.save_sla_calendar(&berlin).unwrap();
    team
}

fn instant(rfc3339: &str) -> UtcMillis {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .timestamp_millis()
}

/// The first-response clock: its due instant, and the calendar source and name of the audit.
fn first_response(workspace: &Workspace) -> (Option<UtcMillis>, SlaCalendarChoice) {
    let sla = workspace.open_conversation(1).unwrap().sla.unwrap();
    let clock = sla.clocks[0].clone();
    assert_eq!(clock.metric, "first_response");
    (clock.due_at, clock.calendar.unwrap())
}

#[test]
fn team_calendar_wins_over_the_shop_calendar_which_wins_over_the_default() {
    let dir = tempfile::tempdir().unwrap();
    // The buyer writes Monday 2026-11-16 10:00 Shanghai = 02:00 UTC = 03:00 Berlin = Sunday
    // 18:00 Los Angeles. The e-mail policy wants a first response within 9 business hours.
    one_conversation(dir.path(), Channel::Email, "US", monday_10_shanghai());
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());

    // Default (Shenzhen, 09:00-12:00 and 13:30-18:30): Monday 10:00-12:00 and 13:30-18:30 is
    // 7 hours, Tuesday 09:00-11:00 the last 2 → Tuesday 11:00 Shanghai.
    let (due, why) = first_response(&workspace);
    assert_eq!(due, Some(instant("2026-11-17T11:00:00+08:00")));
    assert_eq!(
        (why.source.as_str(), why.name.as_str()),
        ("default", "Shenzhen")
    );

    // The shop's calendar (Los Angeles, 09:00-17:00): 8 hours on Monday, 1 on Tuesday →
    // Tuesday 10:00 PST.
    let mut la = calendar("Los Angeles", "America/Los_Angeles", "09:00-17:00");
    la.store_id = Some(1);
    workspace.save_sla_calendar(&la).unwrap();
    workspace.recompute_sla_history().unwrap();
    let (due, why) = first_response(&workspace);
    assert_eq!(due, Some(instant("2026-11-17T10:00:00-08:00")));
    assert_eq!(
        (why.source.as_str(), why.name.as_str()),
        ("shop", "Los Angeles")
    );

    // The team's calendar (Berlin, 09:00-17:30) wins: 8.5 hours on Monday, 0.5 on Tuesday →
    // Tuesday 09:30 CET. Setting the team recomputes the clocks by itself.
    let team = europe_desk_on_berlin_hours(&workspace);
    let summary = workspace.set_conversation_team(1, Some(team.id)).unwrap();
    assert_eq!(summary.team_name.as_deref(), Some("Europe desk"));
    let berlin_due = instant("2026-11-17T09:30:00+01:00");
    assert_eq!(summary.due_at, Some(berlin_due));
    let (due, why) = first_response(&workspace);
    assert_eq!(due, Some(berlin_due));
    assert_eq!(why.source, "team");
    assert_eq!(why.name, "Berlin");
    assert_eq!(why.team_name.as_deref(), Some("Europe desk"));

    // No team: back to the shop's calendar at once.
    let summary = workspace.set_conversation_team(1, None).unwrap();
    assert_eq!(summary.due_at, Some(instant("2026-11-17T10:00:00-08:00")));

    // Deleting the team detaches conversation and calendar; the shop's calendar applies.
    workspace.set_conversation_team(1, Some(team.id)).unwrap();
    workspace.delete_team(team.id).unwrap();
    let (due, why) = first_response(&workspace);
    assert_eq!(due, Some(instant("2026-11-17T10:00:00-08:00")));
    assert_eq!(why.source, "shop");
    let settings = workspace.sla_settings().unwrap();
    assert!(settings.calendars.iter().all(|c| c.team_id.is_none()));
}

#[test]
fn a_calendar_cannot_be_attached_to_a_team_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    one_conversation(dir.path(), Channel::Email, "US", monday_10_shanghai());
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    let mut orphan = calendar("Berlin", "Europe/Berlin", "09:00-17:30");
    orphan.team_id = Some(42);
    let error = workspace.save_sla_calendar(&orphan).unwrap_err();
    assert_eq!(error.to_app_error().code, "sla.not_found");
}

#[test]
fn a_dry_run_names_the_team_a_rule_would_move_the_conversation_to() {
    let dir = tempfile::tempdir().unwrap();
    one_conversation(dir.path(), Channel::Email, "US", monday_10_shanghai());
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    let team = workspace.create_team("Europe desk").unwrap();
    let rule = serde_json::json!({
        "id": "",
        "name": "English to Europe",
        "enabled": false,
        "trigger": { "type": "new_buyer_message" },
        "condition": { "type": "team", "any_of": [0] },
        "actions": [{ "type": "assign_team", "team_id": team.id }],
        "stop_after_match": false
    });
    let runs = workspace.dry_run_rule(&rule, 10).unwrap();
    assert_eq!(runs.len(), 1);
    assert!(runs[0].matched);
    assert_eq!(runs[0].actions[0].message_id, "rule-action-assign-team");
    assert_eq!(
        runs[0].actions[0].args.get("team").map(String::as_str),
        Some("Europe desk")
    );
    // The team check names teams, "none" for no team.
    let check = runs[0]
        .trace
        .iter()
        .find(|l| l.message_id == "rule-check-team-passed")
        .expect("the team check in the trace");
    assert_eq!(check.args.get("actual").map(String::as_str), Some("none"));

    workspace.set_conversation_team(1, Some(team.id)).unwrap();
    let runs = workspace.dry_run_rule(&rule, 10).unwrap();
    assert!(!runs[0].matched);
    let check = runs[0]
        .trace
        .iter()
        .find(|l| l.message_id == "rule-check-team-failed")
        .expect("the failed team check in the trace");
    assert_eq!(
        check.args.get("actual").map(String::as_str),
        Some("Europe desk")
    );
    assert_eq!(check.args.get("expected").map(String::as_str), Some("none"));
}

#[test]
fn the_demo_staffs_a_shenzhen_desk_and_a_europe_desk_on_berlin_hours() {
    let dir = tempfile::tempdir().unwrap();
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    workspace.load_demo().unwrap();
    let teams = workspace.teams().unwrap();
    let names: Vec<&str> = teams.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Europe desk", "Shenzhen desk"]);
    assert!(teams.iter().all(|t| t.conversation_count > 10), "{teams:?}");
    let europe = &teams[0];
    let settings = workspace.sla_settings().unwrap();
    let berlin = settings
        .calendars
        .iter()
        .find(|c| c.team_id == Some(europe.id))
        .expect("the Europe desk has its own calendar");
    assert_eq!(berlin.zone, "Europe/Berlin");
    assert_eq!(berlin.weekly[0], ["09:00-17:30"]);
    assert!(berlin.weekly[5].is_empty() && berlin.weekly[6].is_empty());
    // German holidays: Tag der Deutschen Einheit.
    assert!(berlin.days.iter().any(|d| d.date == "2026-10-03"));
    // The Shenzhen desk counts on the default calendar.
    assert!(teams[1].calendar_ids.is_empty());

    let european = workspace
        .inbox_list(
            &InboxFilter {
                team_id: Some(europe.id),
                ..Default::default()
            },
            0,
            500,
        )
        .unwrap();
    assert_eq!(european.total, europe.conversation_count);
    assert!(european
        .items
        .iter()
        .all(
            |c| ["DE", "AT", "ES", "FR", "PT", "GB"].contains(&c.customer_country.as_str())
                || c.store_name.contains("Amazon DE")
                || c.store_name.contains("Amazon ES")
                || c.store_name.contains("TikTok Shop UK")
        ));
    // An open European conversation with business-time clocks counts on the Berlin calendar.
    let with_team_calendar = european
        .items
        .iter()
        .filter_map(|c| workspace.open_conversation(c.id).unwrap().sla)
        .flat_map(|sla| sla.clocks)
        .filter_map(|clock| clock.calendar)
        .find(|choice| choice.source == "team")
        .expect("a clock on the team calendar");
    assert_eq!(with_team_calendar.team_name.as_deref(), Some("Europe desk"));
    // Buyers from elsewhere on the shared shops stay with no team.
    let none = InboxFilter {
        team_id: Some(0),
        ..Default::default()
    };
    assert!(workspace.inbox_list(&none, 0, 1).unwrap().total > 0);
}

#[test]
fn an_enabled_rule_moves_a_new_buyer_message_to_the_team_and_its_clocks_follow() {
    let dir = tempfile::tempdir().unwrap();
    one_conversation(dir.path(), Channel::Email, "US", monday_10_shanghai());
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    let team = europe_desk_on_berlin_hours(&workspace);
    let rule = serde_json::json!({
        "id": "", "name": "Everything to Europe", "enabled": true,
        "trigger": { "type": "new_buyer_message" },
        "condition": { "type": "team", "any_of": [0] },
        "actions": [{ "type": "assign_team", "team_id": team.id }],
        "stop_after_match": false
    });
    workspace.rule_save(None, &rule).unwrap();
    let runs = workspace
        .ingest_buyer_message(
            1,
            &bridgedesk_store::InboundMessage {
                external_id: "m2",
                author_name: "Nur Aisyah",
                text: "Any news about my parcel?",
                at: monday_10_shanghai(),
            },
        )
        .unwrap();
    assert!(runs
        .iter()
        .any(|r| r.matched && r.rule_name == "Everything to Europe"));
    let summary = workspace.open_conversation(1).unwrap().summary;
    assert_eq!(summary.team_name.as_deref(), Some("Europe desk"));
    // The first message counts on Berlin's hours now: Tuesday 09:30 CET (see above).
    assert_eq!(summary.due_at, Some(instant("2026-11-17T09:30:00+01:00")));
}

#[test]
fn the_business_hours_check_of_a_rule_reads_the_conversations_own_calendar() {
    let dir = tempfile::tempdir().unwrap();
    // Monday 10:00 Shanghai: the default Shenzhen calendar is open, Berlin (03:00) is closed.
    one_conversation(dir.path(), Channel::Email, "US", monday_10_shanghai());
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    let rule = serde_json::json!({
        "id": "", "name": "After hours", "enabled": true,
        "trigger": { "type": "new_buyer_message" },
        "condition": { "type": "business_hours", "within": false },
        "actions": [{ "type": "tag", "tag": "after-hours" }],
        "stop_after_match": false
    });
    workspace.rule_save(None, &rule).unwrap();
    let write = |external_id: &str| {
        workspace
            .ingest_buyer_message(
                1,
                &bridgedesk_store::InboundMessage {
                    external_id,
                    author_name: "Nur Aisyah",
                    text: "Any news about my parcel?",
                    at: monday_10_shanghai(),
                },
            )
            .unwrap()
            .iter()
            .any(|r| r.matched && r.rule_name == "After hours")
    };
    assert!(!write("m2"), "Shenzhen is open at 10:00");

    let team = europe_desk_on_berlin_hours(&workspace);
    workspace.set_conversation_team(1, Some(team.id)).unwrap();
    assert!(
        write("m3"),
        "the Europe desk's Berlin hours are closed at 03:00"
    );
    let summary = workspace.open_conversation(1).unwrap().summary;
    assert!(summary.tags.iter().any(|t| t == "after-hours"));
}

#[test]
fn a_team_or_shop_takes_one_calendar_and_a_second_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    one_conversation(dir.path(), Channel::Email, "US", monday_10_shanghai());
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    let team = workspace.create_team("Europe desk").unwrap();
    let mut berlin = calendar("Berlin", "Europe/Berlin", "09:00-17:30");
    berlin.team_id = Some(team.id);
    berlin.store_id = Some(1);
    workspace.save_sla_calendar(&berlin).unwrap();

    for (team_id, store_id) in [(Some(team.id), None), (None, Some(1))] {
        let mut lisbon = calendar("Lisbon", "Europe/Lisbon", "09:00-18:00");
        lisbon.team_id = team_id;
        lisbon.store_id = store_id;
        let error = workspace
            .save_sla_calendar(&lisbon)
            .unwrap_err()
            .to_app_error();
        assert_eq!(error.code, "sla.already_attached");
        assert_eq!(error.message_id, "error-sla-already-attached");
        assert!(error
            .args
            .iter()
            .any(|(k, v)| k == "calendar" && v == "Berlin"));
    }
    // Saving the attached calendar again (an edit) is not a conflict with itself.
    let saved = workspace.sla_settings().unwrap();
    let stored = saved.calendars.iter().find(|c| c.name == "Berlin").unwrap();
    workspace.save_sla_calendar(stored).unwrap();
}
