//! `bridgedesk-cli mail …`: e-mail accounts and a one-pass sync from the command line.
//!
//! ```text
//! bridgedesk-cli mail sync --db DB --imap-host H --imap-port P --security plain|tls|starttls --user U
//! bridgedesk-cli mail account add --db DB --name N --from ADDRESS --imap-host H --imap-port P
//!     --security S [--smtp-host H --smtp-port P --smtp-security S] --user U [--signature TEXT]
//!     [--keep-closed-in-inbox]
//! bridgedesk-cli mail account list --db DB
//! bridgedesk-cli mail account remove --db DB --id N
//! ```
//! The password comes from the environment variable `BRIDGEDESK_MAIL_PASSWORD`, never from
//! the command line (which other users of the machine can read). `mail sync` keeps it in
//! memory only; `mail account add` puts it in the OS keychain like the app does.

use crate::args::Args;
use crate::{db_path, emit, open_store, Output};
use bridgedesk_core::{
    account_settings, sync_account_once, validate_mail_account, CoreError, StoreMailRepository,
    SystemClock, KEYCHAIN_SERVICE,
};
use bridgedesk_mail::{KeychainSecretStore, MemorySecretStore, SecretStore};
use bridgedesk_model::{EmailAccountInput, MailSecurity};
use bridgedesk_store::AttachmentStore;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

const PASSWORD_VARIABLE: &str = "BRIDGEDESK_MAIL_PASSWORD";

/// Runs a `mail` subcommand.
pub fn run(args: &mut Args, out: &Output) -> Result<(), String> {
    match args.command().as_deref() {
        Some("sync") => sync(args, out),
        Some("account") => match args.command().as_deref() {
            Some("add") => add(args, out),
            Some("list") => list(args, out),
            Some("remove") => remove(args, out),
            _ => Err(crate::USAGE.to_owned()),
        },
        _ => Err(crate::USAGE.to_owned()),
    }
}

fn password() -> Result<String, String> {
    std::env::var(PASSWORD_VARIABLE)
        .ok()
        .filter(|p| !p.is_empty())
        .ok_or_else(|| format!("{PASSWORD_VARIABLE} must hold the account's password"))
}

fn security(text: &str) -> Result<MailSecurity, String> {
    MailSecurity::parse(text)
        .ok_or_else(|| format!("unknown security {text:?}: plain, tls or starttls"))
}

/// The account settings given on the command line; SMTP defaults to the IMAP host.
fn input_from(args: &mut Args, require_identity: bool) -> Result<EmailAccountInput, String> {
    let imap_host = args.value("--imap-host").ok_or("--imap-host is required")?;
    let imap_port: u16 = args
        .number("--imap-port")
        .ok_or("--imap-port is required")?;
    let imap_security = security(&args.value("--security").unwrap_or_else(|| "tls".into()))?;
    let user = args.value("--user").ok_or("--user is required")?;
    let from = match args.value("--from") {
        Some(from) => from,
        None if require_identity => return Err("--from is required".into()),
        None if user.contains('@') => user.clone(),
        None => format!("{user}@{imap_host}"),
    };
    let smtp_security = match args.value("--smtp-security") {
        Some(text) => security(&text)?,
        None => imap_security,
    };
    Ok(EmailAccountInput {
        display_name: args.value("--name").unwrap_or_else(|| from.clone()),
        from_address: from,
        smtp_host: args
            .value("--smtp-host")
            .unwrap_or_else(|| imap_host.clone()),
        smtp_port: args.number("--smtp-port").unwrap_or(587),
        smtp_security,
        imap_host,
        imap_port,
        imap_security,
        user_name: user,
        signature: args.value("--signature").unwrap_or_default(),
        enabled: true,
        archive_on_close: !args.flag("--keep-closed-in-inbox"),
        password: None,
    })
}

fn core_error(err: CoreError) -> String {
    let app = err.to_app_error();
    format!("{} ({})", err, app.code)
}

