//! The events of a conversation that SLA clocks react to, and the one rule that decides whether
//! an outgoing message is a *qualifying reply* (sla-semantics.md §4.7): public, written by a
//! human agent, and accepted by the channel — a reply queued offline counts at the instant the
//! channel accepted it, never at compose time; internal notes and auto-replies never count.

use bridgedesk_model::{AuthorKind, ConversationStatus, DeliveryState, UtcMillis};
use serde::{Deserialize, Serialize};

/// One thing that happened in a conversation, at a UTC instant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaEvent {
    /// When it happened (for a reply: when it was written).
    pub at: UtcMillis,
    /// What happened.
    pub kind: SlaEventKind,
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SlaEventKind {
    /// The buyer wrote (any channel).
    BuyerMessage,
    /// Someone on the seller's side wrote an outgoing message or a note.
    AgentReply {
        /// Who wrote it: only [`AuthorKind::Agent`] can qualify.
        author: AuthorKind,
        /// False for an internal note.
        public: bool,
        /// Where it is in the outbox.
        delivery: DeliveryState,
        /// When the channel accepted it (falls back to `at` for a sent reply without it).
        accepted_at: Option<UtcMillis>,
    },
    /// An automatic reply (rule, chatbot, away message): never satisfies a clock.
    AutoReply,
    /// The conversation's status changed (pending pauses, open resumes, resolved/closed stop).
    StatusChanged {
        /// The new status.
        status: ConversationStatus,
    },
    /// An agent marked the buyer's messages as needing no response (Amazon's "no response
    /// needed"): the unanswered messages stop counting.
    NoResponseNeeded,
    /// The shop's marketplace holiday (vacation) mode was switched on or off (TikTok Shop
    /// excludes chats received in holiday mode).
    HolidayMode {
        /// True when switched on.
        on: bool,
    },
    /// The buyer opened an eBay item-not-received request.
    ItemNotReceivedOpened,
    /// The seller answered it on eBay (tracking added, refund issued or otherwise resolved).
    ItemNotReceivedAnswered,
}

/// How an event counts as a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReplyEffect {
    /// A qualifying reply, at the instant the channel accepted it.
    Qualifying(UtcMillis),
    /// An outgoing message that does not count, and why.
    Ignored(crate::clock::AuditReason),
    /// Not an outgoing message at all.
    NotAReply,
}

impl SlaEvent {
    /// A buyer's message.
    pub fn buyer(at: UtcMillis) -> Self {
        Self {
            at,
            kind: SlaEventKind::BuyerMessage,
        }
    }

    /// A public reply by a human agent, accepted by the channel when it was written.
    pub fn reply(at: UtcMillis) -> Self {
        Self::reply_accepted(at, at)
    }

    /// A public reply by a human agent, written at `at` and accepted by the channel at
    /// `accepted_at` (a reply queued offline).
    pub fn reply_accepted(at: UtcMillis, accepted_at: UtcMillis) -> Self {
        Self {
            at,
            kind: SlaEventKind::AgentReply {
                author: AuthorKind::Agent,
                public: true,
                delivery: DeliveryState::Accepted,
                accepted_at: Some(accepted_at),
            },
        }
    }

    /// A public reply by a human agent still waiting in the outbox.
    pub fn reply_queued(at: UtcMillis) -> Self {
        Self {
            at,
            kind: SlaEventKind::AgentReply {
                author: AuthorKind::Agent,
                public: true,
                delivery: DeliveryState::Queued,
                accepted_at: None,
            },
        }
    }

    /// An internal note by an agent.
    pub fn internal_note(at: UtcMillis) -> Self {
        Self {
            at,
            kind: SlaEventKind::AgentReply {
                author: AuthorKind::Agent,
                public: false,
                delivery: DeliveryState::Accepted,
                accepted_at: Some(at),
            },
        }
    }

    /// An automatic reply.
    pub fn auto_reply(at: UtcMillis) -> Self {
        Self {
            at,
            kind: SlaEventKind::AutoReply,
        }
    }

    /// A status change.
    pub fn status(at: UtcMillis, status: ConversationStatus) -> Self {
        Self {
            at,
            kind: SlaEventKind::StatusChanged { status },
        }
    }

    /// Any other event kind at an instant.
    pub fn new(at: UtcMillis, kind: SlaEventKind) -> Self {
        Self { at, kind }
    }

    /// The instant at which the event takes effect: a qualifying reply's acceptance instant,
    /// otherwise `at`.
    pub fn effective_at(&self) -> UtcMillis {
        match self.reply_effect() {
            ReplyEffect::Qualifying(t) => t,
            _ => self.at,
        }
    }

    pub(crate) fn reply_effect(&self) -> ReplyEffect {
        use crate::clock::AuditReason as R;
        match &self.kind {
            SlaEventKind::AutoReply => ReplyEffect::Ignored(R::AutoReply),
            SlaEventKind::AgentReply {
                author,
                public,
                delivery,
                accepted_at,
            } => {
                if *author == AuthorKind::Auto {
                    ReplyEffect::Ignored(R::AutoReply)
                } else if *author != AuthorKind::Agent {
                    ReplyEffect::Ignored(R::NotHumanAuthor)
                } else if !public {
                    ReplyEffect::Ignored(R::InternalNote)
                } else if matches!(delivery, DeliveryState::Sent | DeliveryState::Accepted) {
                    ReplyEffect::Qualifying(accepted_at.unwrap_or(self.at))
                } else {
                    ReplyEffect::Ignored(R::ReplyNotAccepted)
                }
            }
            _ => ReplyEffect::NotAReply,
        }
    }
}

/// The events that have happened by `now`, in the order they take effect (stable for equal
/// instants, so input order breaks ties).
pub(crate) fn effective_order(events: &[SlaEvent], now: UtcMillis) -> Vec<(UtcMillis, usize)> {
    let mut order: Vec<(UtcMillis, usize)> = events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.effective_at(), i))
        .filter(|&(t, _)| t <= now)
        .collect();
    order.sort_unstable();
    order
}
