//! "Test connection" in the account dialog: logs in to both servers once and reports what
//! they offer, or the precise reason they cannot be used.

use std::time::Duration;

use crate::imap::{discover_folders, imap_login, timed};
use crate::smtp::SmtpConnection;
use crate::{AccountSettings, MailError};

/// What a successful connection test found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerReport {
    /// The IMAP server supports IDLE (push); otherwise the engine polls.
    pub imap_idle: bool,
    /// The IMAP server supports CONDSTORE (cheap flag resync).
    pub imap_condstore: bool,
    /// The IMAP server supports MOVE.
    pub imap_move: bool,
    /// Selectable folders, INBOX first.
    pub folders: Vec<String>,
    /// The SMTP server asked for and accepted authentication.
    pub smtp_authenticated: bool,
}

/// Tries IMAP then SMTP with `password`; each network step gives up after `deadline`.
pub async fn test_connection(
    settings: &AccountSettings,
    password: &str,
    deadline: Duration,
) -> Result<ServerReport, MailError> {
    let trust = &settings.tls_trust;
    let (mut session, caps) = imap_login(&settings.imap, trust, password, deadline).await?;
    let folders = discover_folders(&mut session, caps, deadline).await?;
    let _ = timed(deadline, session.logout()).await;
    let smtp = SmtpConnection::open(&settings.smtp, trust, password, deadline).await?;
    let smtp_authenticated = smtp.extensions.iter().any(|e| e.starts_with("AUTH"));
    smtp.quit().await;
    Ok(ServerReport {
        imap_idle: caps.idle,
        imap_condstore: caps.condstore,
        imap_move: caps.mv,
        folders: folders.into_iter().map(|f| f.name).collect(),
        smtp_authenticated,
    })
}
