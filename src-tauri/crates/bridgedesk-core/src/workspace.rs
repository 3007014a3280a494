//! The workspace: the local store of one agent's desktop and every action the UI performs on it.

use crate::error::{CoreError, CoreResult};
use crate::mail_sync::MailSync;
use crate::sla::{evaluate, SlaConfig};
use crate::sla_alerts::DataChanged;
use crate::{AgentEnvironment, Clock, EventSink};
use bridgedesk_l10n::Localizer;
use bridgedesk_mail::{MemorySecretStore, SecretStore};
use bridgedesk_model::*;
use bridgedesk_store::{
    ReplyDraft, SlaWrite, StatusChange, Store, StoreError, StoredSla, DATABASE_FILE_NAME,
};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

/// The seed of the demo workspace: everyone who explores the demo sees the same shop.
pub const DEMO_SEED: u64 = 20_261_111;

const SETTING_LOCALE: &str = "ui.locale";
const SETTING_AGENT_NAME: &str = "agent.name";
const SETTING_TIME_ZONE: &str = "agent.time_zone";
const SETTING_DEMO: &str = "workspace.demo";

/// The agent in the demo shop (one of the demo's assignees).
const DEMO_AGENT: &str = "Lin Wei";

enum Opened {
    Ready(Arc<Store>),
    Unavailable(StoreError),
}

/// One agent's local workspace.
pub struct Workspace {
    database_path: PathBuf,
    opened: RwLock<Opened>,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) events: Arc<dyn EventSink>,
    pub(crate) localizer: Arc<Localizer>,
    environment: AgentEnvironment,
    /// Calendars and policies in force, replaced whole when the settings change.
    pub(crate) sla: SharedSla,
    data_changed: DataChanged,
    /// The triager with the model learned from corrections, loaded on first use.
    pub(crate) triager: RwLock<Option<bridgedesk_triage::Triager>>,
    /// The enabled rules compiled, rebuilt after every change to the rules.
    pub(crate) rule_book: RwLock<Option<crate::automation::CompiledRules>>,
    /// Where account passwords live (the OS keychain in the app, memory by default).
    pub(crate) secrets: Arc<dyn SecretStore>,
    /// The running mail sync of each enabled account.
    pub(crate) mail: MailSync,
    /// This workspace, once shared (see [`Workspace::attach`]), for background tasks.
    shared: std::sync::OnceLock<std::sync::Weak<Workspace>>,
}

impl Workspace {
    /// Opens the workspace in `data_dir`. A store that cannot be opened is remembered with its
    /// reason (see [`Workspace::status`]); nothing on disk is changed in that case.
    pub fn open(
        data_dir: &Path,
        clock: Arc<dyn Clock>,
        events: Arc<dyn EventSink>,
        localizer: Arc<Localizer>,
        environment: AgentEnvironment,
    ) -> Self {
        let database_path = data_dir.join(DATABASE_FILE_NAME);
        let opened = open_store(&database_path);
        let workspace = Self {
            database_path,
            opened: RwLock::new(opened),
            clock,
            events,
            localizer,
            environment,
            sla: Arc::new(RwLock::new(Arc::new(SlaConfig::defaults()))),
            data_changed: DataChanged::default(),
            triager: RwLock::new(None),
            rule_book: RwLock::new(None),
            secrets: Arc::new(MemorySecretStore::new()),
            mail: MailSync::new(),
            shared: std::sync::OnceLock::new(),
        };
        if let Err(err) = workspace.load_sla_settings() {
            tracing::warn!("Could not read the SLA settings, using the defaults: {err}");
        }
        workspace
    }

    /// Keeps account passwords in `secrets` (the app passes the OS keychain).
    pub fn with_secret_store(mut self, secrets: Arc<dyn SecretStore>) -> Self {
        self.secrets = secrets;
        self
    }

    /// Lets background tasks (the mail sync's event forwarder) reach this workspace for triage
    /// and rules. Call once the workspace is in an `Arc`, before starting the mail sync.
    pub fn attach(self: &Arc<Self>) {
        let _ = self.shared.set(Arc::downgrade(self));
    }

    /// The attached workspace, or a dangling reference when it was never attached.
    pub(crate) fn attached(&self) -> std::sync::Weak<Workspace> {
        self.shared.get().cloned().unwrap_or_default()
    }

    /// Now, from the workspace's clock.
    pub fn now(&self) -> UtcMillis {
        self.clock.now()
    }

    /// Signalled on every change to the conversations or the SLA settings.
    pub fn data_changed(&self) -> &DataChanged {
        &self.data_changed
    }

    /// The events sink.
    pub(crate) fn events(&self) -> &dyn EventSink {
        self.events.as_ref()
    }

    /// Where the database lives.
    pub fn database_path(&self) -> &Path {
        &self.database_path
    }