/// `mail sync`: one pass over every folder into the database, then the counts and seconds.
fn sync(args: &mut Args, out: &Output) -> Result<(), String> {
    let db = db_path(args)?;
    let limit_seconds: u64 = args.number("--timeout").unwrap_or(3_600);
    let input = input_from(args, false)?;
    validate_mail_account(&input).map_err(core_error)?;
    let password = password()?;
    let store = Arc::new(open_store(&db)?);
    // Reuse the account with the same server and user, so a second run is a resync.
    let existing = store
        .email_accounts()
        .map_err(|e| e.to_string())?
        .into_iter()
        .find(|a| {
            a.imap_host == input.imap_host
                && a.imap_port == input.imap_port
                && a.user_name == input.user_name
        });
    let now = chrono::Utc::now().timestamp_millis();
    let account = match existing {
        Some(account) => account,
        None => store
            .add_email_account(&input, now)
            .map_err(|e| e.to_string())?,
    };
    let secrets = Arc::new(MemorySecretStore::new());
    secrets
        .set(account.id, &password)
        .map_err(|e| e.to_string())?;
    let attachments = Path::new(&db)
        .parent()
        .map(|dir| dir.join("attachments"))
        .unwrap_or_else(|| "attachments".into());
    let repository = Arc::new(StoreMailRepository::new(
        store.clone(),
        AttachmentStore::new(&attachments),
        Arc::new(SystemClock),
    ));
    let secrets: Arc<dyn SecretStore> = secrets;
    let report = sync_account_once(
        repository,
        account_settings(account.id, &account),
        secrets,
        Duration::from_secs(limit_seconds),
    )
    .map_err(|err| out.say(&err.to_app_error().message_id, &[]))?;
    emit(&out.say(
        "cli-mail-synced",
        &[
            ("messages", report.messages.into()),
            ("conversations", report.conversations.into()),
            ("seconds", format!("{:.2}", report.seconds).into()),
        ],
    ));
    Ok(())
}

fn add(args: &mut Args, out: &Output) -> Result<(), String> {
    let db = db_path(args)?;
    let mut input = input_from(args, true)?;
    validate_mail_account(&input).map_err(core_error)?;
    let password = password()?;
    input.password = None;
    let store = open_store(&db)?;
    let account = store
        .add_email_account(&input, chrono::Utc::now().timestamp_millis())
        .map_err(|e| e.to_string())?;
    if let Err(err) = KeychainSecretStore::new(KEYCHAIN_SERVICE).set(account.id, &password) {
        let _ = store.remove_email_account(account.id);
        return Err(out.say(err.message_id(), &[]));
    }
    emit(&out.say(
        "cli-mail-account-added",
        &[
            ("id", account.id.into()),
            ("address", account.from_address.as_str().into()),
        ],
    ));
    Ok(())
}

fn list(args: &mut Args, out: &Output) -> Result<(), String> {
    let store = open_store(&db_path(args)?)?;
    let accounts = store.email_accounts().map_err(|e| e.to_string())?;
    if accounts.is_empty() {
        emit(&out.say("cli-mail-account-none", &[]));
    }
    for a in accounts {
        emit(&format!(
            "{:>4}  {:<32} {}:{} ({})  {}:{} ({})  {}",
            a.id,
            a.from_address,
            a.imap_host,
            a.imap_port,
            a.imap_security,
            a.smtp_host,
            a.smtp_port,
            a.smtp_security,
            a.user_name
        ));
    }
    Ok(())
}

fn remove(args: &mut Args, out: &Output) -> Result<(), String> {
    let store = open_store(&db_path(args)?)?;
    let id: i64 = args.number("--id").ok_or("--id N is required")?;
    store.remove_email_account(id).map_err(|e| e.to_string())?;
    KeychainSecretStore::new(KEYCHAIN_SERVICE)
        .delete(id)
        .map_err(|err| out.say(err.message_id(), &[]))?;
    emit(&out.say("cli-mail-account-removed", &[("id", id.into())]));
    Ok(())
}
