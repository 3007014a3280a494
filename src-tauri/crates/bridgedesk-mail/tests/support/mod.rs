//! Test support: an in-memory [`MailRepository`] with the idempotency rules the SQLite one
//! must follow (keyed by location, re-keyed by Message-ID), counters that expose double
//! fetches and duplicates, plus helpers to start the engine against the test servers.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use bridgedesk_mail::{
    AccountSettings, AccountSync, AccountSyncHandle, Backoff, Endpoint, Flags, FolderState,
    IncomingMessage, IngestOutcome, LocalChange, MailRepository, MemorySecretStore, OutboxState,
    OutboxTransition, OutgoingMail, RepoError, SecretStore, Security, SyncEvent, SyncOptions,
    TlsTrust,
};
use bridgedesk_testkit::MailServers;
use tokio::sync::mpsc;

pub const ACCOUNT: i64 = 1;

/// One stored message.
#[derive(Debug, Clone)]
pub struct Stored {
    pub message_id: Option<String>,
    pub flags: Flags,
    pub raw: Vec<u8>,
}

/// One outbox row.
#[derive(Debug, Clone)]
pub struct OutboxRow {
    pub mail: OutgoingMail,
    pub retry_at_ms: i64,
    pub sent: bool,
    pub permanent: bool,
    pub transitions: Vec<OutboxTransition>,
}

#[derive(Debug, Default, Clone)]
pub struct State {
    pub folders: BTreeMap<String, FolderState>,
    /// (folder, uidvalidity, uid) -> message.
    pub messages: BTreeMap<(String, u32, u32), Stored>,
    /// How often each (folder, uidvalidity, uid) was handed to ingest.
    pub ingest_calls: BTreeMap<(String, u32, u32), u32>,
    pub local_changes: Vec<LocalChange>,
    pub outbox: BTreeMap<i64, OutboxRow>,
}

/// The in-memory repository.
#[derive(Debug, Default)]
pub struct MemoryRepo {
    state: Mutex<State>,
}

fn poisoned<T>(_: T) -> RepoError {
    RepoError::Storage("poisoned".into())
}

/// The Message-ID header value without brackets (a minimal header scan; the real
/// repository parses with bridgedesk-mime).
pub fn message_id_of(raw: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(raw);
    for line in text.split("\r\n").flat_map(|l| l.split('\n')) {
        if line.is_empty() {
            break;
        }
        if line.len() > 11 && line[..11].eq_ignore_ascii_case("message-id:") {
            let value = line[11..]
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_owned();
            if !value.is_empty() {
                return Some(value);
            }
        }
    }
    None
}

impl MemoryRepo {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    pub fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap()
    }

    /// A copy of the whole state, for assertions in async tests (no guard held).
    pub fn snapshot(&self) -> State {
        self.state().clone()
    }

    /// Messages stored in a folder (any UIDVALIDITY).
    pub fn count(&self, folder: &str) -> usize {
        self.state()
            .messages
            .keys()
            .filter(|(f, _, _)| f == folder)
            .count()
    }

    pub fn add_local_change(&self, change: LocalChange) {
        self.state().local_changes.push(change);
    }

    pub fn add_outgoing(&self, mail: OutgoingMail) {
        self.state().outbox.insert(
            mail.outbox_id,
            OutboxRow {
                mail,
                retry_at_ms: 0,
                sent: false,
                permanent: false,
                transitions: Vec::new(),
            },
        );
    }
}

impl MailRepository for MemoryRepo {
    fn folder_state(&self, _account: i64, folder: &str) -> Result<Option<FolderState>, RepoError> {
        Ok(self
            .state
            .lock()
            .map_err(poisoned)?
            .folders
            .get(folder)
            .copied())
    }

    fn save_folder_state(
        &self,
        _account: i64,
        folder: &str,
        state: &FolderState,
    ) -> Result<(), RepoError> {
        self.state
            .lock()
            .map_err(poisoned)?
            .folders
            .insert(folder.to_owned(), *state);
        Ok(())
    }

    fn known_uids(
        &self,
        _account: i64,
        folder: &str,
        uidvalidity: u32,
    ) -> Result<Vec<u32>, RepoError> {
        let state = self.state.lock().map_err(poisoned)?;
        Ok(state
            .messages
            .keys()
            .filter(|(f, v, _)| f == folder && *v == uidvalidity)
            .map(|(_, _, uid)| *uid)
            .collect())
    }

    fn ingest(&self, item: IncomingMessage<'_>) -> Result<IngestOutcome, RepoError> {
        let mut state = self.state.lock().map_err(poisoned)?;
        let key = (item.folder.to_owned(), item.uidvalidity, item.uid);
        *state.ingest_calls.entry(key.clone()).or_default() += 1;
        if state.messages.contains_key(&key) {
            return Ok(IngestOutcome::AlreadyStored);
        }
        let message_id = message_id_of(item.raw);
        let stored = Stored {
            message_id: message_id.clone(),
            flags: item.flags.clone(),
            raw: item.raw.to_vec(),
        };
        if let Some(id) = &message_id {
            let old = state
                .messages
                .iter()
                .find(|((f, v, _), m)| {
                    f == item.folder
                        && *v != item.uidvalidity
                        && m.message_id.as_deref() == Some(id)
                })
                .map(|(k, _)| k.clone());
            if let Some(old) = old {
                state.messages.remove(&old);
                state.messages.insert(key, stored);
                return Ok(IngestOutcome::AlreadyStored);
            }
        }
        state.messages.insert(key, stored);
        Ok(IngestOutcome::Inserted)
    }

