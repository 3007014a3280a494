//! The internal clocks of a conversation as a pure function of its events, the policy (and its
//! version) and the calendars: `compute(events, policy, calendars, now)`.
//!
//! Semantics (sla-semantics.md §4.7, Zendesk / Zammad / Plain):
//! - **First response** starts at the first buyer message and is met by the first qualifying
//!   reply after it. A reply before any buyer message (agent-initiated conversation) answers
//!   nothing; the buyer's first message then starts the first-response clock.
//! - **Next response** starts, once the first response is over, at the **oldest** buyer message
//!   not yet answered, and is met by the next qualifying reply; each cycle is its own clock, so
//!   each unanswered stretch can breach at most once (Chatwoot).
//! - **Resolution** runs from the first buyer message to the first resolve or close;
//!   **total resolution** also counts the time after a reopen.
//! - **Pending** pauses every running clock and freezes its remaining time; any buyer message,
//!   or an agent setting the status back to open, resumes it (deadline = resume + remaining in
//!   the clock's basis). **Resolved / closed** stops the response clocks (status `stopped`: no
//!   reply was needed any more) and meets the resolution clocks; a buyer message reopens.
//! - "No response needed" stops the response clock that is waiting.
//! - Auto-replies, internal notes, and replies not yet accepted by the channel never meet a
//!   clock; they leave an `ignored` line in the audit of the clock that is waiting.
//! - Events after `now` (including replies accepted after `now`) are not yet seen.

use super::run::{Run, RunSpec};
use super::{AuditEvent, AuditReason, Metric, SlaState};
use crate::calendar::CalendarSet;
use crate::event::{effective_order, ReplyEffect, SlaEvent, SlaEventKind};
use crate::policy::{Meter, Policy, Target, TimeBasis};
use bridgedesk_model::{ConversationStatus, UtcMillis};

/// Computes the internal SLA clocks of one conversation at `now`. A business-time target whose
/// calendar is missing counts calendar time and says so in its audit
/// ([`AuditEvent::CalendarTimeFallback`]); use `PolicySet::validate` to catch that earlier.
pub fn compute(
    events: &[SlaEvent],
    policy: &Policy,
    calendars: &CalendarSet,
    now: UtcMillis,
) -> SlaState {
    let mut engine = Engine::new(policy, calendars);
    for (t, index) in effective_order(events, now) {
        engine.observe(t);
        engine.apply(t, &events[index]);
    }
    engine.observe(now);
    engine.finish()
}

/// A target resolved against the calendars.
struct Spec<'a> {
    run: RunSpec<'a>,
    calendar_missing: bool,
}

fn spec<'a>(
    metric: Metric,
    target: Option<&Target>,
    policy: &Policy,
    calendars: &'a CalendarSet,
) -> Option<Spec<'a>> {
    let target = target?;
    let (meter, calendar_missing) = match &target.basis {
        TimeBasis::Calendar => (Meter::Calendar, false),
        TimeBasis::Business { calendar_id } => match calendars.get(calendar_id) {
            Some(cal) => (Meter::Business(cal), false),
            None => (Meter::Calendar, true),
        },
    };
    Some(Spec {
        run: RunSpec {
            metric,
            policy_version: Some(policy.version),
            basis: target.basis.clone(),
            meter,
            target_ms: target.within_ms.max(0),
            lead_ms: target.warn_before_ms.unwrap_or(policy.warn_before_ms),
        },
        calendar_missing,
    })
}

fn start<'a>(spec: &Option<Spec<'a>>, at: UtcMillis, reason: AuditReason) -> Option<Run<'a>> {
    let spec = spec.as_ref()?;
    let mut run = Run::start(&spec.run, at, reason);
    if spec.calendar_missing {
        run.note(
            at,
            AuditEvent::CalendarTimeFallback,
            AuditReason::CalendarMissing,
        );
    }
    Some(run)
}

struct Engine<'a> {
    policy: &'a Policy,
    first_spec: Option<Spec<'a>>,
    next_spec: Option<Spec<'a>>,
    resolution_spec: Option<Spec<'a>>,
    total_spec: Option<Spec<'a>>,
    status: ConversationStatus,
    started: bool,
    /// The first buyer message is still waiting for its first response.
    first_pending: bool,
    /// The oldest buyer message not yet answered.
    unanswered_since: Option<UtcMillis>,
    first: Option<Run<'a>>,
    next: Vec<Run<'a>>,
    resolution: Option<Run<'a>>,
    total: Option<Run<'a>>,
}

impl<'a> Engine<'a> {
    fn new(policy: &'a Policy, calendars: &'a CalendarSet) -> Self {
        let p = policy;
        Self {
            policy,
            first_spec: spec(
                Metric::FirstResponse,
                p.first_response.as_ref(),
                p,
                calendars,
            ),
            next_spec: spec(Metric::NextResponse, p.next_response.as_ref(), p, calendars),
            resolution_spec: spec(Metric::Resolution, p.resolution.as_ref(), p, calendars),
            total_spec: spec(
                Metric::TotalResolution,
                p.total_resolution.as_ref(),
                p,
                calendars,
            ),
            status: ConversationStatus::Open,
            started: false,
            first_pending: false,
            unanswered_since: None,
            first: None,
            next: Vec::new(),
            resolution: None,
            total: None,
        }
    }

