//! Ingest of e-mail fetched over IMAP: one message at a given server location becomes (once) a
//! message of a conversation. The caller has already parsed it (bridgedesk-mime); this module
//! decides identity and thread:
//!
//! - idempotent: a location (account, folder, UIDVALIDITY, UID) is stored once, and a Message-ID
//!   already known in the account only gains a location (the same mail in INBOX and Archive, or
//!   our own reply coming back from Sent, is one message);
//! - threading by In-Reply-To / References in both directions (a parent that arrives after its
//!   replies, as in a newest-first initial sync, joins them), then by normalized subject and the
//!   same buyer, as clients that drop the headers still expect;
//! - the buyer is found (or created) from the address; a marketplace relay (Amazon, eBay) labels
//!   the conversation with that channel and links the order when its number is known.

use crate::attachments::AttachmentStore;
use crate::error::{StoreError, StoreResult};
use crate::import::{index_message, refresh_conversation};
use crate::mail_sync::conversation_of;
use crate::rows::sort_due;
use crate::Store;
use bridgedesk_model::{Channel, RowId, UtcMillis};
use rusqlite::{params, OptionalExtension, Transaction};

/// A message fetched from a folder, with what the MIME parser read from it.
#[derive(Debug, Clone, PartialEq)]
pub struct IncomingEmail {
    pub account_id: RowId,
    pub folder: String,
    pub uidvalidity: u32,
    pub uid: u32,
    /// IMAP flags as the server sent them (`\Seen`, `\Flagged` …).
    pub flags: Vec<String>,
    /// The message exactly as fetched, kept on disk content-addressed.
    pub raw: Vec<u8>,
    /// When the server received it (INTERNALDATE), if known.
    pub internal_date: Option<UtcMillis>,
    pub parsed: ParsedEmail,
}

/// What the MIME parser read. Empty strings where a header is missing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedEmail {
    /// Without angle brackets; `None` when the message has none (one is derived from the bytes).
    pub message_id: Option<String>,
    pub in_reply_to: Vec<String>,
    pub references: Vec<String>,
    pub from_address: String,
    pub from_name: String,
    pub to_addresses: Vec<String>,
    pub subject: String,
    /// The subject without reply and forward prefixes, lower-cased: the fallback thread key.
    pub thread_subject: String,
    pub date: Option<UtcMillis>,
    pub text: String,
    /// Sanitized HTML (scripts removed, remote images blocked).
    pub html: Option<String>,
    pub has_remote_images: bool,
    pub attachments: Vec<IncomingAttachment>,
    /// Codes and details of what could not be read.
    pub warnings: Vec<(String, String)>,
    /// Set when the sender is a marketplace relay address.
    pub relay: Option<RelayOrigin>,
}

/// A marketplace that relayed the mail, and the order it is about when the mail names one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayOrigin {
    pub channel: Channel,
    pub order_number: Option<String>,
}

/// An attachment or inline image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomingAttachment {
    pub file_name: String,
    pub mime_type: String,
    pub bytes: Vec<u8>,
    pub inline_cid: Option<String>,
}

/// What ingest did with one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IngestOutcome {
    pub message_id: RowId,
    pub conversation_id: RowId,
    /// False when the location or the Message-ID was already stored.
    pub created: bool,
}

impl Store {
    /// Stores a batch of fetched messages in one transaction; returns one outcome each.
    pub fn ingest_emails(
        &self,
        files: &AttachmentStore,
        batch: &[IncomingEmail],
        now: UtcMillis,
    ) -> StoreResult<Vec<IngestOutcome>> {
        // Bytes go to disk before the transaction, so a rollback leaves at worst an orphan file
        // (content-addressed, reused by the retry), never a row pointing at nothing. They are
        // not fsynced: the server keeps the original, and an fsync per message would make the
        // disk, not the network, the pace of a sync.
        let mut raw_hashes = Vec::with_capacity(batch.len());
        let mut attachment_hashes = Vec::with_capacity(batch.len());
        for mail in batch {
            raw_hashes.push(files.put_relaxed(&mail.raw)?);
            let mut hashes = Vec::with_capacity(mail.parsed.attachments.len());
            for attachment in &mail.parsed.attachments {
                hashes.push(files.put_relaxed(&attachment.bytes)?);
            }
            attachment_hashes.push(hashes);
        }
        self.write(|tx| {
            let mut outcomes = Vec::with_capacity(batch.len());
            for ((mail, raw_hash), hashes) in batch.iter().zip(&raw_hashes).zip(&attachment_hashes)
            {
                outcomes.push(ingest_one(tx, mail, raw_hash, hashes, now)?);
            }
            Ok(outcomes)
        })
    }
}