    fn apply_remote_flags(
        &self,
        _account: i64,
        folder: &str,
        uidvalidity: u32,
        changes: &[(u32, Flags)],
    ) -> Result<(), RepoError> {
        let mut state = self.state.lock().map_err(poisoned)?;
        for (uid, flags) in changes {
            if let Some(m) = state
                .messages
                .get_mut(&(folder.to_owned(), uidvalidity, *uid))
            {
                m.flags = flags.clone();
            }
        }
        Ok(())
    }

    fn remote_expunged(
        &self,
        _account: i64,
        folder: &str,
        uidvalidity: u32,
        uids: &[u32],
    ) -> Result<(), RepoError> {
        let mut state = self.state.lock().map_err(poisoned)?;
        for uid in uids {
            state
                .messages
                .remove(&(folder.to_owned(), uidvalidity, *uid));
        }
        Ok(())
    }

    fn uidvalidity_changed(&self, _account: i64, folder: &str, _new: u32) -> Result<(), RepoError> {
        self.state.lock().map_err(poisoned)?.folders.remove(folder);
        Ok(())
    }

    fn pending_local_changes(&self, _account: i64) -> Result<Vec<LocalChange>, RepoError> {
        Ok(self.state.lock().map_err(poisoned)?.local_changes.clone())
    }

    fn local_change_done(&self, id: i64) -> Result<(), RepoError> {
        self.state
            .lock()
            .map_err(poisoned)?
            .local_changes
            .retain(|c| c.id != id);
        Ok(())
    }

    fn next_outgoing(&self, _account: i64, now_ms: i64) -> Result<Option<OutgoingMail>, RepoError> {
        let state = self.state.lock().map_err(poisoned)?;
        Ok(state
            .outbox
            .values()
            .find(|row| !row.sent && !row.permanent && row.retry_at_ms <= now_ms)
            .map(|row| row.mail.clone()))
    }

    fn set_outgoing_state(
        &self,
        outbox_id: i64,
        transition: OutboxTransition,
    ) -> Result<(), RepoError> {
        let mut state = self.state.lock().map_err(poisoned)?;
        let row = state
            .outbox
            .get_mut(&outbox_id)
            .ok_or_else(|| RepoError::NotFound(format!("outbox {outbox_id}")))?;
        match &transition {
            OutboxTransition::Sending { .. } => row.mail.state = OutboxState::Sending,
            OutboxTransition::Accepted { .. } => row.mail.state = OutboxState::Accepted,
            OutboxTransition::Sent { .. } => row.sent = true,
            OutboxTransition::Failed {
                retry_at_ms,
                attempts,
                permanent,
                ..
            } => {
                row.mail.state = OutboxState::Failed;
                row.mail.attempts = *attempts;
                row.retry_at_ms = *retry_at_ms;
                row.permanent = *permanent;
            }
        }
        row.transitions.push(transition);
        Ok(())
    }
}

/// Settings for the test user on the test servers.
pub fn settings(servers: &MailServers, user: &str) -> AccountSettings {
    AccountSettings {
        account: ACCOUNT,
        imap: Endpoint {
            host: "127.0.0.1".into(),
            port: servers.imap_port,
            security: Security::Plain,
            user: user.into(),
        },
        smtp: Endpoint {
            host: "127.0.0.1".into(),
            port: servers.smtp_port,
            security: Security::Plain,
            user: user.into(),
        },
        from_address: servers.address(user),
        display_name: "Shenzhen Gadget Store".into(),
        signature: String::new(),
        tls_trust: TlsTrust::platform(),
    }
}

/// Settings for the test user on TLS-mode test servers ([`MailServers::start_with_tls`]):
/// host `localhost` (the only name in their certificate), each server on the port for its
/// security (implicit TLS: imaps / smtps; STARTTLS or plain: the plain ports), trusting the
/// platform store plus the servers' throw-away authority.
pub fn tls_settings(
    servers: &MailServers,
    user: &str,
    imap: Security,
    smtp: Security,
) -> AccountSettings {
    let tls = servers
        .tls
        .as_ref()
        .expect("servers started with start_with_tls");
    let mut settings = settings(servers, user);
    settings.imap.host = bridgedesk_testkit::TLS_HOST.into();
    settings.imap.security = imap;
    if imap == Security::Tls {
        settings.imap.port = tls.imaps_port;
    }
    settings.smtp.host = bridgedesk_testkit::TLS_HOST.into();
    settings.smtp.security = smtp;
    if smtp == Security::Tls {
        settings.smtp.port = tls.smtps_port;
    }
    settings.tls_trust = TlsTrust::platform().with_extra_root(tls.ca_der.clone());
    settings
}

