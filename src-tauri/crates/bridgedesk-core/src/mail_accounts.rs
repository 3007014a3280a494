//! E-mail accounts as the agent manages them: add, edit, remove, list and "Test connection".
//! Server settings go to the store; the password goes to the [`SecretStore`] (the OS keychain
//! in the app) and nowhere else — not the database, not a log line, not an event.

use crate::error::{CoreError, CoreResult, InvalidAccount};
use crate::Workspace;
use bridgedesk_mail::{AccountSettings, Endpoint, MailError, Security, TlsTrust};
use bridgedesk_model::{
    AccountChanged, ConnectionTestResult, EmailAccountInput, EmailAccountView, MailSecurity, RowId,
};
use std::time::Duration;

/// The keychain service under which the app and the command line keep account passwords.
pub const KEYCHAIN_SERVICE: &str = "app.bridgedesk.desktop";

/// How long each step of "Test connection" may take before it reports a timeout.
pub const CONNECTION_TEST_DEADLINE: Duration = Duration::from_secs(10);

/// The engine's view of a security choice.
pub fn security_of(security: MailSecurity) -> Security {
    match security {
        MailSecurity::Tls => Security::Tls,
        MailSecurity::Starttls => Security::StartTls,
        MailSecurity::Plain => Security::Plain,
    }
}

/// What the engine needs to connect an account (its id is 0 for an account not yet saved).
pub fn account_settings(id: RowId, input: &EmailAccountView) -> AccountSettings {
    AccountSettings {
        account: id,
        imap: Endpoint {
            host: input.imap_host.trim().to_owned(),
            port: input.imap_port,
            security: security_of(input.imap_security),
            user: input.user_name.trim().to_owned(),
        },
        smtp: Endpoint {
            host: input.smtp_host.trim().to_owned(),
            port: input.smtp_port,
            security: security_of(input.smtp_security),
            user: input.user_name.trim().to_owned(),
        },
        from_address: input.from_address.trim().to_owned(),
        display_name: input.display_name.trim().to_owned(),
        signature: input.signature.clone(),
        // The OS certificate store, as the agent's browser trusts it.
        tls_trust: TlsTrust::platform(),
    }
}

/// The input as a view (for settings that were not saved yet).
fn as_view(id: RowId, input: &EmailAccountInput) -> EmailAccountView {
    EmailAccountView {
        id,
        display_name: input.display_name.trim().to_owned(),
        from_address: input.from_address.trim().to_owned(),
        imap_host: input.imap_host.trim().to_owned(),
        imap_port: input.imap_port,
        imap_security: input.imap_security,
        smtp_host: input.smtp_host.trim().to_owned(),
        smtp_port: input.smtp_port,
        smtp_security: input.smtp_security,
        user_name: input.user_name.trim().to_owned(),
        signature: input.signature.clone(),
        enabled: input.enabled,
        archive_on_close: input.archive_on_close,
    }
}

/// Refuses settings that cannot work, before anything is stored or dialled.
pub fn validate(input: &EmailAccountInput) -> CoreResult<()> {
    let invalid = |field| Err(CoreError::InvalidAccount(field));
    if input.display_name.trim().is_empty() {
        return invalid(InvalidAccount::DisplayName);
    }
    let address = input.from_address.trim();
    match address.split_once('@') {
        Some((local, domain))
            if !local.is_empty() && !domain.is_empty() && !address.contains(' ') => {}
        _ => return invalid(InvalidAccount::FromAddress),
    }
    if input.imap_host.trim().is_empty() || input.smtp_host.trim().is_empty() {
        return invalid(InvalidAccount::Host);
    }
    if input.imap_port == 0 || input.smtp_port == 0 {
        return invalid(InvalidAccount::Port);
    }
    if input.user_name.trim().is_empty() {
        return invalid(InvalidAccount::UserName);
    }
    let settings = account_settings(0, &as_view(0, input));
    settings.imap.check_security()?;
    settings.smtp.check_security()?;
    Ok(())
}

impl Workspace {
    /// Every e-mail account.
    pub fn mail_accounts(&self) -> CoreResult<Vec<EmailAccountView>> {
        Ok(self.store()?.email_accounts()?)
    }

    /// Adds an account, keeps its password in the keychain and starts syncing it.
    pub fn add_mail_account(&self, input: &EmailAccountInput) -> CoreResult<EmailAccountView> {
        validate(input)?;
        let password = match input.password.as_deref() {
            Some(p) if !p.is_empty() => p,
            _ => return Err(CoreError::InvalidAccount(InvalidAccount::Password)),
        };
        let store = self.store()?;
        let account = store.add_email_account(&as_view_input(input), self.clock.now())?;
        if let Err(err) = self.secrets.set(account.id, password) {
            // Without its password the account cannot work: do not keep half of it.
            store.remove_email_account(account.id)?;
            return Err(err.into());
        }
        tracing::info!("Added mail account {}", account.id);
        self.events.account_changed(AccountChanged {
            account_id: account.id,
        });
        self.restart_mail_sync(account.id)?;
        Ok(account)
    }

    /// Changes an account's settings (and its password when a new one is given).
    pub fn update_mail_account(
        &self,
        id: RowId,
        input: &EmailAccountInput,
    ) -> CoreResult<EmailAccountView> {
        validate(input)?;
        let account =
            self.store()?
                .update_email_account(id, &as_view_input(input), self.clock.now())?;
        if let Some(password) = input.password.as_deref().filter(|p| !p.is_empty()) {
            self.secrets.set(id, password)?;
        }
        self.events
            .account_changed(AccountChanged { account_id: id });
        self.restart_mail_sync(id)?;
        Ok(account)
    }

    /// Stops an account's sync, removes it and forgets its password. Its conversations stay.
    pub fn remove_mail_account(&self, id: RowId) -> CoreResult<()> {
        self.mail.stop(id);
        self.store()?.remove_email_account(id)?;
        self.secrets.delete(id)?;
        self.events
            .account_changed(AccountChanged { account_id: id });
        Ok(())
    }

    /// Logs in to both servers with these settings. The password is the one typed, else the
    /// stored one of `account_id` (editing an account without retyping it).
    pub fn test_mail_connection(
        &self,
        account_id: Option<RowId>,
        input: &EmailAccountInput,
    ) -> CoreResult<ConnectionTestResult> {
        validate(input)?;
        let password = match (
            input.password.as_deref().filter(|p| !p.is_empty()),
            account_id,
        ) {
            (Some(typed), _) => typed.to_owned(),
            (None, Some(id)) => self.secrets.get(id)?.ok_or(MailError::MissingSecret)?,
            (None, None) => return Err(CoreError::InvalidAccount(InvalidAccount::Password)),
        };
        let settings = account_settings(account_id.unwrap_or(0), &as_view(0, input));
        let outcome = self
            .mail
            .block_on(bridgedesk_mail::test_connection(
                &settings,
                &password,
                CONNECTION_TEST_DEADLINE,
            ))
            .unwrap_or_else(|| Err(MailError::Network("no mail runtime".into())));
        Ok(match outcome {
            Ok(report) => ConnectionTestResult {
                error: None,
                folders: report.folders,
                push: report.imap_idle,
            },
            Err(err) => {
                tracing::info!("A connection test failed: {}", err.code());
                ConnectionTestResult {
                    error: Some(CoreError::Mail(err).to_app_error()),
                    folders: Vec::new(),
                    push: false,
                }
            }
        })
    }
}

/// The input with its text trimmed, as it is stored.
fn as_view_input(input: &EmailAccountInput) -> EmailAccountInput {
    as_view(0, input).to_input()
}