    /// Every clock that can still change (only the latest next-response cycle can).
    fn for_each_run(&mut self, mut f: impl FnMut(&mut Run<'a>)) {
        let runs = self
            .first
            .iter_mut()
            .chain(self.next.last_mut())
            .chain(self.resolution.iter_mut())
            .chain(self.total.iter_mut());
        for run in runs {
            f(run);
        }
    }

    /// The response clock waiting for a reply, if any.
    fn waiting_response(&mut self) -> Option<&mut Run<'a>> {
        self.unanswered_since?;
        let run = if self.first_pending {
            self.first.as_mut()
        } else {
            self.next.last_mut()
        };
        run.filter(|r| r.is_active())
    }

    fn observe(&mut self, t: UtcMillis) {
        self.for_each_run(|r| r.observe(t));
    }

    fn apply(&mut self, t: UtcMillis, event: &SlaEvent) {
        match event.reply_effect() {
            ReplyEffect::Qualifying(_) => self.on_reply(t),
            ReplyEffect::Ignored(reason) => {
                if let Some(run) = self.waiting_response() {
                    run.note(t, AuditEvent::Ignored, reason);
                }
            }
            ReplyEffect::NotAReply => match &event.kind {
                SlaEventKind::BuyerMessage => self.on_buyer(t),
                SlaEventKind::StatusChanged { status } => self.on_status(t, *status),
                SlaEventKind::NoResponseNeeded => {
                    if let Some(run) = self.waiting_response() {
                        run.stop(t, AuditReason::NoResponseNeeded);
                    }
                    self.unanswered_since = None;
                    self.first_pending = false;
                }
                _ => {}
            },
        }
    }

    fn on_buyer(&mut self, t: UtcMillis) {
        match self.status {
            ConversationStatus::Pending => {
                self.for_each_run(|r| r.resume(t, AuditReason::BuyerMessage))
            }
            ConversationStatus::Resolved | ConversationStatus::Closed => {
                if let Some(total) = self.total.as_mut() {
                    total.reopen(t, AuditReason::BuyerMessage, false);
                }
            }
            ConversationStatus::Open => {}
        }
        self.status = ConversationStatus::Open;
        if !self.started {
            self.started = true;
            self.first_pending = true;
            self.unanswered_since = Some(t);
            self.first = start(&self.first_spec, t, AuditReason::BuyerMessage);
            self.resolution = start(&self.resolution_spec, t, AuditReason::BuyerMessage);
            self.total = start(&self.total_spec, t, AuditReason::BuyerMessage);
            return;
        }
        if self.unanswered_since.is_none() {
            self.unanswered_since = Some(t);
            if !self.first_pending {
                let reason = AuditReason::OldestUnansweredBuyerMessage;
                if let Some(run) = start(&self.next_spec, t, reason) {
                    self.next.push(run);
                }
            }
        }
    }

    fn on_reply(&mut self, t: UtcMillis) {
        if self.unanswered_since.take().is_none() {
            return;
        }
        let run = if std::mem::take(&mut self.first_pending) {
            self.first.as_mut()
        } else {
            self.next.last_mut()
        };
        if let Some(run) = run {
            run.satisfy(t, AuditReason::AgentReply);
        }
    }

    fn on_status(&mut self, t: UtcMillis, status: ConversationStatus) {
        use ConversationStatus as S;
        let was_done = matches!(self.status, S::Resolved | S::Closed);
        match status {
            S::Pending if self.status != S::Pending => {
                if was_done {
                    if let Some(total) = self.total.as_mut() {
                        total.reopen(t, AuditReason::StatusPending, true);
                    }
                } else {
                    self.for_each_run(|r| r.pause(t, AuditReason::StatusPending));
                }
            }
            S::Open if self.status == S::Pending => {
                self.for_each_run(|r| r.resume(t, AuditReason::StatusOpen));
            }
            S::Open if was_done => {
                if let Some(total) = self.total.as_mut() {
                    total.reopen(t, AuditReason::StatusOpen, false);
                }
            }
            S::Resolved | S::Closed if !was_done => {
                let reason = if status == S::Resolved {
                    AuditReason::Resolved
                } else {
                    AuditReason::Closed
                };
                if let Some(run) = self.waiting_response() {
                    run.stop(t, reason);
                }
                self.unanswered_since = None;
                self.first_pending = false;
                for run in self.resolution.iter_mut().chain(self.total.iter_mut()) {
                    run.satisfy(t, reason);
                }
            }
            _ => {}
        }
        self.status = status;
    }

    fn finish(self) -> SlaState {
        SlaState {
            policy_id: self.policy.id.clone(),
            policy_version: self.policy.version,
            status: self.status,
            first_response: self.first.map(Run::finish),
            next_responses: self.next.into_iter().map(Run::finish).collect(),
            resolution: self.resolution.map(Run::finish),
            total_resolution: self.total.map(Run::finish),
        }
    }
}
