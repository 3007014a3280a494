//! The store as the mail engine's [`MailRepository`]: raw bytes fetched over IMAP are parsed
//! with bridgedesk-mime (a message that does not parse is still stored, with its warnings),
//! sanitized, recognized as marketplace relay mail, and ingested idempotently. Conversations
//! touched by the engine are remembered so the core can refresh their SLA clocks and tell the
//! UI in one go.

use bridgedesk_mail::{
    Flags, FolderState, IncomingMessage, IngestOutcome, LocalChange, LocalChangeKind,
    MailRepository, OutboxState, OutboxTransition, OutgoingMail, RepoError, SpecialUse,
};
use bridgedesk_model::{Channel, RowId};
use bridgedesk_store::{
    AttachmentStore, IncomingAttachment, IncomingEmail, ParsedEmail, RelayOrigin, Store, StoreError,
};
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use crate::Clock;

/// The local store behind the mail engine.
pub struct StoreMailRepository {
    store: Arc<Store>,
    files: AttachmentStore,
    clock: Arc<dyn Clock>,
    touched: Mutex<BTreeSet<RowId>>,
}

impl StoreMailRepository {
    /// A repository over `store`, keeping raw mail and attachments under `files`.
    pub fn new(store: Arc<Store>, files: AttachmentStore, clock: Arc<dyn Clock>) -> Self {
        Self {
            store,
            files,
            clock,
            touched: Mutex::new(BTreeSet::new()),
        }
    }

    /// The store written into.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The conversations changed since the last call (sorted), forgetting them.
    pub fn take_touched(&self) -> Vec<RowId> {
        let mut touched = self.touched.lock().unwrap_or_else(|p| p.into_inner());
        std::mem::take(&mut *touched).into_iter().collect()
    }

    fn touch(&self, ids: impl IntoIterator<Item = RowId>) {
        self.touched
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(ids);
    }
}

fn storage(err: StoreError) -> RepoError {
    RepoError::Storage(err.to_string())
}

/// The special-use name stored for a folder role.
pub fn special_use_name(role: SpecialUse) -> &'static str {
    match role {
        SpecialUse::Inbox => "inbox",
        SpecialUse::Sent => "sent",
        SpecialUse::Archive => "archive",
        SpecialUse::Drafts => "drafts",
        SpecialUse::Trash => "trash",
        SpecialUse::Junk => "junk",
    }
}

fn flag_names(flags: &Flags) -> Vec<String> {
    let mut names: Vec<String> = [
        (flags.seen, "\\Seen"),
        (flags.answered, "\\Answered"),
        (flags.flagged, "\\Flagged"),
        (flags.deleted, "\\Deleted"),
        (flags.draft, "\\Draft"),
    ]
    .into_iter()
    .filter(|(set, _)| *set)
    .map(|(_, name)| name.to_owned())
    .collect();
    names.extend(flags.keywords.iter().cloned());
    names
}

fn incoming(item: &IncomingMessage<'_>) -> IncomingEmail {
    IncomingEmail {
        account_id: item.account,
        folder: item.folder.to_owned(),
        uidvalidity: item.uidvalidity,
        uid: item.uid,
        flags: flag_names(item.flags),
        raw: item.raw.to_vec(),
        internal_date: item.internal_date_ms,
        parsed: read_email(item.raw),
    }
}

