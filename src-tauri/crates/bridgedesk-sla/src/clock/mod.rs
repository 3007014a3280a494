//! SLA clocks as values: what a clock measures, its due / warning / satisfied / breached
//! instants, its status, and the audit trail that lets the UI explain it ("started by the buyer's
//! message at 09:12, paused while waiting on the buyer, resumed, breached at 17:00").
//!
//! `compute.rs` derives them from a conversation's events; `run.rs` is the state machine of one
//! clock (start, pause freezing the remaining time, resume, satisfy, stop, breach).

mod compute;
mod run;

pub use compute::compute;
pub(crate) use run::{Run, RunSpec};

use crate::marketplace::MarketplaceRule;
use crate::policy::TimeBasis;
use crate::DurationMillis;
use bridgedesk_model::{ConversationStatus, UtcMillis};
use serde::{Deserialize, Serialize};

/// What a clock measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// First buyer message → first qualifying reply.
    FirstResponse,
    /// Oldest unanswered buyer message → next qualifying reply (one clock per cycle).
    NextResponse,
    /// First buyer message → first resolution.
    Resolution,
    /// First buyer message → final resolution, reopen-inclusive.
    TotalResolution,
    /// A marketplace's own response clock.
    Marketplace(MarketplaceRule),
}

/// Where a clock stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockStatus {
    /// Counting towards its due instant.
    Running,
    /// Frozen while waiting on the buyer; the remaining time is kept.
    Paused,
    /// Met in time.
    Satisfied,
    /// Its due instant passed while it was running (it may have been met late since).
    Breached,
    /// Ended without being met or breached: resolved without a reply, "no response needed",
    /// or excluded by a marketplace rule.
    Stopped,
}

/// What happened to a clock, for the audit trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditEvent {
    /// The clock started.
    Started,
    /// The clock paused (remaining time frozen).
    Paused,
    /// The clock resumed with the frozen remaining time.
    Resumed,
    /// The clock was met.
    Satisfied,
    /// The due instant passed.
    Breached,
    /// The clock ended without being met.
    Stopped,
    /// A resolved conversation was reopened (total resolution runs again).
    Reopened,
    /// Something that looks like an answer did not count (auto-reply, note, queued reply).
    Ignored,
    /// A message was excluded from a marketplace clock.
    Excluded,
    /// The policy's calendar is missing: the clock counts calendar time instead.
    CalendarTimeFallback,
}

/// Why it happened: stable codes the UI maps to Fluent messages (`sla-reason-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditReason {
    /// A buyer message.
    BuyerMessage,
    /// The oldest buyer message not yet answered.
    OldestUnansweredBuyerMessage,
    /// A qualifying reply (public, human, accepted by the channel).
    AgentReply,
    /// Status set to pending (waiting on the buyer).
    StatusPending,
    /// Status set back to open by an agent.
    StatusOpen,
    /// Status set to resolved.
    Resolved,
    /// Status set to closed.
    Closed,
    /// The due instant passed without a qualifying reply.
    DeadlinePassed,
    /// An automatic reply.
    AutoReply,
    /// An internal note.
    InternalNote,
    /// A reply still queued, sending or failed.
    ReplyNotAccepted,
    /// An outgoing message not written by a human agent.
    NotHumanAuthor,
    /// Marked "no response needed".
    NoResponseNeeded,
    /// Received while the shop was in marketplace holiday mode.
    HolidayMode,
    /// The seller started the chat (TikTok Shop excludes those).
    SellerInitiated,
    /// The target's calendar is not in the calendar set.
    CalendarMissing,
    /// An eBay item-not-received request was opened.
    ItemNotReceivedOpened,
    /// The eBay item-not-received request was answered.
    ItemNotReceivedAnswered,
    /// The marketplace measures only the first reply of a chat (Shopee).
    FirstReplyOnly,
}

/// One line of a clock's audit trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// When.
    pub at: UtcMillis,
    /// What.
    pub event: AuditEvent,
    /// Why.
    pub reason: AuditReason,
}

/// One computed clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaClock {
    /// What it measures.
    pub metric: Metric,
    /// The version of the policy that produced it (`None` for marketplace clocks).
    pub policy_version: Option<u32>,
    /// Business or calendar time.
    pub basis: TimeBasis,
    /// The target length, in the basis.
    pub target_ms: DurationMillis,
    /// When it started.
    pub started_at: UtcMillis,
    /// The due instant (absent while paused before any breach).
    pub due_at: Option<UtcMillis>,
    /// When to warn: due minus the lead (calendar time).
    pub warn_at: Option<UtcMillis>,
    /// When it was met.
    pub satisfied_at: Option<UtcMillis>,
    /// When it breached (its due instant).
    pub breached_at: Option<UtcMillis>,
    /// When it ended without being met (resolved without a reply, no response needed).
    pub stopped_at: Option<UtcMillis>,
    /// The frozen remaining time while paused.
    pub paused_remaining_ms: Option<DurationMillis>,
    /// Where it stands.
    pub status: ClockStatus,
    /// Why it stands there.
    pub audit: Vec<AuditEntry>,
}

impl SlaClock {
    /// True while it still counts towards (or past) its due instant: not met, not stopped, not
    /// paused. A breached clock still waiting for its reply is counting.
    pub fn is_counting(&self) -> bool {
        self.satisfied_at.is_none()
            && self.stopped_at.is_none()
            && self.paused_remaining_ms.is_none()
    }

    /// True when it is running and `now` is at or past the warning instant (and not breached).
    pub fn is_warning(&self, now: UtcMillis) -> bool {
        self.status == ClockStatus::Running && self.warn_at.is_some_and(|w| now >= w)
    }
}

/// The internal clocks of one conversation under one policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaState {
    /// The policy applied.
    pub policy_id: String,
    /// Its version.
    pub policy_version: u32,
    /// The conversation's status after the last event.
    pub status: ConversationStatus,
    /// First response, once the buyer has written.
    pub first_response: Option<SlaClock>,
    /// One clock per next-response cycle, oldest first (the current one is last).
    pub next_responses: Vec<SlaClock>,
    /// First resolution.
    pub resolution: Option<SlaClock>,
    /// Total (reopen-inclusive) resolution.
    pub total_resolution: Option<SlaClock>,
}

impl SlaState {
    /// The current (latest) next-response clock.
    pub fn next_response(&self) -> Option<&SlaClock> {
        self.next_responses.last()
    }

    /// Every clock, first response first.
    pub fn clocks(&self) -> impl Iterator<Item = &SlaClock> {
        self.first_response
            .iter()
            .chain(self.next_responses.iter())
            .chain(self.resolution.iter())
            .chain(self.total_resolution.iter())
    }

    /// The nearest due instant among counting clocks, breached ones included (their due is in
    /// the past, so they sort first): what the inbox sorts by.
    pub fn nearest_due(&self) -> Option<UtcMillis> {
        self.clocks()
            .filter(|c| c.is_counting())
            .filter_map(|c| c.due_at)
            .min()
    }

    /// True when any clock has breached.
    pub fn any_breached(&self) -> bool {
        self.clocks().any(|c| c.breached_at.is_some())
    }
}
