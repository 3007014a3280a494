//! Which conversation a message joins. Pure and cheap for the store: [`thread_candidates`] lists
//! the keys to look up (Message-IDs, then one subject key), and [`decide_thread`] applies the
//! rules through a [`ConversationLookup`] the store implements with indexed queries.
//!
//! Order of evidence: In-Reply-To, then References newest first, then — for clients that drop
//! those headers — the normalized subject (reply/forward prefixes stripped in many languages)
//! together with shared participants, within a time window of the conversation's last message.

use serde::Serialize;

use crate::{normalize_subject, ParsedMail, UtcMillis};

/// The default window of the subject fallback: 30 days between the message and the
/// conversation's latest message.
pub const DEFAULT_SUBJECT_WINDOW_MS: i64 = 30 * 24 * 60 * 60 * 1000;

/// The subject fallback key: normalized subject plus the participants of the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubjectKey {
    /// [`normalize_subject`] of the message's subject; never empty.
    pub normalized_subject: String,
    /// Participant addresses, lower-cased, sorted, distinct.
    pub participants: Vec<String>,
}

/// What the store must look up to thread one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThreadCandidates {
    /// Message-IDs in the order they are tried: In-Reply-To, then References newest first.
    /// Distinct; the message's own id is excluded.
    pub message_ids: Vec<String>,
    /// The subject fallback, absent when the subject is empty once normalized.
    pub subject: Option<SubjectKey>,
}

/// Computes the keys to look up for `mail`.
pub fn thread_candidates(mail: &ParsedMail) -> ThreadCandidates {
    let own = mail.message_id.as_deref();
    let mut message_ids: Vec<String> = Vec::new();
    for id in mail.in_reply_to.iter().chain(mail.references.iter().rev()) {
        if Some(id.as_str()) != own && !message_ids.contains(id) {
            message_ids.push(id.clone());
        }
    }
    let normalized = normalize_subject(mail.subject.as_deref().unwrap_or(""));
    let subject = (!normalized.is_empty()).then(|| SubjectKey {
        normalized_subject: normalized,
        participants: mail.participants(),
    });
    ThreadCandidates {
        message_ids,
        subject,
    }
}

/// A conversation that has a message with the same normalized subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectCandidate<C> {
    /// The conversation.
    pub conversation: C,
    /// Participant addresses of the conversation (lower-cased).
    pub participants: Vec<String>,
    /// The time of the conversation's latest message.
    pub last_message_ms: UtcMillis,
}

/// The store's side of threading: answer for known Message-IDs and normalized subjects.
pub trait ConversationLookup {
    /// The conversation identifier (e.g. the store's row id).
    type Conversation: Clone;
    /// The conversation holding a message with this Message-ID, if any.
    fn by_message_id(&self, message_id: &str) -> Option<Self::Conversation>;
    /// Conversations holding a message whose normalized subject equals `normalized_subject`.
    fn by_subject(&self, normalized_subject: &str) -> Vec<SubjectCandidate<Self::Conversation>>;
}

/// Which evidence placed the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ThreadVia {
    /// The In-Reply-To header named a known message.
    InReplyTo,
    /// One of the References named a known message.
    References,
    /// Same normalized subject, shared participants, within the window.
    Subject,
}

/// The outcome of threading one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThreadDecision<C> {
    /// Join an existing conversation.
    Existing {
        /// The conversation.
        conversation: C,
        /// Why.
        via: ThreadVia,
    },
    /// Start a new conversation.
    New,
}

/// Decides the conversation of a message received (or dated) at `at_ms`. The subject fallback
/// accepts a candidate whose latest message is within `window_ms` of `at_ms` and which shares
/// the message's sender and at least one other participant (so a shop's identical "Your order"
/// subject to two buyers stays two conversations); among several, the most recent wins.
pub fn decide_thread<L: ConversationLookup>(
    mail: &ParsedMail,
    candidates: &ThreadCandidates,
    lookup: &L,
    at_ms: UtcMillis,
    window_ms: i64,
) -> ThreadDecision<L::Conversation> {
    for (index, id) in candidates.message_ids.iter().enumerate() {
        if let Some(conversation) = lookup.by_message_id(id) {
            let via = if index < mail.in_reply_to.len() && mail.in_reply_to.contains(id) {
                ThreadVia::InReplyTo
            } else {
                ThreadVia::References
            };
            return ThreadDecision::Existing { conversation, via };
        }
    }
    let Some(key) = &candidates.subject else {
        return ThreadDecision::New;
    };
    let sender = mail.sender().map(|s| s.key());
    let best = lookup
        .by_subject(&key.normalized_subject)
        .into_iter()
        .filter(|c| at_ms.abs_diff(c.last_message_ms) <= window_ms.unsigned_abs())
        .filter(|c| {
            let shared = key
                .participants
                .iter()
                .filter(|p| c.participants.contains(p))
                .count();
            let sender_shared = sender.as_ref().is_some_and(|s| c.participants.contains(s));
            sender_shared && shared >= key.participants.len().min(2)
        })
        .max_by_key(|c| c.last_message_ms);
    match best {
        Some(found) => ThreadDecision::Existing {
            conversation: found.conversation,
            via: ThreadVia::Subject,
        },
        None => ThreadDecision::New,
    }
}