struct Account {
    store_id: RowId,
    from_address: String,
}

fn ingest_one(
    tx: &Transaction,
    mail: &IncomingEmail,
    raw_hash: &str,
    attachment_hashes: &[String],
    now: UtcMillis,
) -> StoreResult<IngestOutcome> {
    let account: Account = tx
        .prepare_cached("SELECT store_id, from_address FROM email_accounts WHERE id = ?1")?
        .query_row([mail.account_id], |r| {
            Ok(Account {
                store_id: r.get(0)?,
                from_address: r.get(1)?,
            })
        })
        .optional()?
        .ok_or(StoreError::NotFound {
            entity: "email account",
            id: mail.account_id,
        })?;
    let folder_id = crate::mail_sync::folder_id(tx, mail.account_id, &mail.folder)?;
    let seen = mail.flags.iter().any(|f| f.eq_ignore_ascii_case("\\Seen"));
    let flags = mail.flags.join(" ");
    let located: Option<RowId> = tx
        .prepare_cached(
            "SELECT message_id FROM mail_locations
             WHERE account_id = ?1 AND folder_id = ?2 AND uidvalidity = ?3 AND uid = ?4",
        )?
        .query_row(
            params![mail.account_id, folder_id, mail.uidvalidity, mail.uid],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(message_id) = located {
        return Ok(IngestOutcome {
            message_id,
            conversation_id: conversation_of(tx, message_id)?,
            created: false,
        });
    }
    let parsed = &mail.parsed;
    let rfc_id = match parsed.message_id.as_deref().map(str::trim) {
        Some(id) if !id.is_empty() => id.to_owned(),
        _ => format!("sha256-{raw_hash}@bridgedesk.invalid"),
    };
    let known: Option<RowId> = tx
        .prepare_cached(
            "SELECT message_id FROM email_messages WHERE account_id = ?1 AND rfc_message_id = ?2",
        )?
        .query_row(params![mail.account_id, rfc_id], |r| r.get(0))
        .optional()?;
    let (message_id, created) = match known {
        Some(id) => {
            // A message the app moved has arrived where it went.
            tx.prepare_cached("UPDATE email_messages SET moving_to = '' WHERE message_id = ?1")?
                .execute([id])?;
            (id, false)
        }
        None => (
            insert_email(
                tx,
                &account,
                mail,
                &rfc_id,
                raw_hash,
                attachment_hashes,
                seen,
                now,
            )?,
            true,
        ),
    };
    tx.prepare_cached(
        "INSERT INTO mail_locations (account_id, folder_id, uidvalidity, uid, flags, rfc_message_id, message_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![mail.account_id, folder_id, mail.uidvalidity, mail.uid, flags, rfc_id, message_id])?;
    Ok(IngestOutcome {
        message_id,
        conversation_id: conversation_of(tx, message_id)?,
        created,
    })
}

#[allow(clippy::too_many_arguments)]
fn insert_email(
    tx: &Transaction,
    account: &Account,
    mail: &IncomingEmail,
    rfc_id: &str,
    raw_hash: &str,
    attachment_hashes: &[String],
    seen: bool,
    now: UtcMillis,
) -> StoreResult<RowId> {
    let parsed = &mail.parsed;
    let outbound = !account.from_address.is_empty()
        && parsed
            .from_address
            .eq_ignore_ascii_case(&account.from_address);
    // The buyer is the other side: the sender of what came in, the first recipient of what we
    // sent from another client.
    let buyer_address = if outbound {
        parsed.to_addresses.first().cloned().unwrap_or_default()
    } else {
        parsed.from_address.clone()
    };
    let buyer_address = buyer_address.trim().to_lowercase();
    let channel = parsed
        .relay
        .as_ref()
        .map(|r| r.channel)
        .unwrap_or(Channel::Email);
    let order = match parsed
        .relay
        .as_ref()
        .and_then(|r| r.order_number.as_deref())
    {
        Some(number) => known_order(tx, channel, number)?,
        None => None,
    };
    let sent_at = parsed.date.or(mail.internal_date).unwrap_or(now);
    let conversation_id = match thread_of(tx, mail, rfc_id)? {
        Some(id) => id,
        None => {
            let customer_id = match order {
                Some(order) => order.customer_id,
                None => customer_for(tx, channel, &buyer_address, &parsed.from_name, outbound)?,
            };
            match subject_thread(tx, mail.account_id, customer_id, &parsed.thread_subject)? {
                Some(id) => id,
                None => {
                    new_conversation(tx, account, channel, customer_id, order, parsed, sent_at)?
                }
            }
        }
    };
    if let Some(order) = order {
        add_identity(tx, order.customer_id, channel, &buyer_address)?;
    }
    let author_name = if parsed.from_name.trim().is_empty() {
        parsed.from_address.clone()
    } else {
        parsed.from_name.clone()
    };
    tx.prepare_cached(
        "INSERT INTO messages (conversation_id, channel, external_id, direction, author_kind, author_name,
             body_text, body_html, sent_at, is_read)
         SELECT ?1, channel, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 FROM conversations WHERE id = ?1",
    )?
    .execute(params![
        conversation_id,
        format!("{}:{rfc_id}", mail.account_id),
        if outbound { "outbound" } else { "inbound" },
        if outbound { "agent" } else { "customer" },
        author_name,
        parsed.text,
        parsed.html,
        sent_at,
        seen || outbound,
    ])?;
    let message_id = tx.last_insert_rowid();
    index_message(tx, message_id, &parsed.text)?;
    tx.prepare_cached(
        "INSERT INTO email_messages (message_id, account_id, rfc_message_id, in_reply_to, references_list,
             from_address, to_addresses, subject, thread_subject, raw_sha256, raw_size, has_remote_images)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        message_id,
        mail.account_id,
        rfc_id,
        parsed.in_reply_to.join(" "),
        parsed.references.join(" "),
        parsed.from_address.to_lowercase(),
        parsed.to_addresses.join(", "),
        parsed.subject,
        parsed.thread_subject,
        raw_hash,
        mail.raw.len() as i64,
        parsed.has_remote_images,
    ])?;
    let mut refs = tx.prepare_cached(
        "INSERT OR IGNORE INTO email_thread_refs (account_id, ref_id, message_id) VALUES (?1, ?2, ?3)",
    )?;
    for reference in parsed.in_reply_to.iter().chain(&parsed.references) {
        refs.execute(params![mail.account_id, reference, message_id])?;
    }
    let mut warn = tx.prepare_cached(
        "INSERT INTO mail_parse_warnings (message_id, code, detail) VALUES (?1, ?2, ?3)",
    )?;
    for (code, detail) in &parsed.warnings {
        warn.execute(params![message_id, code, detail])?;
    }
    let mut attach = tx.prepare_cached(
        "INSERT INTO attachments (message_id, file_name, mime_type, size_bytes, sha256, inline_cid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (attachment, hash) in parsed.attachments.iter().zip(attachment_hashes) {
        attach.execute(params![
            message_id,
            attachment.file_name,
            attachment.mime_type,
            attachment.bytes.len() as i64,
            hash,
            attachment.inline_cid
        ])?;
    }
    if !outbound {
        reopen_if_closed(tx, conversation_id, sent_at)?;
    }
    refresh_conversation(tx, conversation_id)?;
    Ok(message_id)
}