/// Parses a fetched batch, in order; a large batch is split over two threads (parsing and
/// sanitizing is the CPU-heavy part of a sync).
fn read_all(items: &[IncomingMessage<'_>]) -> Vec<IncomingEmail> {
    if items.len() < 16 {
        return items.iter().map(incoming).collect();
    }
    let (first, second) = items.split_at(items.len() / 2);
    std::thread::scope(|scope| {
        let helper = scope.spawn(|| second.iter().map(incoming).collect::<Vec<_>>());
        let mut mails: Vec<IncomingEmail> = first.iter().map(incoming).collect();
        match helper.join() {
            Ok(rest) => mails.extend(rest),
            Err(_) => mails.extend(second.iter().map(incoming)),
        }
        mails
    })
}

/// Reads a fetched message with bridgedesk-mime into what the store keeps.
pub fn read_email(raw: &[u8]) -> ParsedEmail {
    let mail = bridgedesk_mime::parse(raw);
    let sender = mail.sender().cloned();
    let relay = mail.relay_sender().map(|relay| RelayOrigin {
        channel: match relay.marketplace {
            bridgedesk_mime::Marketplace::Amazon => Channel::Amazon,
            bridgedesk_mime::Marketplace::Ebay => Channel::Ebay,
        },
        order_number: mail.order_refs().into_iter().next().map(|o| o.order_number),
    });
    let inline = crate::mail_display::inline_image_urls(&mail);
    let html = mail
        .html
        .as_deref()
        .map(|html| bridgedesk_mime::sanitize_html(html, &Default::default(), &inline));
    let subject = mail.subject.clone().unwrap_or_default();
    ParsedEmail {
        message_id: mail.message_id.clone(),
        in_reply_to: mail.in_reply_to.clone(),
        references: mail.references.clone(),
        from_address: sender.as_ref().map(|s| s.key()).unwrap_or_default(),
        from_name: sender.and_then(|s| s.name).unwrap_or_default(),
        to_addresses: mail.to.iter().map(|a| a.key()).collect(),
        thread_subject: bridgedesk_mime::normalize_subject(&subject),
        subject,
        date: mail.date_ms,
        text: mail.text.clone(),
        has_remote_images: html
            .as_ref()
            .is_some_and(|h| !h.remote_image_urls.is_empty()),
        html: html.map(|h| h.html),
        attachments: mail
            .parts
            .iter()
            .map(|part| IncomingAttachment {
                file_name: part.file_name.clone().unwrap_or_default(),
                mime_type: part.mime_type.clone(),
                bytes: part.bytes.clone(),
                inline_cid: part.content_id.clone(),
            })
            .collect(),
        warnings: mail
            .warnings
            .iter()
            .map(|w| (w.code().to_owned(), String::new()))
            .collect(),
        relay,
    }
}

impl MailRepository for StoreMailRepository {
    fn folder_state(&self, account: i64, folder: &str) -> Result<Option<FolderState>, RepoError> {
        let folders = self.store.mail_folders(account).map_err(storage)?;
        Ok(folders
            .into_iter()
            .find(|f| f.name == folder && f.uidvalidity != 0)
            .map(|f| FolderState {
                uidvalidity: f.uidvalidity,
                uidnext: f.uidnext,
                highest_modseq: f.highest_modseq,
            }))
    }

    fn save_folder_state(
        &self,
        account: i64,
        folder: &str,
        state: &FolderState,
    ) -> Result<(), RepoError> {
        self.store
            .save_folder_state(
                account,
                folder,
                state.uidvalidity,
                state.uidnext,
                state.highest_modseq,
                self.clock.now(),
            )
            .map_err(storage)
    }

    fn known_uids(
        &self,
        account: i64,
        folder: &str,
        uidvalidity: u32,
    ) -> Result<Vec<u32>, RepoError> {
        self.store
            .known_uids(account, folder, uidvalidity)
            .map_err(storage)
    }

    fn ingest(&self, item: IncomingMessage<'_>) -> Result<IngestOutcome, RepoError> {
        let outcomes = self.ingest_batch(std::slice::from_ref(&item))?;
        Ok(outcomes
            .into_iter()
            .next()
            .unwrap_or(IngestOutcome::AlreadyStored))
    }

    /// Parses the whole batch (on two threads when it is large), then stores it in one
    /// transaction: a crash leaves either the whole batch or none of it, and the folder's
    /// cursor is only saved by the engine after every batch is stored.
    fn ingest_batch(&self, items: &[IncomingMessage<'_>]) -> Result<Vec<IngestOutcome>, RepoError> {
        if items.is_empty() {
            return Ok(Vec::new());
        }
        let mut roles: Vec<(i64, &str, SpecialUse)> = Vec::new();
        for item in items {
            if let Some(role) = item.special_use {
                if !roles
                    .iter()
                    .any(|(a, f, r)| *a == item.account && *f == item.folder && *r == role)
                {
                    roles.push((item.account, item.folder, role));
                }
            }
        }
        for (account, folder, role) in roles {
            self.store
                .upsert_mail_folder(account, folder, special_use_name(role))
                .map_err(storage)?;
        }
        let mails = read_all(items);
        let outcomes = self
            .store
            .ingest_emails(&self.files, &mails, self.clock.now())
            .map_err(storage)?;
        self.touch(
            outcomes
                .iter()
                .filter(|o| o.created)
                .map(|o| o.conversation_id),
        );
        Ok(outcomes
            .iter()
            .map(|o| {
                if o.created {
                    IngestOutcome::Inserted
                } else {
                    IngestOutcome::AlreadyStored
                }
            })
            .collect())
    }

    fn apply_remote_flags(
        &self,
        account: i64,
        folder: &str,
        uidvalidity: u32,
        changes: &[(u32, Flags)],
    ) -> Result<(), RepoError> {
        let named: Vec<(u32, Vec<String>)> = changes
            .iter()
            .map(|(uid, flags)| (*uid, flag_names(flags)))
            .collect();
        let outcome = self
            .store
            .apply_mail_flags(account, folder, uidvalidity, &named)
            .map_err(storage)?;
        self.touch(outcome.conversation_ids);
        Ok(())
    }

    fn remote_expunged(
        &self,
        account: i64,
        folder: &str,
        uidvalidity: u32,
        uids: &[u32],
    ) -> Result<(), RepoError> {
        let outcome = self
            .store
            .apply_mail_expunge(account, folder, uidvalidity, uids)
            .map_err(storage)?;
        self.touch(outcome.conversation_ids);
        Ok(())
    }

    fn uidvalidity_changed(&self, account: i64, folder: &str, new: u32) -> Result<(), RepoError> {
        tracing::info!("A folder of mail account {account} was renumbered (UIDVALIDITY {new})");
        self.store
            .reset_mail_folder(account, folder)
            .map_err(storage)
    }

    fn folders_found(
        &self,
        account: i64,
        folders: &[(String, Option<SpecialUse>)],
    ) -> Result<(), RepoError> {
        let named: Vec<(String, String)> = folders
            .iter()
            .map(|(name, role)| {
                (
                    name.clone(),
                    role.map(special_use_name).unwrap_or_default().to_owned(),
                )
            })
            .collect();
        self.store
            .record_mail_folders(account, &named)
            .map_err(storage)
    }

    fn pending_local_changes(&self, account: i64) -> Result<Vec<LocalChange>, RepoError> {
        let changes = self.store.pending_mail_changes(account).map_err(storage)?;
        Ok(changes
            .into_iter()
            .filter_map(|change| {
                let kind = match change.kind.as_str() {
                    "read" => LocalChangeKind::SetSeen(true),
                    "unread" => LocalChangeKind::SetSeen(false),
                    "archive" => LocalChangeKind::MoveTo(SpecialUse::Archive),
                    "delete" => LocalChangeKind::Delete,
                    _ => return None,
                };
                Some(LocalChange {
                    id: change.id,
                    folder: change.folder,
                    uidvalidity: change.uidvalidity,
                    uid: change.uid,
                    kind,
                })
            })
            .collect())
    }

    fn local_change_done(&self, id: i64) -> Result<(), RepoError> {
        self.store.complete_mail_change(id).map_err(storage)
    }

    fn next_outgoing(&self, account: i64, now_ms: i64) -> Result<Option<OutgoingMail>, RepoError> {
        let due = self
            .store
            .due_outgoing_emails(account, now_ms)
            .map_err(storage)?;
        Ok(due.into_iter().next().map(|mail| OutgoingMail {
            outbox_id: mail.message_id,
            account,
            message_id: mail.rfc_message_id,
            envelope_from: mail.envelope_from,
            recipients: mail.envelope_to,
            raw: mail.raw_mime,
            state: if mail.copy_pending {
                OutboxState::Accepted
            } else if mail.maybe_sent {
                OutboxState::Sending
            } else if mail.attempts > 0 {
                OutboxState::Failed
            } else {
                OutboxState::Queued
            },
            attempts: mail.attempts,
        }))
    }

    fn set_outgoing_state(&self, outbox_id: i64, state: OutboxTransition) -> Result<(), RepoError> {
        let conversation = match state {
            OutboxTransition::Sending { at_ms } => self.store.outbox_mark_sending(outbox_id, at_ms),
            OutboxTransition::Accepted { at_ms } => {
                self.store.outbox_mark_accepted(outbox_id, at_ms)
            }
            OutboxTransition::Sent { at_ms } => self.store.outbox_mark_sent(outbox_id, at_ms),
            OutboxTransition::Failed {
                reason,
                message_id,
                retry_at_ms,
                permanent,
                ..
            } => self.store.outbox_mark_failed(
                outbox_id,
                &reason,
                &message_id,
                (!permanent).then_some(retry_at_ms),
                self.clock.now(),
            ),
        }
        .map_err(storage)?;
        self.touch([conversation]);
        Ok(())
    }
}
