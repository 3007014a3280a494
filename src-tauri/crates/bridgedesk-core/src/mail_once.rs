//! One complete sync pass of one account, then stop: what the command line's `mail sync` and
//! the benchmark run. It drives the same [`AccountSync`] the app runs, and recognizes the end
//! of the first pass by the engine's own rhythm: the engine asks for pending local changes at
//! the start of every pass, and a wake-up queued at start makes it begin a second pass right
//! after the first one (instead of idling), so the second request, with no error in between,
//! means every folder was synced once.

use crate::mail_repository::StoreMailRepository;
use bridgedesk_mail::{
    AccountSettings, AccountSync, FolderState, Flags, IncomingMessage, IngestOutcome, LocalChange,
    MailRepository, OutboxTransition, OutgoingMail, RepoError, SecretStore, SyncEvent, SyncOptions,
};
use bridgedesk_model::AppError;
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
    /// Wall-clock seconds of the pass (connect to last folder synced).
    pub seconds: f64,
}

/// Delegates to the store and reports each start of a pass.
struct PassWatch {
    inner: Arc<StoreMailRepository>,
    passes: mpsc::UnboundedSender<()>,
}

impl MailRepository for PassWatch {
    fn folder_state(&self, a: i64, f: &str) -> Result<Option<FolderState>, RepoError> {
        self.inner.folder_state(a, f)
    }
    fn save_folder_state(&self, a: i64, f: &str, s: &FolderState) -> Result<(), RepoError> {
        self.inner.save_folder_state(a, f, s)
    }
    fn known_uids(&self, a: i64, f: &str, v: u32) -> Result<Vec<u32>, RepoError> {
        self.inner.known_uids(a, f, v)
    }
    fn ingest(&self, item: IncomingMessage<'_>) -> Result<IngestOutcome, RepoError> {
        self.inner.ingest(item)
    }
    fn apply_remote_flags(&self, a: i64, f: &str, v: u32, c: &[(u32, Flags)]) -> Result<(), RepoError> {
        self.inner.apply_remote_flags(a, f, v, c)
    }
    fn remote_expunged(&self, a: i64, f: &str, v: u32, u: &[u32]) -> Result<(), RepoError> {
        self.inner.remote_expunged(a, f, v, u)
    }
    fn uidvalidity_changed(&self, a: i64, f: &str, n: u32) -> Result<(), RepoError> {
        self.inner.uidvalidity_changed(a, f, n)
    }
    fn pending_local_changes(&self, a: i64) -> Result<Vec<LocalChange>, RepoError> {
        let _ = self.passes.send(());
        self.inner.pending_local_changes(a)
    }
    fn local_change_done(&self, id: i64) -> Result<(), RepoError> {
        self.inner.local_change_done(id)
    }
    fn next_outgoing(&self, a: i64, now: i64) -> Result<Option<OutgoingMail>, RepoError> {
        self.inner.next_outgoing(a, now)
    }
    fn set_outgoing_state(&self, id: i64, s: OutboxTransition) -> Result<(), RepoError> {
        self.inner.set_outgoing_state(id, s)
    }
}

/// Syncs every folder of the account once and stops. Fails with the engine's error when a
/// pass cannot complete (wrong password, refused connection …) or after `limit`.
pub fn sync_account_once(
    repository: Arc<StoreMailRepository>,
    settings: AccountSettings,
    secrets: Arc<dyn SecretStore>,
    limit: Duration,
) -> Result<SyncPassReport, AppError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|_| AppError::new("internal", "error-internal"))?;
    let account = settings.account;
    let started = Instant::now();
    let outcome = runtime.block_on(async {
        let (events, mut event_rx) = mpsc::unbounded_channel::<SyncEvent>();
        let (passes, mut pass_rx) = mpsc::unbounded_channel::<()>();
        let watch: Arc<dyn MailRepository> = Arc::new(PassWatch {
            inner: repository.clone(),
            passes,
        });
        let handle = AccountSync::spawn(settings, secrets, watch, events, SyncOptions::default());
        handle.wake();
        let deadline = tokio::time::sleep(limit);
        tokio::pin!(deadline);
        let mut passes_started = 0u32;
        let mut failed_since_pass: Option<AppError> = None;
        let result = loop {
            tokio::select! {
                Some(()) = pass_rx.recv() => {
                    passes_started += 1;
                    if passes_started >= 2 && failed_since_pass.is_none() {
                        break Ok(());
                    }
                    failed_since_pass = None;
                }
                Some(event) = event_rx.recv() => {
                    if let SyncEvent::Error { code, message_id, .. } = event {
                        let error = AppError::new(&code, &message_id);
                        if !transient(&code) {
                            break Err(error);
                        }
                        failed_since_pass = Some(error);
                    }
                }
                () = &mut deadline => {
                    break Err(failed_since_pass.take()
                        .unwrap_or_else(|| AppError::new("mail.timeout", "mail-error-timeout")));
                }
            }
        };
        handle.stop().await;
        result
    });
    let seconds = started.elapsed().as_secs_f64();
    outcome?;
    let store = repository.store();
    let messages = store
        .email_message_count(account)
        .map_err(|e| e.to_app_error())?;
    let conversations = store
        .email_conversation_count(account)
        .map_err(|e| e.to_app_error())?;
    Ok(SyncPassReport {
        messages,
        conversations,
        seconds,
    })
}

/// Network trouble the engine retries by itself; anything else needs the agent.
fn transient(code: &str) -> bool {
    matches!(
        code,
        "mail.dns" | "mail.refused" | "mail.network" | "mail.timeout" | "mail.protocol" | "mail.repository"
    )
}
