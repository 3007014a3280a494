//! One mail sync per enabled account, on the core's own tokio runtime so it runs the same in
//! the app, the command line and tests. Each account runs bridgedesk-mail's [`AccountSync`]
//! over the store ([`StoreMailRepository`]); its [`SyncEvent`]s become core events: progress
//! for the progress bar, and after new mail, flag changes or outbox moves, the touched
//! conversations get their SLA clocks recomputed, new buyer mail is triaged (and recent mail
//! runs the rules, see [`Workspace::after_channel_sync`]) and the inbox is told to re-read them.
//!
//! [`AccountSync`]: bridgedesk_mail::AccountSync

use crate::error::CoreResult;
use crate::mail_accounts::account_settings;
use crate::mail_repository::StoreMailRepository;
use crate::workspace::{refresh_sla, refresh_sla_many};
use crate::{Clock, EventSink, Workspace};
use bridgedesk_mail::{
    AccountSync, AccountSyncHandle, MailRepository, SecretStore, SyncEvent, SyncOptions,
};
use bridgedesk_model::{AppError, InboxChanged, RowId, SyncProgress};
use bridgedesk_store::{AttachmentStore, Store};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// The running syncs and the last progress of each account.
pub struct MailSync {
    runtime: Option<tokio::runtime::Runtime>,
    tasks: Mutex<BTreeMap<RowId, AccountSyncHandle>>,
    progress: Arc<Mutex<BTreeMap<RowId, SyncProgress>>>,
}

impl Default for MailSync {
    fn default() -> Self {
        Self::new()
    }
}

