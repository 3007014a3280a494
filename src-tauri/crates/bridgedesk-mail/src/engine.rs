//! The per-account task: connect, push local changes, send the outbox, sync every
//! folder, then wait on IDLE (or poll) until the server or the app has news; reconnect
//! with capped, jittered backoff when anything fails. One task per account, cancellable.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures::TryStreamExt;
use tokio::sync::{mpsc, watch, Notify};

use crate::folder_sync::drain_unsolicited;
use crate::imap::{
    discover_folders, ensure_folder, imap_login, timed, Folder, ImapCaps, ImapSession,
};
use crate::{
    AccountSettings, Backoff, ConnectionState, LocalChangeKind, MailError, MailRepository,
    RepoError, SecretStore, SpecialUse, SyncEvent,
};

/// Tunables of the engine; the defaults suit real servers, tests shorten them.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// How long one IDLE lasts before DONE and a fresh IDLE (servers drop idlers after
    /// 30 minutes; RFC 2177 says re-issue before 29).
    pub idle_interval: Duration,
    /// Polling period when the server has no IDLE (or `use_idle` is off).
    pub poll_interval: Duration,
    /// Use IDLE when the server offers it; off means poll (for servers whose IDLE is
    /// unreliable behind a proxy).
    pub use_idle: bool,
    /// Use QRESYNC (VANISHED) for expunges when the server offers it; off means comparing
    /// the full UID list (what servers without QRESYNC get).
    pub use_qresync: bool,
    /// UIDs per FETCH of message bodies.
    pub batch_size: usize,
    /// Deadline of one network step (connect, login, one command).
    pub io_timeout: Duration,
    /// Reconnect delays.
    pub reconnect: Backoff,
    /// Outbox retry delays.
    pub outbox_retry: Backoff,
    /// The SMTP server files a copy in Sent by itself (Gmail does): skip APPEND.
    pub server_saves_sent: bool,
}

impl Default for SyncOptions {
    fn default() -> Self {
        Self {
            idle_interval: Duration::from_secs(28 * 60),
            poll_interval: Duration::from_secs(60),
            use_idle: true,
            use_qresync: true,
            batch_size: 500,
            io_timeout: Duration::from_secs(60),
            reconnect: Backoff::default(),
            outbox_retry: Backoff {
                base: Duration::from_secs(30),
                cap: Duration::from_secs(3600),
            },
            server_saves_sent: false,
        }
    }
}

/// Starts account sync tasks.
pub struct AccountSync;

/// Control of a running account task. Dropping it does not stop the task; call
/// [`AccountSyncHandle::stop`].
#[derive(Debug)]
pub struct AccountSyncHandle {
    wake: Arc<Notify>,
    cancel: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl AccountSyncHandle {
    /// Asks the task to act now: a local change or an outbox item is waiting. Ends an
    /// IDLE or a poll wait early.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Cancels the task (an initial sync stops between batches or mid-fetch; everything
    /// ingested so far stays) and waits for it to end.
    pub async fn stop(self) {
        let _ = self.cancel.send(true);
        let _ = self.task.await;
    }

    /// True once the task has ended.
    pub fn is_finished(&self) -> bool {
        self.task.is_finished()
    }
}

impl AccountSync {
    /// Spawns the account's task on the current tokio runtime.
    pub fn spawn(
        settings: AccountSettings,
        secrets: Arc<dyn SecretStore>,
        repo: Arc<dyn MailRepository>,
        events: mpsc::UnboundedSender<SyncEvent>,
        options: SyncOptions,
    ) -> AccountSyncHandle {
        let wake = Arc::new(Notify::new());
        let (cancel, cancel_rx) = watch::channel(false);
        let engine = Engine {
            settings,
            secrets,
            repo,
            events,
            options,
            wake: wake.clone(),
            failures: 0,
            next_outbox_retry_ms: None,
            rechecked_inbox_uidnext: None,
            reported_folders: Vec::new(),
        };
        let task = tokio::spawn(engine.run(cancel_rx));
        AccountSyncHandle { wake, cancel, task }
    }

