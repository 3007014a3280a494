//! The SLA settings are data: the defaults are seeded on first run, a saved policy is a new
//! version that applies to new clocks only until "recompute history", the order of policies
//! decides which matches, invalid settings are refused with localized errors, and the breach
//! watch fires when the (fake) clock reaches a warning instant.

use bridgedesk_core::*;
use bridgedesk_model::*;
use bridgedesk_store::SlaWatch;

mod common;
use common::*;

#[test]
fn defaults_are_seeded_into_a_new_store_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    one_conversation(dir.path(), Channel::Email, "", monday_10_shanghai());
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    let settings = workspace.sla_settings().unwrap();
    assert_eq!(settings.calendars, vec![default_calendar()]);
    let ids: Vec<&str> = settings.policies.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["urgent", "chat", "marketplace-chat", "email"]);
    assert!(settings.policies.iter().all(|p| p.version == 1));
    assert!(settings.calendars[0]
        .days
        .iter()
        .any(|d| d.date == "2026-10-01" && d.kind == CalendarDayKind::Holiday));
    assert_eq!(settings.holiday_sets.len(), 8);
    // Opening again does not seed twice.
    drop(workspace);
    let (again, _) = workspace_at(dir.path(), monday_10_shanghai());
    assert_eq!(again.sla_settings().unwrap().policies.len(), 4);
}

fn email_policy(workspace: &Workspace) -> PolicySettings {
    let settings = workspace.sla_settings().unwrap();
    settings
        .policies
        .into_iter()
        .find(|p| p.id == "email")
        .unwrap()
}

#[test]
fn an_edited_policy_applies_to_new_clocks_and_recompute_moves_history_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let buyer_at = monday_10_shanghai();
    one_conversation(dir.path(), Channel::Email, "", buyer_at);
    let (workspace, _) = workspace_at(dir.path(), buyer_at + HOUR);
    let before = workspace.open_conversation(1).unwrap();
    assert_eq!(before.sla.as_ref().unwrap().policy_version, 1);
    let due_v1 = before.summary.due_at;

    let mut edited = email_policy(&workspace);
    edited.first_response = Some(TargetSettings {
        minutes: 60,
        business: false,
        calendar_id: String::new(),
    });
    let saved = workspace.save_sla_policy(&edited).unwrap();
    let email = saved.policies.iter().find(|p| p.id == "email").unwrap();
    assert_eq!(email.version, 2);

    // The conversation keeps the version its clocks used.
    let reopened = workspace.open_conversation(1).unwrap();
    assert_eq!(reopened.sla.as_ref().unwrap().policy_version, 1);
    assert_eq!(reopened.summary.due_at, due_v1);

    let report = workspace.recompute_sla_history().unwrap();
    assert_eq!((report.conversations, report.changed), (1, 1));
    let after = workspace.open_conversation(1).unwrap();
    assert_eq!(after.sla.as_ref().unwrap().policy_version, 2);
    assert_eq!(after.summary.due_at, Some(buyer_at + HOUR));
    // Nothing changes on a second run.
    assert_eq!(workspace.recompute_sla_history().unwrap().changed, 0);
}

#[test]
fn moving_a_policy_up_makes_it_match_first() {
    let dir = tempfile::tempdir().unwrap();
    one_conversation(dir.path(), Channel::Shopee, "SG", monday_10_shanghai());
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    let mut everything = email_policy(&workspace);
    everything.id = String::new();
    everything.name = "Everything in 30 minutes".into();
    everything.first_response = Some(TargetSettings {
        minutes: 30,
        business: false,
        calendar_id: String::new(),
    });
    let settings = workspace.save_sla_policy(&everything).unwrap();
    let added = settings.policies.last().unwrap();
    assert_eq!((added.id.as_str(), added.version), ("policy-1", 1));
    assert_eq!(
        workspace
            .open_conversation(1)
            .unwrap()
            .sla
            .unwrap()
            .policy_id,
        "marketplace-chat"
    );
    for _ in 0..4 {
        workspace.move_sla_policy("policy-1", -1).unwrap();
    }
    let order = workspace.sla_settings().unwrap().policies;
    assert_eq!(order[0].id, "policy-1");
    workspace.recompute_sla_history().unwrap();
    let sla = workspace.open_conversation(1).unwrap().sla.unwrap();
    assert_eq!(sla.policy_id, "policy-1");
    assert_eq!(
        sla.clocks[0].due_at,
        Some(monday_10_shanghai() + 30 * 60_000)
    );
    // Deleting it gives the conversation back to the marketplace policy at recompute.
    let missing = workspace.delete_sla_policy("nowhere").unwrap_err();
    assert_eq!(missing.to_app_error().code, "sla.not_found");
    workspace.delete_sla_policy("policy-1").unwrap();
    workspace.recompute_sla_history().unwrap();
    let sla = workspace.open_conversation(1).unwrap().sla.unwrap();
    assert_eq!(sla.policy_id, "marketplace-chat");
}