/// Options with short timers for tests.
pub fn fast_options() -> SyncOptions {
    SyncOptions {
        idle_interval: Duration::from_secs(20),
        poll_interval: Duration::from_secs(1),
        use_idle: true,
        use_qresync: true,
        batch_size: 500,
        io_timeout: Duration::from_secs(20),
        reconnect: Backoff {
            base: Duration::from_millis(200),
            cap: Duration::from_secs(1),
        },
        outbox_retry: Backoff {
            base: Duration::from_millis(300),
            cap: Duration::from_secs(1),
        },
        server_saves_sent: false,
    }
}

pub struct Running {
    pub handle: AccountSyncHandle,
    pub events: mpsc::UnboundedReceiver<SyncEvent>,
}

pub fn spawn(
    settings: AccountSettings,
    password: &str,
    repo: Arc<MemoryRepo>,
    options: SyncOptions,
) -> Running {
    let secrets = Arc::new(MemorySecretStore::new());
    secrets.set(settings.account, password).unwrap();
    let (tx, events) = mpsc::unbounded_channel();
    let handle = AccountSync::spawn(settings, secrets, repo, tx, options);
    Running { handle, events }
}

impl Running {
    /// Waits for the first event matching `pred`; panics after `within`.
    pub async fn wait_for(
        &mut self,
        within: Duration,
        what: &str,
        mut pred: impl FnMut(&SyncEvent) -> bool,
    ) -> SyncEvent {
        let deadline = Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, self.events.recv()).await {
                Ok(Some(event)) if pred(&event) => return event,
                Ok(Some(_)) => {}
                Ok(None) => panic!("engine stopped while waiting for {what}"),
                Err(_) => panic!("timed out after {within:?} waiting for {what}"),
            }
        }
    }

    /// Waits until every folder in `folders` reported FolderSynced after this call.
    pub async fn wait_synced(&mut self, within: Duration, folders: &[&str]) {
        let mut left: Vec<String> = folders.iter().map(|f| (*f).to_owned()).collect();
        while !left.is_empty() {
            let event = self
                .wait_for(within, "folder synced", |e| {
                    matches!(e, SyncEvent::FolderSynced { .. })
                })
                .await;
            if let SyncEvent::FolderSynced { folder, .. } = event {
                left.retain(|f| f != &folder);
            }
        }
    }
}

/// A minimal RFC 5322 message.
pub fn simple_message(from: &str, to: &str, message_id: &str, subject: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{message_id}>\r\nDate: Mon, 05 Jan 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello, where is my order?\r\n"
    )
    .into_bytes()
}

/// The folder's UIDVALIDITY as the engine stored it.
pub fn stored_uidvalidity(repo: &MemoryRepo, folder: &str) -> u32 {
    repo.state().folders[folder].uidvalidity
}

/// Resets a folder's UIDVALIDITY through the test kit, or with `doveadm mailbox update`
/// directly when the kit's helper fails (its status query is being fixed upstream).
pub fn reset_uidvalidity(servers: &MailServers, user: &str, folder: &str, current: u32) -> u32 {
    if let Ok(new) = servers.imap_admin(user).reset_uidvalidity(folder) {
        return new;
    }
    let new = current.wrapping_add(1000).max(1);
    let status = std::process::Command::new("doveadm")
        .arg("-c")
        .arg(servers.dir.join("dovecot").join("dovecot.conf"))
        .args([
            "mailbox",
            "update",
            "-u",
            user,
            "--uid-validity",
            &new.to_string(),
            folder,
        ])
        .status()
        .expect("doveadm runs");
    assert!(status.success(), "doveadm mailbox update failed");
    new
}

/// A reply from `seller` to `buyer` in the outbox.
pub fn reply(
    servers: &MailServers,
    outbox_id: i64,
    message_id: &str,
    state: OutboxState,
) -> OutgoingMail {
    let from = servers.address("seller");
    let to = servers.address("buyer");
    OutgoingMail {
        outbox_id,
        account: ACCOUNT,
        message_id: message_id.to_owned(),
        envelope_from: from.clone(),
        recipients: vec![to.clone()],
        raw: simple_message(&from, &to, message_id, "Re: Where is my parcel?"),
        state,
        attempts: 0,
    }
}

/// How many copies of `message_id` are in `user`'s `folder` on the server.
pub fn copies(servers: &MailServers, user: &str, folder: &str, message_id: &str) -> usize {
    servers
        .mailbox_messages(user, folder)
        .unwrap_or_default()
        .iter()
        .filter(|raw| message_id_of(raw).as_deref() == Some(message_id))
        .count()
}

/// Waits until `user`'s `folder` holds a copy of `message_id` (Postfix delivers asynchronously).
pub async fn wait_delivered(servers: &MailServers, user: &str, folder: &str, message_id: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while copies(servers, user, folder, message_id) == 0 {
        assert!(
            Instant::now() < deadline,
            "{message_id} never reached {user}/{folder}\n{}",
            servers.log_tails()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
