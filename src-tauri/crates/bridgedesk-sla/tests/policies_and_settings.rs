//! Policy selection (ordered, first match wins), validation against the calendars, and the
//! settings form of calendars and policies (serde), including bad settings.

mod common;

use bridgedesk_model::{Category, Channel, Priority};
use bridgedesk_sla::{
    BusinessCalendar, CalendarError, CalendarSet, ConversationFacts, CustomerGrade, OpenInterval,
    Policy, PolicyConditions, PolicyError, PolicySet, Target, HOUR,
};
use common::*;

fn facts() -> ConversationFacts {
    ConversationFacts {
        channel: Channel::Amazon,
        store_id: 3,
        priority: Priority::Normal,
        grade: CustomerGrade::Ordinary,
        category: Category::OrderLogistics,
        language: "es-MX".into(),
    }
}

fn policy(id: &str, conditions: PolicyConditions) -> Policy {
    Policy {
        conditions,
        first_response: Some(Target::calendar(HOUR)),
        ..Policy::new(id, 1)
    }
}

fn set() -> PolicySet {
    PolicySet {
        policies: vec![
            policy(
                "vip",
                PolicyConditions {
                    grades: vec![CustomerGrade::A, CustomerGrade::B],
                    ..Default::default()
                },
            ),
            policy(
                "urgent-amazon",
                PolicyConditions {
                    channels: vec![Channel::Amazon],
                    priorities: vec![Priority::Urgent],
                    ..Default::default()
                },
            ),
            policy(
                "spanish-store-3",
                PolicyConditions {
                    store_ids: vec![3],
                    languages: vec!["es".into()],
                    ..Default::default()
                },
            ),
            policy(
                "amazon",
                PolicyConditions {
                    channels: vec![Channel::Amazon],
                    ..Default::default()
                },
            ),
            policy("default", PolicyConditions::default()),
        ],
    }
}

#[test]
fn the_first_matching_policy_wins() {
    let set = set();
    let pick = |f: ConversationFacts| set.select(&f).map(|p| p.id.clone());
    assert_eq!(
        pick(facts()).as_deref(),
        Some("spanish-store-3"),
        "es matches es-MX"
    );
    assert_eq!(
        pick(ConversationFacts {
            grade: CustomerGrade::B,
            ..facts()
        })
        .as_deref(),
        Some("vip")
    );
    assert_eq!(
        pick(ConversationFacts {
            priority: Priority::Urgent,
            ..facts()
        })
        .as_deref(),
        Some("urgent-amazon")
    );
    assert_eq!(
        pick(ConversationFacts {
            language: "en".into(),
            ..facts()
        })
        .as_deref(),
        Some("amazon")
    );
    assert_eq!(
        pick(ConversationFacts {
            language: "est".into(),
            ..facts()
        })
        .as_deref(),
        Some("amazon"),
        "es does not match est"
    );
    assert_eq!(
        pick(ConversationFacts {
            channel: Channel::Email,
            language: "de".into(),
            ..facts()
        })
        .as_deref(),
        Some("default")
    );
    assert!(PolicySet::default().select(&facts()).is_none());
}

#[test]
fn category_conditions_match_only_their_categories() {
    let conditions = PolicyConditions {
        categories: vec![Category::Complaint],
        ..Default::default()
    };
    assert!(!conditions.matches(&facts()));
    assert!(conditions.matches(&ConversationFacts {
        category: Category::Complaint,
        ..facts()
    }));
}

#[test]
fn validation_catches_unknown_calendars_and_negative_targets() {
    let calendars = CalendarSet::new().with(shanghai_office());
    let mut set = set();
    assert_eq!(set.validate(&calendars), Ok(()));
    set.policies[0].next_response = Some(Target::business(HOUR, "nowhere"));
    assert_eq!(
        set.validate(&calendars),
        Err(PolicyError::UnknownCalendar {
            policy: "vip".into(),
            calendar: "nowhere".into()
        })
    );
    set.policies[0].next_response = Some(Target::business(-1, "sh"));
    assert!(matches!(
        set.validate(&calendars),
        Err(PolicyError::NegativeTarget { .. })
    ));
}

#[test]
fn policies_round_trip_through_json() {
    let mut set = set();
    set.policies[1].resolution = Some(Target::business(8 * HOUR, "sh"));
    let json = serde_json::to_string(&set).expect("serialize");
    let back: PolicySet = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(back, set);
}

#[test]
fn calendars_round_trip_through_their_settings_form() {
    let cal = shanghai_office().with_hours(&[chrono::Weekday::Sat], &hours(&["22:00-02:00"]));
    let json = serde_json::to_string(&cal).expect("serialize");
    assert!(json.contains("\"zone\":\"Asia/Shanghai\""));
    assert!(json.contains("\"22:00-02:00\""));
    let back: BusinessCalendar = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(back, cal);
}

#[test]
fn bad_calendar_settings_are_rejected_with_a_reason() {
    let bad_zone = r#"{"id":"x","zone":"Mars/Olympus","weekly":{},"overrides":{}}"#;
    let err = serde_json::from_str::<BusinessCalendar>(bad_zone).expect_err("bad zone");
    assert!(err.to_string().contains("unknown time zone"), "{err}");
    let bad_day = r#"{"id":"x","zone":"UTC","weekly":{"funday":["09:00-17:00"]},"overrides":{}}"#;
    assert!(serde_json::from_str::<BusinessCalendar>(bad_day).is_err());
    for text in [
        "9-17",
        "09:00",
        "25:00-26:00",
        "09:60-10:00",
        "aa:bb-cc:dd",
        "",
        "09:00-17:00-18:00",
    ] {
        assert!(
            matches!(
                OpenInterval::parse(text),
                Err(CalendarError::BadInterval(_))
            ),
            "{text:?}"
        );
    }
    assert_eq!(
        OpenInterval::parse("09:00 - 24:00").map(|i| i.to_string()),
        Ok("09:00-00:00".to_string())
    );
    assert!(OpenInterval::parse("22:00-02:00").is_ok_and(|i| i.crosses_midnight()));
}
