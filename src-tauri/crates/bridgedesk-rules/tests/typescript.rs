//! The IPC-facing types produce TypeScript declarations the UI can compile against: tagged
//! unions keep their `type` field, 64-bit numbers are plain `number`s.

use bridgedesk_rules::*;
use ts_rs::TS;

#[test]
fn rules_types_declare_tagged_unions_and_plain_numbers() {
    let condition = Condition::decl();
    assert!(
        condition.contains(r#""type": "order_value""#),
        "{condition}"
    );
    assert!(condition.contains("amount_minor: number"), "{condition}");
    let trigger = Trigger::decl();
    assert!(
        trigger.contains(r#"{ "type": "new_buyer_message" }"#),
        "{trigger}"
    );
    assert!(trigger.contains("after_minutes: number"), "{trigger}");
    for decl in [
        ConversationFacts::decl(),
        RuleTrace::decl(),
        DryRunRow::decl(),
        TimeCheck::decl(),
        Finding::decl(),
        TemplateValue::decl(),
        ReplyTemplate::decl(),
        Evaluation::decl(),
    ] {
        assert!(!decl.contains("bigint"), "{decl}");
    }
}
