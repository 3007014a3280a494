//! Every error the core can hand to the UI is a Fluent message that exists in every locale, so
//! an agent never sees a raw English string or a bare message id.

use bridgedesk_core::{CoreError, Localizer, SlaSettingsError};
use bridgedesk_store::{Invalid, StoreError};
use bridgedesk_triage::ThresholdProblem;
use std::path::PathBuf;

fn every_error() -> Vec<CoreError> {
    let store_errors = vec![
        StoreError::Corrupt {
            path: PathBuf::from("x"),
            detail: "d".into(),
        },
        StoreError::TooNew {
            found: 9,
            supported: 1,
        },
        StoreError::Busy,
        StoreError::Io(std::io::Error::other("disk full")),
        StoreError::NotFound {
            entity: "conversation",
            id: 1,
        },
        StoreError::UnknownKey { entity: "orders" },
        StoreError::Invalid(Invalid::Tag),
        StoreError::Invalid(Invalid::Note),
        StoreError::Invalid(Invalid::Reply),
        StoreError::Sqlite(rusqlite_error()),
    ];
    let mut errors: Vec<CoreError> = store_errors.into_iter().map(CoreError::Store).collect();
    errors.extend([
        CoreError::NotOpen,
        CoreError::NotEmpty,
        CoreError::NotCorrupt,
        CoreError::UnknownLocale,
        CoreError::UnknownTimeZone,
        CoreError::Rules(Vec::new()),
        CoreError::RuleShape,
        CoreError::UnknownTemplate,
        CoreError::InvalidThresholds,
        CoreError::ThresholdsInconsistent(ThresholdProblem::EmptyWindow),
        CoreError::ThresholdsInconsistent(ThresholdProblem::NegativeValue),
        CoreError::ThresholdsInconsistent(ThresholdProblem::KeyABelowKeyB),
        CoreError::ThresholdsInconsistent(ThresholdProblem::SmallNotBelowKeyB),
        CoreError::BlacklistReasonMissing,
        CoreError::SendBlocked,
        CoreError::NotDemo,
        CoreError::NoMailAccount,
        CoreError::Compose("no_recipient"),
    ]);
    errors.extend(
        [
            SlaSettingsError::EmptyName,
            SlaSettingsError::UnknownZone,
            SlaSettingsError::BadWeeklyInterval { weekday: 3 },
            SlaSettingsError::BadDate { row: 2 },
            SlaSettingsError::BadDayHours { row: 2 },
            SlaSettingsError::UnknownCalendar,
            SlaSettingsError::NegativeTarget,
            SlaSettingsError::NoDefaultCalendar,
            SlaSettingsError::BadIcs { line: 7 },
            SlaSettingsError::UnknownHolidaySet,
            SlaSettingsError::NotFound,
        ]
        .map(CoreError::Sla),
    );
    use bridgedesk_core::InvalidAccount;
    use bridgedesk_mail::{MailError, Protocol};
    errors.extend(
        [
            InvalidAccount::DisplayName,
            InvalidAccount::FromAddress,
            InvalidAccount::Host,
            InvalidAccount::Port,
            InvalidAccount::UserName,
            InvalidAccount::Password,
        ]
        .map(CoreError::InvalidAccount),
    );
    errors.extend(
        [
            MailError::Dns,
            MailError::ConnectionRefused,
            MailError::Network("n".into()),
            MailError::Tls("t".into()),
            MailError::Auth(Protocol::Imap),
            MailError::Auth(Protocol::Smtp),
            MailError::Timeout,
            MailError::Protocol("p".into()),
            MailError::PlainTextRefused,
            MailError::StartTlsMissing,
            MailError::Rejected("r".into()),
            MailError::MissingSecret,
            MailError::Keychain("k".into()),
            MailError::Repository("r".into()),
            MailError::Cancelled,
        ]
        .map(CoreError::Mail),
    );
    errors
}

fn rusqlite_error() -> rusqlite::Error {
    rusqlite::Error::InvalidQuery
}

#[test]
fn every_error_is_a_message_in_every_locale_with_its_arguments_filled() {
    let localizer = Localizer::embedded();
    let locales = localizer.available_locales();
    assert!(locales.len() >= 9, "{locales:?}");
    for error in every_error() {
        let app = error.to_app_error();
        for locale in &locales {
            assert!(
                localizer.message_ids(locale).contains(&app.message_id),
                "{} is missing in {locale}",
                app.message_id
            );
            let args: Vec<(&str, fluent_bundle::FluentValue)> = app
                .args
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str().into()))
                .collect();
            let text = localizer.format(locale, &app.message_id, &args);
            assert!(
                !text.contains("{$") && !text.contains("{ $"),
                "{locale} {}: {text}",
                app.message_id
            );
        }
    }
}

#[test]
fn error_arguments_never_carry_english_words_from_rust() {
    for error in every_error() {
        let app = error.to_app_error();
        for value in app.args.values() {
            assert!(
                value.chars().all(|c| c.is_ascii_digit()),
                "{}: argument {value:?} is not a number",
                app.message_id
            );
        }
    }
}

/// Rule-set and template errors name what the agent wrote (a rule id, a pattern, a template id,
/// a language code): user data, not English from Rust. Each is a message in every locale.
#[test]
fn rule_and_template_errors_are_messages_in_every_locale() {
    let localizer = Localizer::embedded();
    let errors = [
        CoreError::Rules(vec![bridgedesk_rules::RuleSetError::InvalidRegex {
            rule_id: "r".into(),
            pattern: "(".into(),
        }]),
        CoreError::Rules(vec![bridgedesk_rules::RuleSetError::InvalidJson {
            line: 1,
            column: 2,
        }]),
        CoreError::Rules(vec![bridgedesk_rules::RuleSetError::UnknownTemplate {
            rule_id: "r".into(),
            template_id: "t".into(),
        }]),
        CoreError::Template(bridgedesk_rules::TemplateError::MissingVariable {
            template_id: "t".into(),
            language: "es".into(),
            variable: "order_number".into(),
        }),
    ];
    for error in errors {
        let app = error.to_app_error();
        for locale in localizer.available_locales() {
            assert!(
                localizer.message_ids(&locale).contains(&app.message_id),
                "{} is missing in {locale}",
                app.message_id
            );
            let args: Vec<(&str, fluent_bundle::FluentValue)> = app
                .args
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str().into()))
                .collect();
            let text = localizer.format(&locale, &app.message_id, &args);
            assert!(
                !text.contains("{$") && !text.contains("{ $"),
                "{locale}: {text}"
            );
        }
    }
}