impl MailSync {
    /// No account running yet; the runtime has two workers (network I/O, not CPU).
    pub fn new() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("bridgedesk-mail")
            .enable_all()
            .build()
            .map_err(|err| tracing::error!("Could not start the mail runtime: {err:#}"))
            .ok();
        Self {
            runtime,
            tasks: Mutex::new(BTreeMap::new()),
            progress: Arc::new(Mutex::new(BTreeMap::new())),
        }
    }

    /// Runs a future to completion on the mail runtime (a connection test); `None` when the
    /// runtime could not be started.
    pub(crate) fn block_on<F: std::future::Future>(&self, future: F) -> Option<F::Output> {
        self.runtime
            .as_ref()
            .map(|runtime| runtime.block_on(future))
    }

    /// Asks an account's sender to look at the outbox now (a reply was queued).
    pub(crate) fn wake(&self, account: RowId) {
        if let Some(task) = self.lock().get(&account) {
            task.wake();
        }
    }

    /// Asks every running account to push its local changes now.
    pub(crate) fn wake_all(&self) {
        for task in self.lock().values() {
            task.wake();
        }
    }

    /// Stops an account's sync (it finishes the message it is storing).
    pub(crate) fn stop(&self, account: RowId) {
        let task = self.lock().remove(&account);
        if let (Some(task), Some(runtime)) = (task, &self.runtime) {
            runtime.spawn(task.stop());
        }
    }

    /// Whether an account's sync is running.
    pub fn is_running(&self, account: RowId) -> bool {
        self.lock()
            .get(&account)
            .is_some_and(|task| !task.is_finished())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<RowId, AccountSyncHandle>> {
        self.tasks.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn record(progress: &Mutex<BTreeMap<RowId, SyncProgress>>, event: &SyncProgress) {
        progress
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(event.account_id, event.clone());
    }
}

impl Drop for MailSync {
    fn drop(&mut self) {
        let tasks = std::mem::take(&mut *self.lock());
        if let Some(runtime) = self.runtime.take() {
            runtime.block_on(async {
                for (_, task) in tasks {
                    task.stop().await;
                }
            });
            runtime.shutdown_background();
        }
    }
}

/// What the event forwarder needs from the workspace.
struct Forwarder {
    store: Arc<Store>,
    repository: Arc<StoreMailRepository>,
    sla: crate::workspace::SharedSla,
    clock: Arc<dyn Clock>,
    events: Arc<dyn EventSink>,
    progress: Arc<Mutex<BTreeMap<RowId, SyncProgress>>>,
    /// The workspace, for triage and rules (unset when it was never attached).
    workspace: Weak<Workspace>,
    /// When touched conversations were last handed to the inbox (None: not yet).
    flushed_at: Cell<Option<Instant>>,
}

/// During an initial sync the inbox hears about stored mail at most this often, so a long
/// download fills the list as it goes without re-triaging on every batch.
const FLUSH_DURING_SYNC_EVERY: Duration = Duration::from_secs(1);

impl Forwarder {
    fn progress(&self, event: SyncProgress) {
        MailSync::record(&self.progress, &event);
        self.events.sync_progress(event);
    }

    /// Recomputes the clocks of what the engine touched and tells the inbox.
    fn flush_touched(&self) {
        let touched = self.repository.take_touched();
        if touched.is_empty() {
            return;
        }
        self.flushed_at.set(Some(Instant::now()));
        // Triage first: it may change the category or priority a policy matches on.
        if let Some(workspace) = self.workspace.upgrade() {
            if let Err(err) = workspace.after_channel_sync(&touched) {
                tracing::warn!("Could not triage the synced mail: {err:#}");
            }
        }
        let now = self.clock.now();
        // One write transaction for all of them; should it fail, one at a time so a bad
        // conversation does not keep the others' clocks stale.
        if refresh_sla_many(&self.sla, &self.store, &touched, now).is_err() {
            for id in &touched {
                if let Err(err) = refresh_sla(&self.sla, &self.store, *id, now) {
                    tracing::warn!("Could not refresh the clocks of conversation {id}: {err:#}");
                }
            }
        }
        self.events.inbox_changed(InboxChanged {
            conversation_ids: touched,
        });
    }

    fn forward(&self, event: SyncEvent) {
        match event {
            SyncEvent::Progress {
                account,
                folder,
                done,
                total,
            } => {
                // The previous batch is stored by now: show it (the first one at once).
                if self
                    .flushed_at
                    .get()
                    .is_none_or(|at| at.elapsed() >= FLUSH_DURING_SYNC_EVERY)
                {
                    self.flush_touched();
                }
                self.progress(SyncProgress {
                    account_id: account,
                    phase: "initial".into(),
                    folder,
                    done,
                    total,
                    error: None,
                })
            }
            SyncEvent::FolderSynced { account, folder } => {
                self.flush_touched();
                self.progress(SyncProgress {
                    account_id: account,
                    phase: "idle".into(),
                    folder,
                    done: 0,
                    total: 0,
                    error: None,
                });
            }
            SyncEvent::NewMail { .. }
            | SyncEvent::OutboxSent { .. }
            | SyncEvent::OutboxFailed { .. } => self.flush_touched(),
            SyncEvent::Connection { account, state } => {
                let phase = match state {
                    bridgedesk_mail::ConnectionState::Connecting => "connecting",
                    bridgedesk_mail::ConnectionState::Online => "online",
                    bridgedesk_mail::ConnectionState::Offline { .. } => "offline",
                };
                // Waiting to reconnect after a failure keeps showing why it failed (a wrong
                // password says so until the agent fixes it, not just "offline").
                let last_error = self
                    .progress
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .get(&account)
                    .and_then(|p| p.error.clone());
                let (phase, error) = match (phase, last_error) {
                    ("offline", Some(error)) => ("failed", Some(error)),
                    (phase, _) => (phase, None),
                };
                self.progress(SyncProgress {
                    account_id: account,
                    phase: phase.into(),
                    folder: String::new(),
                    done: 0,
                    total: 0,
                    error,
                });
            }
            SyncEvent::Error {
                account,
                code,
                message_id,
            } => {
                self.flush_touched();
                self.progress(SyncProgress {
                    account_id: account,
                    phase: "failed".into(),
                    folder: String::new(),
                    done: 0,
                    total: 0,
                    error: Some(AppError::new(&code, &message_id)),
                });
            }
        }
    }
}

impl Workspace {
    /// Starts the sync of every enabled account that is not running (at workspace open).
    pub fn start_mail_sync(&self) -> CoreResult<()> {
        for account in self.store()?.email_accounts()? {
            if account.enabled && !self.mail.is_running(account.id) {
                self.spawn_account_sync(account.id)?;
            }
        }
        Ok(())
    }

    /// Stops an account's sync and starts it again with its current settings (if enabled).
    pub(crate) fn restart_mail_sync(&self, account: RowId) -> CoreResult<()> {
        self.mail.stop(account);
        if self.store()?.email_account(account)?.enabled {
            self.spawn_account_sync(account)?;
        }
        Ok(())
    }

    /// Cancels an account's sync (the initial download can be long); it starts again with
    /// the next [`Workspace::start_mail_sync`] or an edit of the account.
    pub fn cancel_mail_sync(&self, account: RowId) -> CoreResult<()> {
        self.mail.stop(account);
        let event = SyncProgress {
            account_id: account,
            phase: "cancelled".into(),
            folder: String::new(),
            done: 0,
            total: 0,
            error: None,
        };
        MailSync::record(&self.mail.progress, &event);
        self.events.sync_progress(event);
        Ok(())
    }

    /// The last progress of every account that reported one.
    pub fn mail_sync_status(&self) -> Vec<SyncProgress> {
        self.mail
            .progress
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .values()
            .cloned()
            .collect()
    }

    /// The repository the engine writes into (also used by the command line's one-shot sync).
    pub(crate) fn mail_repository(&self) -> CoreResult<Arc<StoreMailRepository>> {
        Ok(Arc::new(StoreMailRepository::new(
            self.store()?,
            AttachmentStore::new(&self.attachments_dir()),
            self.clock.clone(),
        )))
    }

    /// Where raw mail and attachments are kept, beside the database.
    pub(crate) fn attachments_dir(&self) -> std::path::PathBuf {
        self.database_path()
            .parent()
            .map(|dir| dir.join("attachments"))
            .unwrap_or_else(|| std::path::PathBuf::from("attachments"))
    }

    fn spawn_account_sync(&self, account: RowId) -> CoreResult<()> {
        let Some(runtime) = &self.mail.runtime else {
            return Ok(());
        };
        let store = self.store()?;
        let view = store.email_account(account)?;
        let due = store.outbox_retry_now(account, self.clock.now())?;
        if due > 0 {
            tracing::info!("{due} failed replies of account {account} are due again");
        }
        let settings = account_settings(account, &view);
        let repository = self.mail_repository()?;
        let forwarder = Forwarder {
            store: self.store()?,
            repository: repository.clone(),
            sla: self.sla.clone(),
            clock: self.clock.clone(),
            events: self.events.clone(),
            progress: self.mail.progress.clone(),
            workspace: self.attached(),
            flushed_at: Cell::new(None),
        };
        let (sender, mut receiver) = mpsc::unbounded_channel::<SyncEvent>();
        let secrets: Arc<dyn SecretStore> = self.secrets.clone();
        runtime.spawn(async move {
            while let Some(event) = receiver.recv().await {
                forwarder.forward(event);
            }
            forwarder.flush_touched();
        });
        let _context = runtime.enter();
        let repository: Arc<dyn MailRepository> = repository;
        let handle = AccountSync::spawn(
            settings,
            secrets,
            repository,
            sender,
            SyncOptions::default(),
        );
        self.mail.lock().insert(account, handle);
        tracing::info!("Started the mail sync of account {account}");
        Ok(())
    }
}
