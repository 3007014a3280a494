//! The facade the shell calls. A [`Workspace`] owns the local store (or the reason it could not
//! be opened), the agent's settings and the localizer, performs the agent's actions, and pushes
//! events through an [`EventSink`] so the UI never polls.

mod automation;
mod clock;
mod environment;
mod error;
mod events;
mod intake;
mod mail_accounts;
mod mail_actions;
mod mail_display;
mod mail_once;
mod mail_reply;
mod mail_repository;
mod mail_sync;
mod replies;
mod rule_library;
mod scheduler;
mod simulator;
mod sla;
mod sla_alerts;
mod sla_settings;
mod workspace;
mod workspace_sla;
mod workspace_teams;

pub use clock::{Clock, FixedClock, SystemClock};
pub use environment::AgentEnvironment;
pub use error::{CoreError, CoreResult, InvalidAccount};
pub use events::{EventSink, RecordingSink};
pub use mail_accounts::{
    account_settings, validate as validate_mail_account, CONNECTION_TEST_DEADLINE, KEYCHAIN_SERVICE,
};
pub use mail_display::{render_html, RenderedMail, ALLOW_PRIVATE_IMAGE_HOSTS};
pub use mail_once::{sync_account_once, SyncPassReport};
pub use mail_repository::{read_email, StoreMailRepository};
pub use mail_sync::MailSync;
pub use scheduler::run_scheduler;
pub use sla::{evaluate, events_of, SlaConfig, SlaOutcome};
pub use sla_alerts::{spawn_breach_watch, BreachLook, BreachWatch, DataChanged};
pub use sla_settings::{
    calendar_of, default_calendar, default_policies, holiday_set, holiday_sets, ics_days,
    policy_of, SlaSettingsError, SHENZHEN_CALENDAR,
};
pub use workspace::{Workspace, DEMO_SEED};

pub use bridgedesk_l10n::Localizer;
pub use bridgedesk_store::{Store, StoreStats, DATABASE_FILE_NAME};
