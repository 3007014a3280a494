//! The state machine of one clock while a conversation's events are replayed.
//!
//! Pausing freezes the remaining time, measured in the clock's own basis (business time stays
//! business time), and resuming sets the due instant to "resume + remaining" in that basis
//! (sla-semantics.md §4.7, "Pause"). A breach is recorded at the due instant once an instant
//! strictly after it is observed without the clock being met: a reply exactly at the due instant
//! is in time. After a breach the due instant no longer moves.

use super::{AuditEntry, AuditEvent, AuditReason, ClockStatus, Metric, SlaClock};
use crate::policy::{Meter, TimeBasis};
use crate::DurationMillis;
use bridgedesk_model::UtcMillis;

#[derive(Debug, Clone, Copy)]
enum State {
    Running {
        due: UtcMillis,
    },
    Paused {
        remaining: DurationMillis,
    },
    /// Met; `due` or `remaining` is what a reopen would continue from.
    Satisfied {
        due: Option<UtcMillis>,
        remaining: DurationMillis,
    },
    Stopped,
}

/// One clock being computed.
#[derive(Debug, Clone)]
pub(crate) struct Run<'a> {
    clock: SlaClock,
    meter: Meter<'a>,
    lead: DurationMillis,
    state: State,
}

/// What a clock needs to start: metric, basis, arithmetic, target, warning lead.
#[derive(Debug, Clone)]
pub(crate) struct RunSpec<'a> {
    pub(crate) metric: Metric,
    pub(crate) policy_version: Option<u32>,
    pub(crate) basis: TimeBasis,
    pub(crate) meter: Meter<'a>,
    pub(crate) target_ms: DurationMillis,
    pub(crate) lead_ms: DurationMillis,
}

impl<'a> Run<'a> {
    /// Starts at `at` with the due instant `target` after it in the spec's basis.
    pub(crate) fn start(spec: &RunSpec<'a>, at: UtcMillis, reason: AuditReason) -> Self {
        let due = spec.meter.add(at, spec.target_ms);
        Self::start_with_due(spec, at, due, reason)
    }

    /// Starts at `at` with a due instant fixed by a rule (Lazada's daily cut-off).
    pub(crate) fn start_with_due(
        spec: &RunSpec<'a>,
        at: UtcMillis,
        due: UtcMillis,
        reason: AuditReason,
    ) -> Self {
        let clock = SlaClock {
            metric: spec.metric,
            policy_version: spec.policy_version,
            basis: spec.basis.clone(),
            target_ms: spec.target_ms,
            started_at: at,
            due_at: Some(due),
            warn_at: None,
            satisfied_at: None,
            breached_at: None,
            stopped_at: None,
            paused_remaining_ms: None,
            status: ClockStatus::Running,
            audit: vec![AuditEntry {
                at,
                event: AuditEvent::Started,
                reason,
            }],
        };
        Self {
            clock,
            meter: spec.meter,
            lead: spec.lead_ms,
            state: State::Running { due },
        }
    }

    /// Adds an audit line without changing the clock.
    pub(crate) fn note(&mut self, at: UtcMillis, event: AuditEvent, reason: AuditReason) {
        self.clock.audit.push(AuditEntry { at, event, reason });
    }

    /// Running or paused: still waiting for what it measures.
    pub(crate) fn is_active(&self) -> bool {
        matches!(self.state, State::Running { .. } | State::Paused { .. })
    }

    /// Records the breach if the due instant is before `t` and the clock is still running.
    pub(crate) fn observe(&mut self, t: UtcMillis) {
        if let State::Running { due } = self.state {
            if self.clock.breached_at.is_none() && due < t {
                self.clock.breached_at = Some(due);
                self.note(due, AuditEvent::Breached, AuditReason::DeadlinePassed);
            }
        }
    }

    /// Freezes the remaining time.
    pub(crate) fn pause(&mut self, t: UtcMillis, reason: AuditReason) {
        if let State::Running { due } = self.state {
            let remaining = if self.clock.breached_at.is_some() {
                0
            } else {
                self.meter.measure(t, due)
            };
            self.state = State::Paused { remaining };
            self.note(t, AuditEvent::Paused, reason);
        }
    }

    /// Continues with the frozen remaining time (a breached clock keeps its due instant).
    pub(crate) fn resume(&mut self, t: UtcMillis, reason: AuditReason) {
        if let State::Paused { remaining } = self.state {
            let due = match (self.clock.breached_at, self.clock.due_at) {
                (Some(_), Some(old)) => old,
                _ => self.meter.add(t, remaining),
            };
            self.clock.due_at = Some(due);
            self.state = State::Running { due };
            self.note(t, AuditEvent::Resumed, reason);
        }
    }

    /// Met at `t` (running or paused); false when it was not waiting.
    pub(crate) fn satisfy(&mut self, t: UtcMillis, reason: AuditReason) -> bool {
        let (due, remaining) = match self.state {
            State::Running { due } => (Some(due), 0),
            State::Paused { remaining } => {
                if self.clock.breached_at.is_none() {
                    self.clock.due_at = None;
                }
                (None, remaining)
            }
            _ => return false,
        };
        self.state = State::Satisfied { due, remaining };
        self.clock.satisfied_at = Some(t);
        self.note(t, AuditEvent::Satisfied, reason);
        true
    }

    /// Ends without being met (running or paused).
    pub(crate) fn stop(&mut self, t: UtcMillis, reason: AuditReason) {
        if self.is_active() {
            if let State::Paused { .. } = self.state {
                if self.clock.breached_at.is_none() {
                    self.clock.due_at = None;
                }
            }
            self.state = State::Stopped;
            self.clock.stopped_at = Some(t);
            self.note(t, AuditEvent::Stopped, reason);
        }
    }

    /// A met clock counts again (total resolution after a reopen), running or paused.
    pub(crate) fn reopen(&mut self, t: UtcMillis, reason: AuditReason, paused: bool) {
        let State::Satisfied { due, remaining } = self.state else {
            return;
        };
        let remaining = match (due, self.clock.satisfied_at) {
            _ if self.clock.breached_at.is_some() => 0,
            (Some(due), Some(met)) => self.meter.measure(met, due),
            _ => remaining,
        };
        self.clock.satisfied_at = None;
        self.note(t, AuditEvent::Reopened, reason);
        self.state = State::Paused { remaining };
        if !paused {
            self.resume(t, reason);
            // `resume` wrote its own line; one "reopened" line explains it.
            self.clock.audit.pop();
        }
    }

    /// The clock as it stands.
    pub(crate) fn finish(mut self) -> SlaClock {
        let breached = self.clock.breached_at.is_some();
        let clock = &mut self.clock;
        clock.status = match self.state {
            _ if breached => ClockStatus::Breached,
            State::Running { .. } => ClockStatus::Running,
            State::Paused { .. } => ClockStatus::Paused,
            State::Satisfied { .. } => ClockStatus::Satisfied,
            State::Stopped => ClockStatus::Stopped,
        };
        match self.state {
            State::Running { due } => clock.due_at = Some(due),
            State::Paused { remaining } => {
                clock.paused_remaining_ms = Some(remaining);
                if !breached {
                    clock.due_at = None;
                }
            }
            _ => {}
        }
        clock.warn_at = match (clock.due_at, self.lead) {
            (Some(due), lead) if lead > 0 => Some(due.saturating_sub(lead)),
            _ => None,
        };
        self.clock
    }
}
