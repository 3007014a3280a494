//! Errors of the workspace, mapped to the stable code + Fluent id shape the UI receives.

use bridgedesk_mail::MailError;
use bridgedesk_model::AppError;
use bridgedesk_store::StoreError;

/// An e-mail account setting the core refuses, one Fluent message each
/// (`mail-account-invalid-<name>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidAccount {
    /// The display name is empty.
    DisplayName,
    /// The from address is not `local@domain`.
    FromAddress,
    /// An IMAP or SMTP host is empty.
    Host,
    /// A port is 0.
    Port,
    /// The user name is empty.
    UserName,
    /// A new account needs a password.
    Password,
}

impl InvalidAccount {
    fn name(self) -> &'static str {
        match self {
            InvalidAccount::DisplayName => "display-name",
            InvalidAccount::FromAddress => "from-address",
            InvalidAccount::Host => "host",
            InvalidAccount::Port => "port",
            InvalidAccount::UserName => "user-name",
            InvalidAccount::Password => "password",
        }
    }
}

/// What a workspace action can fail with.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The store could not be opened; the UI shows why and what can be done.
    #[error("The workspace is not open")]
    NotOpen,
    /// Demo data goes only into an empty workspace.
    #[error("The workspace already holds conversations")]
    NotEmpty,
    /// Moving aside is only for a damaged database.
    #[error("The database is not damaged")]
    NotCorrupt,
    /// The requested UI locale is not embedded.
    #[error("Unknown locale")]
    UnknownLocale,
    /// The requested time zone is not an IANA zone name.
    #[error("Unknown time zone")]
    UnknownTimeZone,
    /// SLA settings that cannot be saved or imported.
    #[error(transparent)]
    Sla(#[from] crate::SlaSettingsError),
    /// A rule or rule set was refused (every problem found; the UI shows the first).
    #[error("The rules were refused: {0:?}")]
    Rules(Vec<bridgedesk_rules::RuleSetError>),
    /// The editor sent something that is not a rule.
    #[error("Not a rule")]
    RuleShape,
    /// A reply template could not be rendered.
    #[error(transparent)]
    Template(#[from] bridgedesk_rules::TemplateError),
    /// No template has this key.
    #[error("Unknown template")]
    UnknownTemplate,
    /// The grade thresholds could not be kept.
    #[error("Invalid grade thresholds")]
    InvalidThresholds,
    /// The grade thresholds contradict each other (see the problem).
    #[error("Inconsistent grade thresholds: {0:?}")]
    ThresholdsInconsistent(bridgedesk_triage::ThresholdProblem),
    /// Blacklisting needs a reason.
    #[error("A blacklist reason is required")]
    BlacklistReasonMissing,
    /// The send check blocked the reply (the marketplace forbids what it contains).
    #[error("The reply breaks the marketplace's rules")]
    SendBlocked,
    /// The demo simulator works on demo workspaces only.
    #[error("Not a demo workspace")]
    NotDemo,
    /// A mail server or the keychain failed.
    #[error(transparent)]
    Mail(#[from] MailError),
    /// An account setting is missing or malformed.
    #[error("Invalid e-mail account setting: {0:?}")]
    InvalidAccount(InvalidAccount),
    /// The conversation's e-mail account was removed, so a reply cannot be sent from it.
    #[error("The conversation's e-mail account no longer exists")]
    NoMailAccount,
    /// The reply could not be written as e-mail (e.g. the buyer's address is unusable).
    #[error("The reply could not be composed: {0}")]
    Compose(&'static str),
}

/// Results of workspace actions.
pub type CoreResult<T> = Result<T, CoreError>;

impl CoreError {
    /// The error as the UI receives it.
    pub fn to_app_error(&self) -> AppError {
        match self {
            CoreError::Store(err) => err.to_app_error(),
            CoreError::NotOpen => AppError::new("workspace.not_open", "error-workspace-not-open"),
            CoreError::NotEmpty => {
                AppError::new("workspace.not_empty", "error-workspace-not-empty")
            }
            CoreError::NotCorrupt => {
                AppError::new("workspace.not_corrupt", "error-workspace-not-corrupt")
            }
            CoreError::UnknownLocale => {
                AppError::new("settings.unknown_locale", "error-settings-unknown-locale")
            }
            CoreError::UnknownTimeZone => AppError::new(
                "settings.unknown_time_zone",
                "error-settings-unknown-time-zone",
            ),
            CoreError::Sla(err) => err.to_app_error(),
            CoreError::Rules(errors) => match errors.first() {
                Some(first) => first.to_app_error(),
                None => AppError::new("rules.invalid", "error-rules-invalid"),
            },
            CoreError::RuleShape => AppError::new("rules.invalid", "error-rules-invalid"),
            CoreError::Template(err) => err.to_app_error(),
            CoreError::UnknownTemplate => {
                AppError::new("template.unknown", "error-template-unknown")
            }
            CoreError::InvalidThresholds => AppError::new(
                "customers.invalid_thresholds",
                "error-grade-thresholds-invalid",
            ),
            CoreError::ThresholdsInconsistent(problem) => {
                use bridgedesk_triage::ThresholdProblem as P;
                let (code, id) = match problem {
                    P::EmptyWindow => (
                        "customers.thresholds_window",
                        "error-grade-thresholds-window",
                    ),
                    P::NegativeValue => (
                        "customers.thresholds_negative",
                        "error-grade-thresholds-negative",
                    ),
                    P::KeyABelowKeyB => (
                        "customers.thresholds_key_order",
                        "error-grade-thresholds-key-order",
                    ),
                    P::SmallNotBelowKeyB => {
                        ("customers.thresholds_small", "error-grade-thresholds-small")
                    }
                };
                AppError::new(code, id)
            }
            CoreError::BlacklistReasonMissing => AppError::new(
                "customers.blacklist_reason_missing",
                "error-blacklist-reason-missing",
            ),
            CoreError::SendBlocked => AppError::new("reply.blocked", "error-reply-blocked"),
            CoreError::NotDemo => AppError::new("demo.not_demo", "error-demo-not-demo"),
            CoreError::Mail(err) => AppError::new(err.code(), err.message_id()),
            CoreError::InvalidAccount(field) => AppError::new(
                "mail.invalid_account",
                &format!("mail-account-invalid-{}", field.name()),
            ),
            CoreError::NoMailAccount => AppError::new("mail.no_account", "mail-error-no-account"),
            CoreError::Compose(code) => {
                AppError::new(&format!("mail.compose_{code}"), "mail-error-compose")
            }
        }
    }
}