#[test]
fn a_calendar_attached_to_a_shop_counts_that_shops_business_time() {
    let dir = tempfile::tempdir().unwrap();
    // Monday 10:00 in Shanghai is Sunday 18:00 in Los Angeles.
    one_conversation(dir.path(), Channel::Email, "US", monday_10_shanghai());
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    let la = CalendarSettings {
        id: String::new(),
        name: "Los Angeles".into(),
        zone: "America/Los_Angeles".into(),
        weekly: (0..7)
            .map(|d| {
                if d < 5 {
                    vec!["09:00-17:00".to_owned()]
                } else {
                    vec![]
                }
            })
            .collect(),
        days: vec![],
        store_id: Some(1),
        team_id: None,
        is_default: false,
    };
    let saved = workspace.save_sla_calendar(&la).unwrap();
    assert!(saved.calendars.iter().any(|c| c.id == "calendar-1"));
    workspace.recompute_sla_history().unwrap();
    let first = workspace.open_conversation(1).unwrap().sla.unwrap().clocks[0].clone();
    // Nine business hours from Monday 09:00 PST: 8 on Monday, 1 on Tuesday → Tue 10:00 PST.
    let expected = chrono::DateTime::parse_from_rfc3339("2026-11-17T10:00:00-08:00")
        .unwrap()
        .timestamp_millis();
    assert_eq!(first.due_at, Some(expected));
}

#[test]
fn invalid_calendars_and_policies_are_refused_with_localized_errors() {
    let dir = tempfile::tempdir().unwrap();
    one_conversation(dir.path(), Channel::Email, "", monday_10_shanghai());
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    let mut calendar = default_calendar();
    calendar.zone = "Mars/Olympus".into();
    let code = |e: CoreError| e.to_app_error().code;
    assert_eq!(
        code(workspace.save_sla_calendar(&calendar).unwrap_err()),
        "sla.unknown_zone"
    );
    let mut calendar = default_calendar();
    calendar.weekly[2] = vec!["9 to 5".into()];
    let error = workspace
        .save_sla_calendar(&calendar)
        .unwrap_err()
        .to_app_error();
    assert_eq!(error.code, "sla.bad_interval");
    assert_eq!(error.args.get("weekday").map(String::as_str), Some("3"));
    let mut calendar = default_calendar();
    calendar.is_default = false;
    assert_eq!(
        code(workspace.save_sla_calendar(&calendar).unwrap_err()),
        "sla.no_default_calendar"
    );
    let mut policy = email_policy(&workspace);
    policy.first_response = Some(TargetSettings {
        minutes: 60,
        business: true,
        calendar_id: "nowhere".into(),
    });
    assert_eq!(
        code(workspace.save_sla_policy(&policy).unwrap_err()),
        "sla.unknown_calendar"
    );
    let error = workspace
        .sla_ics_days("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2026XX01\nEND:VEVENT\nEND:VCALENDAR\n")
        .unwrap_err()
        .to_app_error();
    assert_eq!(error.code, "sla.bad_ics");
    // Nothing was saved.
    assert_eq!(workspace.sla_settings().unwrap().policies[3].version, 1);
}

#[test]
fn holiday_sets_and_ics_files_become_calendar_days() {
    let dir = tempfile::tempdir().unwrap();
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    let us = workspace.sla_holiday_set("us", 2027).unwrap();
    assert!(us
        .iter()
        .any(|d| d.date == "2027-11-25" && d.kind == CalendarDayKind::Holiday));
    let cn = workspace.sla_holiday_set("cn", 2026).unwrap();
    assert!(cn
        .iter()
        .any(|d| d.date == "2026-02-14" && d.kind == CalendarDayKind::WorkingDay));
    assert!(workspace.sla_holiday_set("fr", 2026).is_err());
    let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\nSUMMARY:Company day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let days = workspace.sla_ics_days(ics).unwrap();
    assert_eq!(days.len(), 1);
    assert_eq!(
        (days[0].date.as_str(), days[0].label.as_str()),
        ("2026-12-24", "Company day")
    );
}