    /// One full round without staying connected: log in, push local changes, send the
    /// due outbox items, sync every folder once, log out. For the command line and the
    /// benchmark; the first error that ends the round is returned (a folder the server
    /// refuses is reported as an event and skipped, as in the running task).
    pub async fn sync_once(
        settings: AccountSettings,
        secrets: Arc<dyn SecretStore>,
        repo: Arc<dyn MailRepository>,
        events: mpsc::UnboundedSender<SyncEvent>,
        options: SyncOptions,
    ) -> Result<(), MailError> {
        let mut engine = Engine {
            settings,
            secrets,
            repo,
            events,
            options,
            wake: Arc::new(Notify::new()),
            failures: 0,
            next_outbox_retry_ms: None,
            rechecked_inbox_uidnext: None,
            reported_folders: Vec::new(),
        };
        let password = engine.password().await?;
        let d = engine.options.io_timeout;
        let (mut session, caps) = imap_login(
            &engine.settings.imap,
            &engine.settings.tls_trust,
            &password,
            d,
        )
        .await?;
        engine.round(&mut session, caps, &password).await?;
        let _ = timed(d, session.logout()).await;
        Ok(())
    }
}

/// The state of one account task.
pub(crate) struct Engine {
    pub(crate) settings: AccountSettings,
    pub(crate) secrets: Arc<dyn SecretStore>,
    pub(crate) repo: Arc<dyn MailRepository>,
    pub(crate) events: mpsc::UnboundedSender<SyncEvent>,
    pub(crate) options: SyncOptions,
    wake: Arc<Notify>,
    failures: u32,
    /// Earliest retry instant of an outbox item that failed in this task.
    pub(crate) next_outbox_retry_ms: Option<i64>,
    /// The INBOX UIDNEXT for which a mail that arrived between the round's sync and IDLE was
    /// already looked for (so a UID the server never returns cannot make the task spin).
    rechecked_inbox_uidnext: Option<u32>,
    /// The folders and roles last handed to the repository (written again only on a change).
    reported_folders: Vec<(String, Option<SpecialUse>)>,
}

/// Why a wait ended.
enum Wakeup {
    /// The server reported a change in INBOX.
    ServerData,
    /// The IDLE/poll period ended or the app woke the task.
    Round,
}

/// Current UTC time in ms (the engine is I/O code; pure logic takes time as an argument).
pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Runs a repository call on the blocking pool.
pub(crate) async fn repo_call<T: Send + 'static>(
    repo: &Arc<dyn MailRepository>,
    call: impl FnOnce(&dyn MailRepository) -> Result<T, RepoError> + Send + 'static,
) -> Result<T, MailError> {
    let repo = repo.clone();
    tokio::task::spawn_blocking(move || call(repo.as_ref()))
        .await
        .map_err(|_| MailError::Repository("repository task failed".into()))?
        .map_err(MailError::from)
}

