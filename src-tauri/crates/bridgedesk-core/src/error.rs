//! Errors of the workspace, mapped to the stable code + Fluent id shape the UI receives.

use bridgedesk_model::AppError;
use bridgedesk_store::StoreError;

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
    /// Blacklisting needs a reason.
    #[error("A blacklist reason is required")]
    BlacklistReasonMissing,
    /// The send check blocked the reply (the marketplace forbids what it contains).
    #[error("The reply breaks the marketplace's rules")]
    SendBlocked,
    /// The demo simulator works on demo workspaces only.
    #[error("Not a demo workspace")]
    NotDemo,
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
            CoreError::BlacklistReasonMissing => AppError::new(
                "customers.blacklist_reason_missing",
                "error-blacklist-reason-missing",
            ),
            CoreError::SendBlocked => AppError::new("reply.blocked", "error-reply-blocked"),
            CoreError::NotDemo => AppError::new("demo.not_demo", "error-demo-not-demo"),
        }
    }
}