    /// The localizer, for the shell's own strings.
    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    pub(crate) fn store(&self) -> CoreResult<Arc<Store>> {
        match &*self.opened.read().unwrap_or_else(|p| p.into_inner()) {
            Opened::Ready(store) => Ok(store.clone()),
            Opened::Unavailable(_) => Err(CoreError::NotOpen),
        }
    }

    /// What the app found when it opened the store.
    pub fn status(&self) -> WorkspaceStatus {
        let database_path = self.database_path.display().to_string();
        match &*self.opened.read().unwrap_or_else(|p| p.into_inner()) {
            Opened::Unavailable(err) => WorkspaceStatus::Unavailable {
                database_path,
                error: err.to_app_error(),
                recoverable: err.is_recoverable_by_moving_aside(),
            },
            Opened::Ready(store) => match store.conversation_count() {
                Ok(0) => WorkspaceStatus::Empty { database_path },
                Ok(count) => WorkspaceStatus::Ready {
                    database_path,
                    conversation_count: count,
                    is_demo: matches!(store.setting(SETTING_DEMO), Ok(Some(ref v)) if v == "1"),
                },
                Err(err) => WorkspaceStatus::Unavailable {
                    database_path,
                    recoverable: err.is_recoverable_by_moving_aside(),
                    error: err.to_app_error(),
                },
            },
        }
    }

    /// Fills an empty workspace with the demo shop.
    pub fn load_demo(&self) -> CoreResult<WorkspaceStatus> {
        let store = self.store()?;
        if store.has_conversations()? {
            return Err(CoreError::NotEmpty);
        }
        let demo = bridgedesk_demo::demo_workspace(DEMO_SEED, self.clock.now());
        store.import_stores(&demo.stores)?;
        store.import_batch(&demo.customers, &demo.orders, &demo.conversations)?;
        let now = self.clock.now();
        self.triage_pending(&store, now)?;
        self.grade_all(&store, now)?;
        self.install_starter_content(&store, now)?;
        self.install_starter_rules(&store, now)?;
        self.install_demo_teams(&store, now)?;
        for id in store.conversation_ids()? {
            self.refresh_sla(&store, id)?;
        }
        store.set_setting(SETTING_DEMO, "1")?;
        if store.setting(SETTING_AGENT_NAME)?.is_none() {
            store.set_setting(SETTING_AGENT_NAME, DEMO_AGENT)?;
        }
        store.optimize()?;
        tracing::info!(
            "Loaded the demo workspace: {} conversations",
            demo.conversations.len()
        );
        self.events.inbox_changed(InboxChanged {
            conversation_ids: Vec::new(),
        });
        self.data_changed.notify();
        Ok(self.status())
    }

    /// Renames a damaged database aside (the user agreed) and starts with an empty one.
    pub fn move_aside_corrupt(&self) -> CoreResult<WorkspaceStatus> {
        let mut opened = self.opened.write().unwrap_or_else(|p| p.into_inner());
        match &*opened {
            Opened::Unavailable(err) if err.is_recoverable_by_moving_aside() => {}
            _ => return Err(CoreError::NotCorrupt),
        }
        let label = chrono::DateTime::from_timestamp_millis(self.clock.now())
            .map(|t| t.format("%Y%m%d-%H%M%S").to_string())
            .unwrap_or_else(|| "unknown-time".to_owned());
        let moved = bridgedesk_store::move_aside(&self.database_path, &label)?;
        tracing::warn!("Moved a damaged database aside to {}", moved.display());
        *opened = open_store(&self.database_path);
        drop(opened);
        if let Err(err) = self.load_sla_settings() {
            tracing::warn!("Could not read the SLA settings, using the defaults: {err}");
        }
        Ok(self.status())
    }

    /// One page of the inbox.
    pub fn inbox_list(
        &self,
        filter: &InboxFilter,
        offset: u32,
        limit: u32,
    ) -> CoreResult<InboxPage> {
        Ok(self.store()?.inbox_page(filter, offset, limit)?)
    }

    /// The filter bar's choices and the unread total.
    pub fn inbox_facets(&self) -> CoreResult<InboxFacets> {
        Ok(self.store()?.inbox_facets()?)
    }

    /// Opens a conversation and marks it read.
    pub fn open_conversation(&self, id: RowId) -> CoreResult<ConversationDetail> {
        let store = self.store()?;
        let before = store.conversation_summary(id)?;
        if before.unread_count > 0 {
            store.mark_read(id, self.clock.now())?;
            // Read here means read on the server too: the accounts push the queued \Seen.
            self.mail.wake_all();
            self.changed(id);
        }
        let sla = self.refresh_sla(&store, id)?;
        self.with_allowed_images(ConversationDetail {
            sla,
            ..store.conversation_detail(id)?
        })
    }

