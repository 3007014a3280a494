//! Schema 0004 on a real SQLite file: triage per message and conversation, an agent's category
//! correction that later triage does not override, the blacklist, and the rule-run log's anchors.

mod fixture;

use bridgedesk_model::*;
use bridgedesk_store::{InboundMessage, RuleRunRecord, Store, TriageRecord};
use fixture::*;

/// After every message of the fixture shop.
const LATER: UtcMillis = 4_000_000_000_000;

fn shop() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bridgedesk.sqlite3")).unwrap();
    small_shop(&store);
    (dir, store)
}

fn damaged(language: &str) -> TriageRecord {
    TriageRecord {
        language: language.into(),
        category: Category::OrderLogistics,
        logistics_problem: "damaged".into(),
        dispute_risks: vec!["paypal_claim".into()],
        angry: true,
        urgent: true,
        priority: Priority::Urgent,
        evidence_json: "[]".into(),
    }
}

#[test]
fn a_new_buyer_message_is_stored_once_and_its_triage_shows_on_the_conversation() {
    let (_dir, store) = shop();
    let id = store.conversation_ids().unwrap()[0];
    let message = InboundMessage {
        external_id: "x-1",
        author_name: "Ana",
        text: "llegó roto",
        at: 1_000,
    };
    let added = store.add_inbound_message(id, &message).unwrap().unwrap();
    assert_eq!(
        store.add_inbound_message(id, &message).unwrap(),
        None,
        "same channel id, stored once"
    );
    store
        .save_triages(&[(added, id, damaged("es"))], 2_000)
        .unwrap();
    let summary = store.conversation_summary(id).unwrap();
    let triage = summary.triage.unwrap();
    assert_eq!(triage.logistics_problem.as_deref(), Some("damaged"));
    assert_eq!(triage.dispute_risks, ["paypal_claim"]);
    assert!(triage.angry && triage.urgent && !triage.category_corrected);
    assert_eq!(summary.language, "es");
    assert_eq!(summary.priority, Priority::Urgent);
    assert!(store
        .untriaged_buyer_messages()
        .unwrap()
        .iter()
        .all(|m| m.message_id != added));
}

#[test]
fn an_agents_category_correction_is_kept_and_wins_over_later_triage() {
    let (_dir, store) = shop();
    let id = store.conversation_ids().unwrap()[0];
    let message = InboundMessage {
        external_id: "x-2",
        author_name: "Ana",
        text: "quiero devolverlo",
        at: LATER,
    };
    let first = store.add_inbound_message(id, &message).unwrap().unwrap();
    store
        .save_triages(&[(first, id, damaged("es"))], 2_000)
        .unwrap();
    let corrected = store
        .correct_category(id, Category::ReturnExchange, "Lin Wei", 3_000)
        .unwrap();
    assert_eq!(corrected.category, Category::ReturnExchange);
    let corrections = store.category_corrections().unwrap();
    assert_eq!(corrections.len(), 1);
    assert_eq!(
        (corrections[0].from, corrections[0].to),
        (Category::OrderLogistics, Category::ReturnExchange)
    );
    assert_eq!(corrections[0].text, "quiero devolverlo");
    let later = InboundMessage {
        external_id: "x-3",
        author_name: "Ana",
        text: "¿y bien?",
        at: LATER + 4_000,
    };
    let second = store.add_inbound_message(id, &later).unwrap().unwrap();
    store
        .save_triages(&[(second, id, damaged("es"))], 5_000)
        .unwrap();
    let summary = store.conversation_summary(id).unwrap();
    assert_eq!(summary.category, Category::ReturnExchange);
    assert!(summary.triage.unwrap().category_corrected);
}

#[test]
fn a_blacklist_flag_shows_on_every_conversation_of_the_buyer_until_cleared() {
    let (_dir, store) = shop();
    let id = store.conversation_ids().unwrap()[0];
    let customer = store.customer_of_conversation(id).unwrap();
    let entry = BlacklistEntry {
        reason: "abuse".into(),
        by: "Lin Wei".into(),
        at: 9,
    };
    store.set_blacklist(customer, Some(&entry)).unwrap();
    for conversation in store.conversations_of_customer(customer).unwrap() {
        assert_eq!(
            store
                .conversation_summary(conversation)
                .unwrap()
                .standing
                .blacklist
                .as_ref(),
            Some(&entry)
        );
    }
    store.set_blacklist(customer, None).unwrap();
    assert!(store
        .conversation_summary(id)
        .unwrap()
        .standing
        .blacklist
        .is_none());
}

#[test]
fn a_time_rules_anchor_is_read_back_from_the_run_log() {
    let (_dir, store) = shop();
    let id = store.conversation_ids().unwrap()[0];
    let rule = store.insert_rule("Unanswered", "{}", true, 1).unwrap();
    let runs = [RuleRunRecord {
        conversation_id: id,
        rule_id: Some(rule),
        rule_name: "Unanswered",
        trigger: "time",
        matched: true,
        trace_json: "[]",
        actions_json: "[]",
        anchor_at: Some(500),
        at: 1_000,
    }];
    store.log_rule_runs(&runs).unwrap();
    let inputs = store.rule_inputs(id).unwrap();
    assert_eq!(inputs.time_rule_runs.get(&rule.to_string()), Some(&500));
    assert_eq!(store.rule_runs_of(id, 10).unwrap().len(), 1);
}
