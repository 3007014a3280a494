//! The SLA settings on a real SQLite file: a calendar round-trips with split shifts, a
//! midnight-crossing interval and every kind of dated day; a saved policy is a new version and
//! the old one stays; the order of precedence is rewritten; a deleted policy takes its versions.

use bridgedesk_model::*;
use bridgedesk_store::Store;

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bridgedesk.sqlite3")).unwrap();
    (dir, store)
}

fn day(date: &str, kind: CalendarDayKind, hours: &[&str]) -> CalendarDay {
    CalendarDay {
        date: date.into(),
        kind,
        label: format!("{kind:?}"),
        hours: hours.iter().map(|h| h.to_string()).collect(),
    }
}

fn policy(id: &str, first_minutes: i64) -> PolicySettings {
    PolicySettings {
        id: id.into(),
        name: id.into(),
        version: 0,
        conditions: PolicyConditionSettings {
            channels: vec![Channel::Shopee],
            ..Default::default()
        },
        first_response: Some(TargetSettings {
            minutes: first_minutes,
            business: true,
            calendar_id: String::new(),
        }),
        next_response: None,
        resolution: None,
        warn_before_minutes: 30,
    }
}

#[test]
fn a_calendar_round_trips_with_split_shifts_night_intervals_and_dated_days() {
    let (_dir, store) = temp_store();
    let mut weekly = vec![vec!["09:00-12:00".to_owned(), "13:30-18:30".to_owned()]; 5];
    weekly.push(vec!["22:00-02:00".to_owned()]);
    weekly.push(vec![]);
    let calendar = CalendarSettings {
        id: "night".into(),
        name: "Night desk".into(),
        zone: "America/Sao_Paulo".into(),
        weekly,
        days: vec![
            day("2026-02-14", CalendarDayKind::WorkingDay, &[]),
            day("2026-10-01", CalendarDayKind::Holiday, &[]),
            day("2026-12-24", CalendarDayKind::HalfDay, &["09:00-12:00"]),
            day(
                "2026-12-31",
                CalendarDayKind::SpecialHours,
                &["10:00-12:00", "14:00-16:00"],
            ),
        ],
        store_id: None,
        team_id: None,
        is_default: true,
    };
    store.save_sla_calendar(&calendar).unwrap();
    assert_eq!(store.sla_calendars().unwrap(), vec![calendar.clone()]);
    // A second default takes the flag from the first.
    let other = CalendarSettings {
        id: "other".into(),
        days: vec![],
        ..calendar.clone()
    };
    store.save_sla_calendar(&other).unwrap();
    let defaults: Vec<(String, bool)> = store
        .sla_calendars()
        .unwrap()
        .into_iter()
        .map(|c| (c.id, c.is_default))
        .collect();
    assert_eq!(defaults, [("other".into(), true), ("night".into(), false)]);
}

#[test]
fn saving_a_policy_appends_a_version_and_keeps_the_old_one() {
    let (_dir, store) = temp_store();
    assert!(!store.has_sla_settings().unwrap());
    assert_eq!(
        store.save_sla_policy(&policy("chat", 15), 1_000).unwrap(),
        1
    );
    assert_eq!(
        store.save_sla_policy(&policy("mail", 540), 1_000).unwrap(),
        1
    );
    assert_eq!(
        store.save_sla_policy(&policy("chat", 10), 2_000).unwrap(),
        2
    );
    assert!(store.has_sla_settings().unwrap());
    let current = store.sla_policies().unwrap();
    let summary: Vec<(&str, u32, i64)> = current
        .iter()
        .map(|p| {
            (
                p.id.as_str(),
                p.version,
                p.first_response.as_ref().unwrap().minutes,
            )
        })
        .collect();
    assert_eq!(summary, [("chat", 2, 10), ("mail", 1, 540)]);
    let versions: Vec<(String, u32)> = store
        .sla_policy_versions()
        .unwrap()
        .into_iter()
        .map(|p| (p.id, p.version))
        .collect();
    assert_eq!(
        versions,
        [("chat".into(), 1), ("chat".into(), 2), ("mail".into(), 1)]
    );
}

#[test]
fn the_order_of_policies_is_rewritten_and_a_deleted_policy_takes_its_versions() {
    let (_dir, store) = temp_store();
    for id in ["a", "b", "c"] {
        store.save_sla_policy(&policy(id, 60), 0).unwrap();
    }
    store.order_sla_policies(&["c".into(), "a".into()]).unwrap();
    let order = |s: &Store| -> Vec<String> {
        s.sla_policies()
            .unwrap()
            .into_iter()
            .map(|p| p.id)
            .collect()
    };
    assert_eq!(order(&store), ["c", "a", "b"]);
    store.delete_sla_policy("a").unwrap();
    assert_eq!(order(&store), ["c", "b"]);
    assert!(store
        .sla_policy_versions()
        .unwrap()
        .iter()
        .all(|p| p.id != "a"));
}