async fn cancelled(mut rx: watch::Receiver<bool>) {
    loop {
        if *rx.borrow_and_update() {
            return;
        }
        if rx.changed().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

impl Engine {
    pub(crate) fn emit(&self, event: SyncEvent) {
        let _ = self.events.send(event);
    }

    async fn run(mut self, cancel: watch::Receiver<bool>) {
        let account = self.settings.account;
        loop {
            self.emit(SyncEvent::Connection {
                account,
                state: ConnectionState::Connecting,
            });
            let outcome = tokio::select! {
                outcome = self.session() => outcome,
                () = cancelled(cancel.clone()) => Err(MailError::Cancelled),
            };
            let err = match outcome {
                Ok(()) | Err(MailError::Cancelled) => break,
                Err(err) => err,
            };
            self.failures = self.failures.saturating_add(1);
            tracing::warn!(
                account,
                code = err.code(),
                failures = self.failures,
                "mail session ended"
            );
            self.emit(SyncEvent::error(account, &err));
            // A wrong password or refused plain text will not fix itself: wait the longest
            // delay rather than hammer the server (and lock the account) while the agent
            // corrects the settings.
            let failures = if err.is_transient() {
                self.failures
            } else {
                u32::MAX
            };
            let delay = self
                .options
                .reconnect
                .delay(failures, rand::random::<f64>());
            let retry_at_ms =
                now_ms().saturating_add(i64::try_from(delay.as_millis()).unwrap_or(i64::MAX));
            self.emit(SyncEvent::Connection {
                account,
                state: ConnectionState::Offline { retry_at_ms },
            });
            tokio::select! {
                () = tokio::time::sleep(delay) => {}
                () = cancelled(cancel.clone()) => break,
            }
        }
        tracing::debug!(account, "mail task stopped");
    }

    async fn password(&self) -> Result<String, MailError> {
        let account = self.settings.account;
        let secrets = self.secrets.clone();
        tokio::task::spawn_blocking(move || secrets.get(account))
            .await
            .map_err(|_| MailError::Keychain("keychain task failed".into()))??
            .ok_or(MailError::MissingSecret)
    }

    /// One connected session; returns only with an error (or never).
    async fn session(&mut self) -> Result<(), MailError> {
        let account = self.settings.account;
        let password = self.password().await?;
        let (mut session, caps) = imap_login(
            &self.settings.imap,
            &self.settings.tls_trust,
            &password,
            self.options.io_timeout,
        )
        .await?;
        self.failures = 0;
        self.emit(SyncEvent::Connection {
            account,
            state: ConnectionState::Online,
        });
        loop {
            let inbox = self.round(&mut session, caps, &password).await?;
            loop {
                let (back, wakeup) = self.wait(session, caps, &inbox).await?;
                session = back;
                match wakeup {
                    Wakeup::ServerData => {
                        self.sync_folder(&mut session, caps, &inbox).await?;
                    }
                    Wakeup::Round => break,
                }
            }
        }
    }

    /// One full round: folders, local changes, outbox, every folder's sync. Returns INBOX.
    async fn round(
        &mut self,
        session: &mut ImapSession,
        caps: ImapCaps,
        password: &str,
    ) -> Result<Folder, MailError> {
        let mut folders = discover_folders(session, caps, self.options.io_timeout).await?;
        let account = self.settings.account;
        let found: Vec<(String, Option<SpecialUse>)> = folders
            .iter()
            .map(|f| (f.name.clone(), f.special_use))
            .collect();
        if found != self.reported_folders {
            let reported = found.clone();
            repo_call(&self.repo, move |r| r.folders_found(account, &reported)).await?;
            self.reported_folders = found;
        }
        self.push_local_changes(session, caps, &mut folders).await?;
        self.send_outbox(session, &mut folders, password).await?;
        for folder in &folders {
            self.sync_folder_or_skip(session, caps, folder).await?;
        }
        Ok(folders
            .into_iter()
            .find(|f| f.special_use == Some(SpecialUse::Inbox))
            .unwrap_or(Folder {
                name: "INBOX".into(),
                special_use: Some(SpecialUse::Inbox),
            }))
    }

    /// Syncs one folder; a folder the server refuses (NO/BAD on SELECT or FETCH) is
    /// reported and skipped so that one broken folder does not stop the others. Network
    /// and repository errors end the session (reconnect with backoff).
    async fn sync_folder_or_skip(
        &self,
        session: &mut ImapSession,
        caps: ImapCaps,
        folder: &Folder,
    ) -> Result<(), MailError> {
        match self.sync_folder(session, caps, folder).await {
            Ok(_) => Ok(()),
            Err(err @ MailError::Protocol(_)) => {
                tracing::warn!(
                    account = self.settings.account,
                    code = err.code(),
                    "folder skipped"
                );
                self.emit(SyncEvent::error(self.settings.account, &err));
                Ok(())
            }
            Err(err) => Err(err),
        }
    }

    fn wait_budget(&self) -> Duration {
        let base = if self.options.idle_interval.is_zero() {
            self.options.poll_interval
        } else {
            self.options.idle_interval
        };
        match self.next_outbox_retry_ms {
            Some(at) => base.min(Duration::from_millis(
                u64::try_from(at.saturating_sub(now_ms())).unwrap_or(0),
            )),
            None => base,
        }
    }

    /// IDLE on INBOX (or a plain sleep without IDLE) until news, the period's end or a wake.
    async fn wait(
        &mut self,
        mut session: ImapSession,
        caps: ImapCaps,
        inbox: &Folder,
    ) -> Result<(ImapSession, Wakeup), MailError> {
        let d = self.options.io_timeout;
        if !(caps.idle && self.options.use_idle) {
            let budget = self.wait_budget().min(self.options.poll_interval);
            tokio::select! {
                () = tokio::time::sleep(budget) => {}
                () = self.wake.notified() => {}
            }
            return Ok((session, Wakeup::Round));
        }
        let mailbox = timed(d, session.select(&inbox.name)).await?;
        drain_unsolicited(&mut session);
        // Mail delivered after this round synced INBOX but before IDLE starts is not announced
        // by IDLE (it reports changes from its start on): compare UIDNEXT with the stored cursor.
        if let Some(server_uidnext) = mailbox.uid_next {
            let account = self.settings.account;
            let name = inbox.name.clone();
            let stored = repo_call(&self.repo, move |r| r.folder_state(account, &name)).await?;
            let behind = stored.is_some_and(|state| server_uidnext > state.uidnext);
            if behind && self.rechecked_inbox_uidnext != Some(server_uidnext) {
                self.rechecked_inbox_uidnext = Some(server_uidnext);
                return Ok((session, Wakeup::ServerData));
            }
        }
        let budget = self.wait_budget();
        let mut idle = session.idle();
        timed(d, idle.init()).await?;
        let wakeup = {
            let (idle_wait, _interrupt) =
                idle.wait_with_timeout(budget.saturating_add(Duration::from_secs(60)));
            tokio::select! {
                response = idle_wait => match response.map_err(crate::imap::imap_error)? {
                    async_imap::extensions::idle::IdleResponse::NewData(_) => Wakeup::ServerData,
                    _ => Wakeup::Round,
                },
                () = tokio::time::sleep(budget) => Wakeup::Round,
                () = self.wake.notified() => Wakeup::Round,
            }
        };
        let session = timed(d, idle.done()).await?;
        Ok((session, wakeup))
    }

    /// Pushes the agent's read/unread, flag, archive and delete actions to the server.
    async fn push_local_changes(
        &self,
        session: &mut ImapSession,
        caps: ImapCaps,
        folders: &mut Vec<Folder>,
    ) -> Result<(), MailError> {
        let account = self.settings.account;
        let d = self.options.io_timeout;
        let changes = repo_call(&self.repo, move |r| r.pending_local_changes(account)).await?;
        let mut selected: Option<(String, Option<u32>)> = None;
        for change in changes {
            if selected
                .as_ref()
                .map(|(name, _)| name != &change.folder)
                .unwrap_or(true)
            {
                let validity = match timed(d, session.select(&change.folder)).await {
                    Ok(mbox) => mbox.uid_validity,
                    Err(MailError::Protocol(_)) => None,
                    Err(err) => return Err(err),
                };
                selected = Some((change.folder.clone(), validity));
            }
            let current = selected.as_ref().and_then(|(_, v)| *v);
            if current == Some(change.uidvalidity) {
                let uid = change.uid.to_string();
                match &change.kind {
                    LocalChangeKind::SetSeen(on) => store(session, d, &uid, *on, "\\Seen").await?,
                    LocalChangeKind::SetFlagged(on) => {
                        store(session, d, &uid, *on, "\\Flagged").await?
                    }
                    LocalChangeKind::MoveTo(role) => {
                        let target = ensure_folder(session, folders, *role, d).await?;
                        if target != change.folder {
                            if caps.mv {
                                timed(d, session.uid_mv(&uid, &target)).await?;
                            } else {
                                timed(d, session.uid_copy(&uid, &target)).await?;
                                store(session, d, &uid, true, "\\Deleted").await?;
                                expunge(session, caps, d, &uid).await?;
                            }
                        }
                    }
                    LocalChangeKind::Delete => {
                        store(session, d, &uid, true, "\\Deleted").await?;
                        expunge(session, caps, d, &uid).await?;
                    }
                }
            } else {
                tracing::info!(
                    account,
                    "dropping a local change for a vanished folder or an old UIDVALIDITY"
                );
            }
            let id = change.id;
            repo_call(&self.repo, move |r| r.local_change_done(id)).await?;
        }
        drain_unsolicited(session);
        Ok(())
    }
}

async fn store(
    session: &mut ImapSession,
    d: Duration,
    uid: &str,
    on: bool,
    flag: &str,
) -> Result<(), MailError> {
    let sign = if on { '+' } else { '-' };
    let query = format!("{sign}FLAGS.SILENT ({flag})");
    timed(d, async {
        session
            .uid_store(uid, &query)
            .await?
            .try_collect::<Vec<_>>()
            .await
    })
    .await?;
    Ok(())
}

async fn expunge(
    session: &mut ImapSession,
    caps: ImapCaps,
    d: Duration,
    uid: &str,
) -> Result<(), MailError> {
    if caps.uidplus {
        timed(d, async {
            session
                .uid_expunge(uid)
                .await?
                .try_collect::<Vec<_>>()
                .await
        })
        .await?;
    } else {
        timed(d, async {
            session.expunge().await?.try_collect::<Vec<_>>().await
        })
        .await?;
    }
    Ok(())
}