    /// Recomputes a conversation's clocks at this instant, with the policy version they used
    /// before, and keeps the nearest due and warning instants for the inbox order; returns the
    /// clocks for display.
    pub(crate) fn refresh_sla(&self, store: &Store, id: RowId) -> CoreResult<Option<SlaView>> {
        refresh_sla(&self.sla, store, id, self.clock.now())
    }

    /// The clocks of a conversation and what to keep of them (pure given the configuration).
    pub(crate) fn evaluated(
        &self,
        config: &SlaConfig,
        id: RowId,
        inputs: &bridgedesk_store::SlaInputs,
        pin: Option<&(String, u32)>,
    ) -> (Option<SlaView>, SlaWrite) {
        sla_write(config, id, inputs, pin, self.clock.now())
    }

    /// The calendars and policies in force.
    pub(crate) fn sla_config(&self) -> Arc<SlaConfig> {
        self.sla.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Resolves, closes, sets pending or reopens.
    pub fn set_status(
        &self,
        id: RowId,
        status: ConversationStatus,
    ) -> CoreResult<ConversationSummary> {
        let store = self.store()?;
        store.set_status(
            id,
            StatusChange {
                status,
                at: self.clock.now(),
            },
        )?;
        self.archive_mail_for_status(&store, id, status)?;
        self.refresh_sla(&store, id)?;
        self.after_event(&store, id, bridgedesk_rules::RuleEvent::StatusChange);
        self.changed(id);
        Ok(store.conversation_summary(id)?)
    }

    /// The buyer's waiting message needs no answer (a "thanks", a notice): the response clocks
    /// waiting on it stop, Amazon's 24-hour clock as with its "No response needed". A later
    /// buyer message starts them again.
    pub fn mark_no_response_needed(&self, id: RowId) -> CoreResult<ConversationSummary> {
        let store = self.store()?;
        store.mark_no_response_needed(id, self.clock.now())?;
        self.refresh_sla(&store, id)?;
        self.changed(id);
        Ok(store.conversation_summary(id)?)
    }

    /// Assigns to an agent or unassigns.
    pub fn assign(&self, id: RowId, assignee: Option<&str>) -> CoreResult<ConversationSummary> {
        let summary = self.store()?.assign(id, assignee)?;
        self.changed(id);
        Ok(summary)
    }

    /// Replaces the tags.
    pub fn set_tags(&self, id: RowId, tags: &[String]) -> CoreResult<ConversationSummary> {
        let summary = self.store()?.set_tags(id, tags)?;
        self.changed(id);
        Ok(summary)
    }

    /// Adds an internal note written by the agent.
    pub fn add_note(&self, id: RowId, text: &str) -> CoreResult<NoteView> {
        let store = self.store()?;
        let note = store.add_note(id, &self.agent_name(&store), text, self.clock.now())?;
        self.changed(id);
        Ok(note)
    }

    /// Saves the draft of a reply.
    pub fn save_draft(&self, id: RowId, text: &str) -> CoreResult<()> {
        Ok(self.store()?.save_draft(id, text, self.clock.now())?)
    }

    /// Puts a reply into the outbox, where it waits (queued) until the channel sends it. The
    /// shell sends through [`Workspace::send_checked_reply`]; this is the unchecked step.
    pub fn send_reply(&self, id: RowId, text: &str) -> CoreResult<MessageView> {
        let store = self.store()?;
        let author = self.agent_name(&store);
        if let Some(context) = store.email_reply_context(id)? {
            let message = self.queue_email_reply(&store, id, context, &author, text)?;
            self.refresh_sla(&store, id)?;
            self.after_event(&store, id, bridgedesk_rules::RuleEvent::AgentReply);
            self.changed(id);
            return Ok(message);
        }
        let message = store.queue_reply(
            id,
            &ReplyDraft {
                author: &author,
                text,
                at: self.clock.now(),
            },
        )?;
        self.refresh_sla(&store, id)?;
        self.after_event(&store, id, bridgedesk_rules::RuleEvent::AgentReply);
        self.changed(id);
        Ok(message)
    }

    /// The agent's settings.
    pub fn settings(&self) -> Settings {
        let store = self.store().ok();
        let stored_locale = store
            .as_ref()
            .and_then(|s| s.setting(SETTING_LOCALE).ok().flatten());
        let available = self.localizer.available_locales();
        let locale = stored_locale
            .filter(|l| available.contains(l))
            .unwrap_or_else(|| {
                let requested: Vec<&str> = self
                    .environment
                    .locales
                    .iter()
                    .map(String::as_str)
                    .collect();
                self.localizer.negotiate(&requested)
            });
        let agent_name = match &store {
            Some(store) => self.agent_name(store),
            None => self.environment.user_name.clone(),
        };
        let chosen_zone = store
            .as_ref()
            .and_then(|s| s.setting(SETTING_TIME_ZONE).ok().flatten())
            .filter(|zone| zone.parse::<chrono_tz::Tz>().is_ok());
        Settings {
            locale,
            available_locales: available,
            time_zone_chosen: chosen_zone.is_some(),
            time_zone: chosen_zone.unwrap_or_else(|| self.environment.time_zone.clone()),
            os_time_zone: self.environment.time_zone.clone(),
            agent_name,
        }
    }

    /// Sets the agent's own time zone (an IANA name), or with `None` follows the OS again.
    pub fn set_time_zone(&self, time_zone: Option<&str>) -> CoreResult<Settings> {
        let store = self.store()?;
        match time_zone {
            Some(zone) if zone.parse::<chrono_tz::Tz>().is_err() => {
                return Err(CoreError::UnknownTimeZone)
            }
            Some(zone) => store.set_setting(SETTING_TIME_ZONE, zone)?,
            None => store.remove_setting(SETTING_TIME_ZONE)?,
        }
        let settings = self.settings();
        self.events.settings_changed(settings.clone());
        Ok(settings)
    }

    /// Switches the UI language and tells every window.
    pub fn set_locale(&self, locale: &str) -> CoreResult<Settings> {
        if !self
            .localizer
            .available_locales()
            .iter()
            .any(|l| l == locale)
        {
            return Err(CoreError::UnknownLocale);
        }
        self.store()?.set_setting(SETTING_LOCALE, locale)?;
        self.events.locale_changed(LocaleChanged {
            locale: locale.to_owned(),
        });
        Ok(self.settings())
    }

    pub(crate) fn agent_name(&self, store: &Store) -> String {
        store
            .setting(SETTING_AGENT_NAME)
            .ok()
            .flatten()
            .unwrap_or_else(|| self.environment.user_name.clone())
    }

    pub(crate) fn changed(&self, id: RowId) {
        self.events.inbox_changed(InboxChanged {
            conversation_ids: vec![id],
        });
        self.data_changed.notify();
    }
}

fn open_store(path: &Path) -> Opened {
    match Store::open(path) {
        Ok(store) => Opened::Ready(Arc::new(store)),
        Err(err) => {
            tracing::error!("Could not open the local store: {err:#}");
            Opened::Unavailable(err)
        }
    }
}

/// The SLA configuration, shared with the mail sync's background forwarder and replaced whole
/// when the settings change.
pub(crate) type SharedSla = Arc<RwLock<Arc<SlaConfig>>>;

/// Recomputes a conversation's clocks at `now`, with the policy version they used before, and
/// keeps the nearest due and warning instants for the inbox order; returns the clocks.
pub(crate) fn refresh_sla(
    sla: &SharedSla,
    store: &Store,
    id: RowId,
    now: UtcMillis,
) -> CoreResult<Option<SlaView>> {
    let config = sla.read().unwrap_or_else(|p| p.into_inner()).clone();
    let pin = store.stored_sla(id)?.pin;
    let inputs = store.sla_inputs(id)?;
    let (view, write) = sla_write(&config, id, &inputs, pin.as_ref(), now);
    store.set_sla_many(std::slice::from_ref(&write))?;
    Ok(view)
}

/// [`refresh_sla`] for many conversations, written in one transaction.
pub(crate) fn refresh_sla_many(
    sla: &SharedSla,
    store: &Store,
    ids: &[RowId],
    now: UtcMillis,
) -> CoreResult<()> {
    let config = sla.read().unwrap_or_else(|p| p.into_inner()).clone();
    let mut writes = Vec::with_capacity(ids.len());
    for id in ids {
        let pin = store.stored_sla(*id)?.pin;
        let inputs = store.sla_inputs(*id)?;
        writes.push(sla_write(&config, *id, &inputs, pin.as_ref(), now).1);
    }
    store.set_sla_many(&writes)?;
    Ok(())
}

/// The clocks of a conversation and what to keep of them (pure given the configuration).
fn sla_write(
    config: &SlaConfig,
    id: RowId,
    inputs: &bridgedesk_store::SlaInputs,
    pin: Option<&(String, u32)>,
    now: UtcMillis,
) -> (Option<SlaView>, SlaWrite) {
    match evaluate(config, inputs, pin, now) {
        Some(outcome) => {
            let state_json = serde_json::to_string(&outcome.view).unwrap_or_default();
            let kept = StoredSla {
                due_at: outcome.due_at,
                warn_at: outcome.warn_at,
                pin: Some((outcome.view.policy_id.clone(), outcome.view.policy_version)),
            };
            let write = SlaWrite {
                id,
                kept,
                state_json,
            };
            (Some(outcome.view), write)
        }
        None => {
            let kept = StoredSla {
                due_at: None,
                warn_at: None,
                pin: None,
            };
            let write = SlaWrite {
                id,
                kept,
                state_json: String::new(),
            };
            (None, write)
        }
    }
}