/// The conversation of a parent this mail names, or of a reply that names this mail.
fn thread_of(tx: &Transaction, mail: &IncomingEmail, rfc_id: &str) -> StoreResult<Option<RowId>> {
    let parsed = &mail.parsed;
    let mut parent = tx.prepare_cached(
        "SELECT m.conversation_id FROM email_messages e JOIN messages m ON m.id = e.message_id
         WHERE e.account_id = ?1 AND e.rfc_message_id = ?2",
    )?;
    for reference in parsed
        .in_reply_to
        .iter()
        .chain(parsed.references.iter().rev())
    {
        if let Some(id) = parent
            .query_row(params![mail.account_id, reference], |r| r.get(0))
            .optional()?
        {
            return Ok(Some(id));
        }
    }
    Ok(tx
        .prepare_cached(
            "SELECT m.conversation_id FROM email_thread_refs t JOIN messages m ON m.id = t.message_id
             WHERE t.account_id = ?1 AND t.ref_id = ?2 ORDER BY m.id LIMIT 1",
        )?
        .query_row(params![mail.account_id, rfc_id], |r| r.get(0))
        .optional()?)
}

/// The newest conversation of the same buyer in this account with the same normalized subject.
fn subject_thread(
    tx: &Transaction,
    account_id: RowId,
    customer_id: RowId,
    thread_subject: &str,
) -> StoreResult<Option<RowId>> {
    if thread_subject.trim().is_empty() {
        return Ok(None);
    }
    Ok(tx
        .prepare_cached(
            "SELECT c.id FROM email_messages e JOIN messages m ON m.id = e.message_id
                 JOIN conversations c ON c.id = m.conversation_id
             WHERE e.account_id = ?1 AND e.thread_subject = ?2 AND c.customer_id = ?3
             ORDER BY c.last_activity_at DESC LIMIT 1",
        )?
        .query_row(params![account_id, thread_subject, customer_id], |r| {
            r.get(0)
        })
        .optional()?)
}

