//! The outbox as the SMTP engine sees it: replies composed into MIME when the agent sent them
//! (so every attempt sends the same bytes and Message-ID), picked up when due, and moved
//! queued → sending → sent, or failed with a reason code and a retry time. An entry found in
//! `sending` after a crash is handed out again; the engine checks Sent for its Message-ID
//! before sending it a second time.
//!
//! Also the agent's allowances for remote images (per message or per sender).

use crate::conversation::message_by_id;
use crate::error::{Invalid, StoreError, StoreResult};
use crate::import::{index_message, refresh_conversation};
use crate::Store;
use bridgedesk_model::{MessageView, RemoteImageScope, RowId, UtcMillis};
use rusqlite::{params, OptionalExtension};

/// A reply composed as e-mail, ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailReply {
    pub account_id: RowId,
    pub author: String,
    /// The text the agent wrote (shown in the thread; the signature is only in `raw_mime`).
    pub text: String,
    pub at: UtcMillis,
    /// The whole RFC 5322 message.
    pub raw_mime: Vec<u8>,
    pub envelope_from: String,
    pub envelope_to: Vec<String>,
    /// Without angle brackets.
    pub rfc_message_id: String,
    pub in_reply_to: Vec<String>,
    pub references: Vec<String>,
    pub subject: String,
    pub thread_subject: String,
}

/// An outbox entry the SMTP engine should send now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingEmail {
    pub message_id: RowId,
    pub raw_mime: Vec<u8>,
    pub envelope_from: String,
    pub envelope_to: Vec<String>,
    pub rfc_message_id: String,
    pub attempts: u32,
    /// True when a previous attempt may have reached the server (found in `sending`).
    pub maybe_sent: bool,
    /// True when the server accepted it and only the copy in Sent is still to be filed.
    pub copy_pending: bool,
}

/// What an outbox transition does beyond setting the state.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    /// An attempt starts: count it.
    Attempt,
    /// Accepted by the server, the Sent copy still to be filed.
    CopyPending,
    /// Nothing more.
    Done,
}

/// The e-mail a conversation replies to: its account, the buyer's address and the threading
/// headers of the newest message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyContext {
    pub account_id: RowId,
    pub buyer_address: String,
    pub subject: String,
    pub parent_message_id: String,
    pub parent_references: Vec<String>,
}

impl Store {
    /// What a reply in this conversation answers, or `None` when it is not an e-mail thread.
    pub fn email_reply_context(&self, conversation_id: RowId) -> StoreResult<Option<ReplyContext>> {
        self.read(|conn| {
            let parent = conn
                .prepare_cached(
                    "SELECT e.account_id, e.rfc_message_id, e.references_list, e.subject, m.direction,
                            e.from_address, e.to_addresses
                     FROM messages m JOIN email_messages e ON e.message_id = m.id
                     WHERE m.conversation_id = ?1 ORDER BY m.sent_at DESC, m.id DESC LIMIT 1",
                )?
                .query_row([conversation_id], |r| {
                    Ok((
                        r.get::<_, RowId>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, String>(6)?,
                    ))
                })
                .optional()?;
            let Some((account_id, rfc_id, references, subject, direction, from, to)) = parent
            else {
                return Ok(None);
            };
            // Reply to the buyer: the sender of their newest mail, or the recipient of ours.
            let buyer_address = if direction == "inbound" {
                from
            } else {
                to.split(',').next().unwrap_or("").trim().to_owned()
            };
            Ok(Some(ReplyContext {
                account_id,
                buyer_address,
                subject,
                parent_message_id: rfc_id,
                parent_references: references.split_whitespace().map(str::to_owned).collect(),
            }))
        })
    }