fn watch(id: RowId, warn_at: UtcMillis, due_at: UtcMillis) -> SlaWatch {
    SlaWatch {
        id,
        subject: format!("conversation {id}"),
        warn_at,
        due_at,
    }
}

#[test]
fn breach_watch_reports_what_crossed_since_the_last_look_and_when_to_wake() {
    let list = [watch(1, 100, 500), watch(2, 200, 300), watch(3, 900, 1_000)];
    let mut breach = BreachWatch::new();
    // First look: everything already warning is reported, the soonest due is the target.
    let first = breach.look(&list, 250);
    let warning = first.warning.unwrap();
    assert_eq!((warning.count, warning.most_urgent_id), (2, 2));
    assert_eq!(first.wake_at, Some(900));
    // Nothing new before 900, and what was reported is not reported again.
    let quiet = breach.look(&list, 800);
    assert_eq!(quiet.warning, None);
    assert_eq!(quiet.wake_at, Some(900));
    let at_900 = breach.look(&list, 900).warning.unwrap();
    assert_eq!((at_900.count, at_900.most_urgent_id), (1, 3));
    assert_eq!(
        breach.look(&list, 2_000),
        BreachLook {
            warning: None,
            wake_at: None
        }
    );
}

#[test]
fn breach_watch_fires_when_the_fake_clock_reaches_the_warning_instant() {
    let dir = tempfile::tempdir().unwrap();
    let buyer_at = monday_10_shanghai();
    one_conversation(dir.path(), Channel::Email, "", buyer_at);
    let (workspace, clock, sink) = workspace_with_events(dir.path(), buyer_at);
    workspace.recompute_sla_history().unwrap();
    let mut breach = BreachWatch::new();
    let wake_at = workspace.look_for_breaches(&mut breach).unwrap().unwrap();
    assert!(sink.warnings.lock().unwrap().is_empty());
    let summary = workspace.open_conversation(1).unwrap().summary;
    assert_eq!(Some(wake_at), summary.warn_at);
    clock.advance(wake_at - clock.now() - 1);
    assert_eq!(
        workspace.look_for_breaches(&mut breach).unwrap(),
        Some(wake_at)
    );
    assert!(sink.warnings.lock().unwrap().is_empty());
    assert_eq!(workspace.current_sla_warning().unwrap(), None);
    clock.advance(1);
    assert_eq!(workspace.look_for_breaches(&mut breach).unwrap(), None);
    let warnings = sink.warnings.lock().unwrap();
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].most_urgent_id, 1);
    assert_eq!(warnings[0].most_urgent_due_at, summary.due_at.unwrap());
    // A window opening now is shown the same warning.
    assert_eq!(
        workspace.current_sla_warning().unwrap().as_ref(),
        warnings.first()
    );
}

#[test]
fn a_policy_for_blacklisted_buyers_applies_once_the_buyer_is_blacklisted() {
    let dir = tempfile::tempdir().unwrap();
    one_conversation(dir.path(), Channel::Email, "", monday_10_shanghai());
    let (workspace, _) = workspace_at(dir.path(), monday_10_shanghai());
    let mut blacklist = email_policy(&workspace);
    blacklist.id = String::new();
    blacklist.name = "Blacklisted buyers: no promise".into();
    blacklist.conditions.grades = vec!["blacklist".into()];
    workspace.save_sla_policy(&blacklist).unwrap();
    for _ in 0..5 {
        workspace.move_sla_policy("policy-1", -1).unwrap();
    }
    workspace.recompute_sla_history().unwrap();
    let policy = |w: &Workspace| w.open_conversation(1).unwrap().sla.unwrap().policy_id;
    assert_eq!(policy(&workspace), "email", "not blacklisted yet");
    workspace
        .set_blacklist(1, Some("Threatens fake reviews"))
        .unwrap();
    workspace.recompute_sla_history().unwrap();
    assert_eq!(policy(&workspace), "policy-1");
}