#[derive(Clone, Copy)]
struct KnownOrder {
    id: RowId,
    store_id: RowId,
    customer_id: RowId,
}

fn known_order(
    tx: &Transaction,
    channel: Channel,
    number: &str,
) -> StoreResult<Option<KnownOrder>> {
    Ok(tx
        .prepare_cached(
            "SELECT id, store_id, customer_id FROM orders WHERE marketplace = ?1 AND order_number = ?2",
        )?
        .query_row(params![channel.as_str(), number], |r| {
            Ok(KnownOrder {
                id: r.get(0)?,
                store_id: r.get(1)?,
                customer_id: r.get(2)?,
            })
        })
        .optional()?)
}

/// The buyer writing from `address` on `channel`, created on first contact.
fn customer_for(
    tx: &Transaction,
    channel: Channel,
    address: &str,
    name: &str,
    outbound: bool,
) -> StoreResult<RowId> {
    let found: Option<RowId> = tx
        .prepare_cached(
            "SELECT customer_id FROM customer_identities WHERE channel = ?1 AND handle = ?2",
        )?
        .query_row(params![channel.as_str(), address], |r| r.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    let display = if outbound || name.trim().is_empty() {
        address.split('@').next().unwrap_or(address).to_owned()
    } else {
        name.trim().to_owned()
    };
    let key = format!("{}:{address}", channel.as_str());
    tx.prepare_cached(
        "INSERT INTO customers (key, name) VALUES (?1, ?2) ON CONFLICT(key) DO NOTHING",
    )?
    .execute(params![key, display])?;
    let id: RowId = tx
        .prepare_cached("SELECT id FROM customers WHERE key = ?1")?
        .query_row([&key], |r| r.get(0))?;
    add_identity(tx, id, channel, address)?;
    Ok(id)
}

fn add_identity(
    tx: &Transaction,
    customer_id: RowId,
    channel: Channel,
    handle: &str,
) -> StoreResult<()> {
    if handle.is_empty() {
        return Ok(());
    }
    tx.prepare_cached(
        "INSERT INTO customer_identities (customer_id, channel, handle) VALUES (?1, ?2, ?3)
         ON CONFLICT(channel, handle) DO NOTHING",
    )?
    .execute(params![customer_id, channel.as_str(), handle])?;
    Ok(())
}

fn new_conversation(
    tx: &Transaction,
    account: &Account,
    channel: Channel,
    customer_id: RowId,
    order: Option<KnownOrder>,
    parsed: &ParsedEmail,
    at: UtcMillis,
) -> StoreResult<RowId> {
    tx.prepare_cached(
        "INSERT INTO conversations (channel, store_id, customer_id, order_id, subject, status, priority,
             category, created_at, last_activity_at, due_at, sort_due)
         VALUES (?1, ?2, ?3, ?4, ?5, 'open', 'normal', 'other', ?6, ?6, NULL, ?7)",
    )?
    .execute(params![
        channel.as_str(),
        order.map(|o| o.store_id).unwrap_or(account.store_id),
        customer_id,
        order.map(|o| o.id),
        parsed.subject,
        at,
        sort_due(None),
    ])?;
    Ok(tx.last_insert_rowid())
}

/// A buyer writing again into a resolved or closed conversation opens it again.
fn reopen_if_closed(tx: &Transaction, conversation_id: RowId, at: UtcMillis) -> StoreResult<()> {
    let reopened = tx
        .prepare_cached(
            "UPDATE conversations SET status = 'open' WHERE id = ?1 AND status IN ('resolved', 'closed')
                 AND last_activity_at < ?2",
        )?
        .execute(params![conversation_id, at])?;
    if reopened > 0 {
        tx.prepare_cached(
            "INSERT INTO conversation_events (conversation_id, at, kind, status) VALUES (?1, ?2, 'status', 'open')",
        )?
        .execute(params![conversation_id, at])?;
    }
    Ok(())
}