    /// Commits a composed e-mail reply and queues it; the draft goes and nothing is owed.
    pub fn queue_email_reply(
        &self,
        conversation_id: RowId,
        reply: &EmailReply,
    ) -> StoreResult<MessageView> {
        if reply.text.trim().is_empty() {
            return Err(StoreError::Invalid(Invalid::Reply));
        }
        self.write(|tx| {
            let channel: String = tx
                .prepare_cached("SELECT channel FROM conversations WHERE id = ?1")?
                .query_row([conversation_id], |r| r.get(0))
                .optional()?
                .ok_or(StoreError::NotFound {
                    entity: "conversation",
                    id: conversation_id,
                })?;
            tx.prepare_cached(
                "INSERT INTO messages (conversation_id, channel, external_id, direction, author_kind, author_name,
                     body_text, sent_at, is_read)
                 VALUES (?1, ?2, ?3, 'outbound', 'agent', ?4, ?5, ?6, 1)",
            )?
            .execute(params![
                conversation_id,
                channel,
                format!("{}:{}", reply.account_id, reply.rfc_message_id),
                reply.author,
                reply.text.trim_end(),
                reply.at
            ])?;
            let message_id = tx.last_insert_rowid();
            index_message(tx, message_id, &reply.text)?;
            tx.prepare_cached(
                "INSERT INTO email_messages (message_id, account_id, rfc_message_id, in_reply_to, references_list,
                     from_address, to_addresses, subject, thread_subject)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                message_id,
                reply.account_id,
                reply.rfc_message_id,
                reply.in_reply_to.join(" "),
                reply.references.join(" "),
                reply.envelope_from.to_lowercase(),
                reply.envelope_to.join(", "),
                reply.subject,
                reply.thread_subject,
            ])?;
            let mut refs = tx.prepare_cached(
                "INSERT OR IGNORE INTO email_thread_refs (account_id, ref_id, message_id) VALUES (?1, ?2, ?3)",
            )?;
            for reference in reply.in_reply_to.iter().chain(&reply.references) {
                refs.execute(params![reply.account_id, reference, message_id])?;
            }
            tx.prepare_cached(
                "INSERT INTO outbox (message_id, state, updated_at, account_id, raw_mime, envelope_from,
                     envelope_to, rfc_message_id)
                 VALUES (?1, 'queued', ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                message_id,
                reply.at,
                reply.account_id,
                reply.raw_mime,
                reply.envelope_from,
                reply.envelope_to.join("\n"),
                reply.rfc_message_id
            ])?;
            tx.prepare_cached("DELETE FROM drafts WHERE conversation_id = ?1")?
                .execute([conversation_id])?;
            tx.prepare_cached(
                "UPDATE conversations SET due_at = NULL, sort_due = ?2 WHERE id = ?1",
            )?
            .execute(params![conversation_id, i64::MAX])?;
            refresh_conversation(tx, conversation_id)?;
            message_by_id(tx, message_id)
        })
    }

    /// An account's outbox entries due at `now`: queued ones, failed ones whose retry time has
    /// come, ones left in `sending` (a crash mid-send) and accepted ones whose Sent copy is still
    /// to be filed, oldest first.
    pub fn due_outgoing_emails(
        &self,
        account_id: RowId,
        now: UtcMillis,
    ) -> StoreResult<Vec<OutgoingEmail>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT message_id, raw_mime, envelope_from, envelope_to, rfc_message_id, attempts, state,
                            sent_copy_pending
                     FROM outbox
                     WHERE account_id = ?1 AND length(raw_mime) > 0
                       AND (state IN ('queued', 'sending')
                            OR (state = 'sent' AND sent_copy_pending = 1)
                            OR (state = 'failed' AND next_attempt_at IS NOT NULL AND next_attempt_at <= ?2))
                     ORDER BY updated_at, message_id",
                )?
                .query_map(params![account_id, now], |r| {
                    let to: String = r.get(3)?;
                    let state: String = r.get(6)?;
                    Ok(OutgoingEmail {
                        message_id: r.get(0)?,
                        raw_mime: r.get(1)?,
                        envelope_from: r.get(2)?,
                        envelope_to: to.lines().map(str::to_owned).collect(),
                        rfc_message_id: r.get(4)?,
                        attempts: r.get::<_, i64>(5)?.max(0) as u32,
                        maybe_sent: state == "sending",
                        copy_pending: state == "sent" && r.get::<_, i64>(7)? == 1,
                    })
                })?
                .collect::<Result<_, _>>()?)
        })
    }

    /// Makes an account's failed (but retryable) entries due now: the app starts again or the
    /// agent fixed the account, so waiting out the backoff helps nobody. Returns how many.
    pub fn outbox_retry_now(&self, account_id: RowId, now: UtcMillis) -> StoreResult<usize> {
        self.write(|tx| {
            Ok(tx
                .prepare_cached(
                    "UPDATE outbox SET next_attempt_at = ?2
                     WHERE account_id = ?1 AND state = 'failed' AND next_attempt_at > ?2",
                )?
                .execute(params![account_id, now])?)
        })
    }

    /// The engine starts an attempt.
    pub fn outbox_mark_sending(&self, message_id: RowId, at: UtcMillis) -> StoreResult<RowId> {
        self.outbox_transition(message_id, "sending", None, None, Step::Attempt, at)
    }

    /// The server accepted the message; its copy in Sent is still to be filed. It shows as sent
    /// and is never submitted again.
    pub fn outbox_mark_accepted(&self, message_id: RowId, at: UtcMillis) -> StoreResult<RowId> {
        self.outbox_transition(message_id, "sent", None, None, Step::CopyPending, at)
    }

    /// The message is sent and, where the engine files one, its Sent copy is there.
    pub fn outbox_mark_sent(&self, message_id: RowId, at: UtcMillis) -> StoreResult<RowId> {
        self.outbox_transition(message_id, "sent", None, None, Step::Done, at)
    }

    /// The attempt failed: `reason_code` is the engine's stable code, `reason_message` its
    /// Fluent message id (shown on the message); `retry_at` is `None` when retrying is useless.
    pub fn outbox_mark_failed(
        &self,
        message_id: RowId,
        reason_code: &str,
        reason_message: &str,
        retry_at: Option<UtcMillis>,
        at: UtcMillis,
    ) -> StoreResult<RowId> {
        self.outbox_transition(
            message_id,
            "failed",
            Some((reason_code, reason_message)),
            retry_at,
            Step::Done,
            at,
        )
    }

    fn outbox_transition(
        &self,
        message_id: RowId,
        state: &str,
        reason: Option<(&str, &str)>,
        retry_at: Option<UtcMillis>,
        step: Step,
        at: UtcMillis,
    ) -> StoreResult<RowId> {
        self.write(|tx| {
            let changed = tx
                .prepare_cached(
                    "UPDATE outbox SET state = ?2, reason_code = coalesce(?3, ''), last_error = ?4,
                         next_attempt_at = ?5, attempts = attempts + ?6, updated_at = ?7,
                         sent_copy_pending = ?8
                     WHERE message_id = ?1",
                )?
                .execute(params![
                    message_id,
                    state,
                    reason.map(|r| r.0),
                    reason.map(|r| r.1),
                    retry_at,
                    (step == Step::Attempt) as i64,
                    at,
                    (step == Step::CopyPending) as i64
                ])?;
            if changed == 0 {
                return Err(StoreError::NotFound {
                    entity: "outbox entry",
                    id: message_id,
                });
            }
            Ok(tx
                .prepare_cached("SELECT conversation_id FROM messages WHERE id = ?1")?
                .query_row([message_id], |r| r.get(0))?)
        })
    }

    /// Lets remote images load for one message or every message of its sender.
    pub fn allow_remote_images(
        &self,
        message_id: RowId,
        scope: RemoteImageScope,
        at: UtcMillis,
    ) -> StoreResult<RowId> {
        self.write(|tx| {
            let (conversation_id, sender): (RowId, Option<String>) = tx
                .prepare_cached(
                    "SELECT m.conversation_id, e.from_address FROM messages m
                         LEFT JOIN email_messages e ON e.message_id = m.id WHERE m.id = ?1",
                )?
                .query_row([message_id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
                .ok_or(StoreError::NotFound {
                    entity: "message",
                    id: message_id,
                })?;
            let (scope, value) = match scope {
                RemoteImageScope::Message => ("message", message_id.to_string()),
                RemoteImageScope::Sender => match sender {
                    Some(sender) if !sender.is_empty() => ("sender", sender.to_lowercase()),
                    _ => ("message", message_id.to_string()),
                },
            };
            tx.prepare_cached(
                "INSERT OR IGNORE INTO remote_image_allowances (scope, value, created_at) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![scope, value, at])?;
            Ok(conversation_id)
        })
    }

    /// Messages of a conversation whose remote images the agent allowed, with the hash of
    /// their raw bytes (to render them again with the images), by message id.
    pub fn remote_images_allowed_in(
        &self,
        conversation_id: RowId,
    ) -> StoreResult<Vec<(RowId, String)>> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT m.id, e.raw_sha256 FROM messages m JOIN email_messages e ON e.message_id = m.id
                     WHERE m.conversation_id = ?1 AND e.has_remote_images = 1 AND e.raw_sha256 <> ''
                       AND EXISTS (SELECT 1 FROM remote_image_allowances a
                                   WHERE (a.scope = 'message' AND a.value = CAST(m.id AS TEXT))
                                      OR (a.scope = 'sender' AND a.value = e.from_address))
                     ORDER BY m.id",
                )?
                .query_map([conversation_id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?)
        })
    }
}
