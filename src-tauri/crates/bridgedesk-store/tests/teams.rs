//! Teams in the store: create, rename and delete with their refusals, moving a conversation to a
//! team (kept in its event history), the team filter, and deleting a team detaching its
//! conversations and calendars without losing anything else.

mod fixture;

use bridgedesk_model::*;
use bridgedesk_store::{Store, StoreError};
use fixture::*;

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bridgedesk.sqlite3")).unwrap();
    (dir, store)
}

fn invalid_id(err: StoreError) -> String {
    err.to_app_error().message_id
}

#[test]
fn teams_are_created_renamed_and_listed_by_name_and_bad_names_are_refused() {
    let (_dir, store) = temp_store();
    let shenzhen = store.create_team("  Shenzhen desk ", 1_000).unwrap();
    assert_eq!(shenzhen.name, "Shenzhen desk");
    assert_eq!(shenzhen.created_at, 1_000);
    let europe = store.create_team("Europe desk", 2_000).unwrap();
    let names: Vec<String> = store.teams().unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["Europe desk", "Shenzhen desk"]);

    assert_eq!(
        invalid_id(store.create_team("   ", 3_000).unwrap_err()),
        "error-store-invalid-team-name"
    );
    assert_eq!(
        invalid_id(store.create_team(&"x".repeat(61), 3_000).unwrap_err()),
        "error-store-invalid-team-name"
    );
    assert_eq!(
        invalid_id(store.create_team("europe DESK", 3_000).unwrap_err()),
        "error-store-team-name-taken"
    );
    assert_eq!(
        invalid_id(store.rename_team(shenzhen.id, "Europe desk").unwrap_err()),
        "error-store-team-name-taken"
    );
    // Renaming to its own name (another case) is not a clash with itself.
    let renamed = store.rename_team(europe.id, "EUROPE desk").unwrap();
    assert_eq!(renamed.name, "EUROPE desk");
    assert!(matches!(
        store.rename_team(999, "Nobody").unwrap_err(),
        StoreError::NotFound { entity: "team", .. }
    ));
}

#[test]
fn setting_a_team_shows_in_the_summary_the_filter_and_the_event_history() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let team = store.create_team("Europe desk", 1_000).unwrap();
    let summary = store
        .set_conversation_team(2, Some(team.id), 5_000)
        .unwrap();
    assert_eq!(summary.team_id, Some(team.id));
    assert_eq!(summary.team_name.as_deref(), Some("Europe desk"));
    // The same team again records nothing; no team records a change back.
    store
        .set_conversation_team(2, Some(team.id), 6_000)
        .unwrap();
    store.set_conversation_team(2, None, 7_000).unwrap();
    store
        .set_conversation_team(2, Some(team.id), 8_000)
        .unwrap();
    assert_eq!(
        store.team_history(2).unwrap(),
        [
            (5_000, Some(team.id)),
            (7_000, None),
            (8_000, Some(team.id))
        ]
    );

    let of_team = InboxFilter {
        team_id: Some(team.id),
        ..InboxFilter::default()
    };
    let page = store.inbox_page(&of_team, 0, 50).unwrap();
    assert_eq!(page.items.iter().map(|c| c.id).collect::<Vec<_>>(), [2]);
    let without = InboxFilter {
        team_id: Some(0),
        ..InboxFilter::default()
    };
    assert_eq!(store.inbox_page(&without, 0, 50).unwrap().total, 2);
    let facets = store.inbox_facets().unwrap();
    assert_eq!(facets.teams.len(), 1);
    assert_eq!(facets.teams[0].conversation_count, 1);

    assert!(matches!(
        store
            .set_conversation_team(2, Some(404), 9_000)
            .unwrap_err(),
        StoreError::NotFound { entity: "team", .. }
    ));
    assert!(matches!(
        store.set_conversation_team(404, None, 9_000).unwrap_err(),
        StoreError::NotFound {
            entity: "conversation",
            ..
        }
    ));
}

#[test]
fn deleting_a_team_detaches_its_conversations_and_calendars_and_keeps_everything_else() {
    let (_dir, store) = temp_store();
    small_shop(&store);
    let europe = store.create_team("Europe desk", 1_000).unwrap();
    let keep = store.create_team("Shenzhen desk", 1_000).unwrap();
    store
        .set_conversation_team(1, Some(europe.id), 2_000)
        .unwrap();
    store
        .set_conversation_team(2, Some(europe.id), 2_000)
        .unwrap();
    store
        .set_conversation_team(3, Some(keep.id), 2_000)
        .unwrap();
    let berlin = CalendarSettings {
        id: "berlin".into(),
        name: "Berlin".into(),
        zone: "Europe/Berlin".into(),
        weekly: vec![vec!["09:00-17:30".to_owned()]; 7],
        days: vec![],
        store_id: None,
        team_id: Some(europe.id),
        is_default: false,
    };
    store.save_sla_calendar(&berlin).unwrap();
    assert_eq!(store.teams().unwrap()[0].calendar_ids, ["berlin"]);
    let before = store.conversation_detail(1).unwrap();

    assert_eq!(store.delete_team(europe.id).unwrap(), [1, 2]);

    let teams: Vec<String> = store.teams().unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(teams, ["Shenzhen desk"]);
    let after = store.conversation_detail(1).unwrap();
    assert_eq!(after.summary.team_id, None);
    assert_eq!(after.messages, before.messages);
    assert_eq!(after.summary.subject, before.summary.subject);
    assert_eq!(
        store.conversation_summary(3).unwrap().team_id,
        Some(keep.id)
    );
    let calendars = store.sla_calendars().unwrap();
    let kept = calendars.iter().find(|c| c.id == "berlin").unwrap();
    assert_eq!(kept.team_id, None);
    assert_eq!(kept.weekly, berlin.weekly);
    assert!(matches!(
        store.delete_team(europe.id).unwrap_err(),
        StoreError::NotFound { entity: "team", .. }
    ));
}
