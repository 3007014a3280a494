//! One complete sync pass of one account, then stop: what the command line's `mail sync` and
//! the benchmark run. It is bridgedesk-mail's [`AccountSync::sync_once`] (every folder once,
//! then log out) over the store, with the counts the pass left behind.

use crate::error::{CoreError, CoreResult};
use crate::mail_repository::StoreMailRepository;
use bridgedesk_mail::{
    AccountSettings, AccountSync, MailError, MailRepository, SecretStore, SyncEvent, SyncOptions,
};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// What one pass stored.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SyncPassReport {
    /// Messages of the account in the store after the pass.
    pub messages: u64,
    /// Conversations holding them.
    pub conversations: u64,
    /// Wall-clock seconds of the pass (connect to log out).
    pub seconds: f64,
}

/// Syncs every folder of the account once and stops; fails with the engine's error (wrong
/// password, refused connection …) or a timeout after `limit`.
pub fn sync_account_once(
    repository: Arc<StoreMailRepository>,
    settings: AccountSettings,
    secrets: Arc<dyn SecretStore>,
    limit: Duration,
) -> CoreResult<SyncPassReport> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|err| MailError::Network(err.kind().to_string()))?;
    let account = settings.account;
    let started = Instant::now();
    let repo: Arc<dyn MailRepository> = repository.clone();
    // Nobody shows progress here; the receiver only keeps the channel open.
    let (events, _progress) = mpsc::unbounded_channel::<SyncEvent>();
    let pass = AccountSync::sync_once(settings, secrets, repo, events, SyncOptions::default());
    runtime
        .block_on(async { tokio::time::timeout(limit, pass).await })
        .map_err(|_| MailError::Timeout)??;
    let seconds = started.elapsed().as_secs_f64();
    let store = repository.store();
    Ok(SyncPassReport {
        messages: store
            .email_message_count(account)
            .map_err(CoreError::from)?,
        conversations: store
            .email_conversation_count(account)
            .map_err(CoreError::from)?,
        seconds,
    })
}
