//! The e-mail channel's IPC vocabulary: accounts as the UI edits them (a password only travels
//! inward, to the OS keychain, never back), connection-test outcomes and sync progress.

use crate::{AppError, RowId};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

crate::vocabulary! {
    /// How a connection to an IMAP or SMTP server is protected. `plain` is allowed only to a
    /// loopback address (test servers on this machine).
    MailSecurity {
        Tls = "tls",
        Starttls = "starttls",
        Plain = "plain",
    }
}

/// An e-mail account as the agent enters it. `password` is written to the OS keychain; `None`
/// on an edit keeps the stored one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EmailAccountInput {
    pub display_name: String,
    pub from_address: String,
    pub imap_host: String,
    pub imap_port: u16,
    pub imap_security: MailSecurity,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_security: MailSecurity,
    pub user_name: String,
    pub signature: String,
    pub enabled: bool,
    /// Resolving or closing a conversation moves its INBOX mail to the Archive folder.
    pub archive_on_close: bool,
    pub password: Option<String>,
}

/// An e-mail account as the UI shows it (never with its password).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EmailAccountView {
    #[ts(type = "number")]
    pub id: RowId,
    pub display_name: String,
    pub from_address: String,
    pub imap_host: String,
    pub imap_port: u16,
    pub imap_security: MailSecurity,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_security: MailSecurity,
    pub user_name: String,
    pub signature: String,
    pub enabled: bool,
    /// Resolving or closing a conversation moves its INBOX mail to the Archive folder.
    pub archive_on_close: bool,
}

impl EmailAccountView {
    /// These settings as an input for an edit, keeping the stored password.
    pub fn to_input(&self) -> EmailAccountInput {
        EmailAccountInput {
            display_name: self.display_name.clone(),
            from_address: self.from_address.clone(),
            imap_host: self.imap_host.clone(),
            imap_port: self.imap_port,
            imap_security: self.imap_security,
            smtp_host: self.smtp_host.clone(),
            smtp_port: self.smtp_port,
            smtp_security: self.smtp_security,
            user_name: self.user_name.clone(),
            signature: self.signature.clone(),
            enabled: self.enabled,
            archive_on_close: self.archive_on_close,
            password: None,
        }
    }
}

/// The outcome of "Test connection": the first failure (DNS, refused, TLS, wrong password,
/// timeout … each its own message), or `None` when both servers accepted the login.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConnectionTestResult {
    pub error: Option<AppError>,
    /// The IMAP folders found, INBOX first.
    pub folders: Vec<String>,
    /// The IMAP server pushes new mail (IDLE); otherwise the app polls.
    pub push: bool,
}

/// Payload of the `sync-progress` event and of `mail_sync_status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncProgress {
    #[ts(type = "number")]
    pub account_id: RowId,
    /// `connecting`, `initial`, `incremental`, `idle`, `cancelled` or `failed`.
    pub phase: String,
    pub folder: String,
    /// Messages fetched so far in this pass and how many the pass will fetch.
    pub done: u32,
    pub total: u32,
    /// Why the last pass failed, when it did.
    pub error: Option<AppError>,
}

/// Payload of the `account-changed` event: an account was added, edited or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AccountChanged {
    #[ts(type = "number")]
    pub account_id: RowId,
}

/// Who may load remote images of a message: this message only, or every message of its sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RemoteImageScope {
    Message,
    Sender,
}
