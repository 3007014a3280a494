//! The breach warning (Qianniu-style): a background task that sleeps until the next clock's
//! warning instant, then tells the shell which conversations just started warning and which of
//! them is due soonest, so the agent can jump to it. Time comes from the workspace's
//! [`crate::Clock`]; any change to the data wakes the task early, because a reply or a new
//! policy moves the warning instants.

use crate::Workspace;
use bridgedesk_model::{RowId, SlaWarning, UtcMillis};
use bridgedesk_store::SlaWatch;
use std::collections::BTreeSet;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// The longest the task sleeps without looking again (the system may have been suspended, or
/// its clock set, while it slept).
const LONGEST_NAP_MS: i64 = 60_000;

/// After a change, wait this long before looking: a burst of writes (loading the demo,
/// recomputing history) is looked at once, and a window that just opened is listening.
const SETTLE_MS: u64 = 1_500;

/// What the watcher remembers between looks: the warnings it already reported, as
/// (conversation, warning instant). A conversation is reported once per warning instant: again
/// only when a change (a reply, a new policy) gave it a new one that was reached too.
#[derive(Debug, Default)]
pub struct BreachWatch {
    reported: BTreeSet<(RowId, UtcMillis)>,
}

/// The outcome of one look.
#[derive(Debug, Clone, PartialEq)]
pub struct BreachLook {
    /// The warning to show, if any conversation started warning.
    pub warning: Option<SlaWarning>,
    /// The next warning instant after now: when to look again.
    pub wake_at: Option<UtcMillis>,
}

impl BreachWatch {
    /// A watcher that has not looked yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Looks at the watch list at `now` (pure: the list and the instant are arguments).
    pub fn look(&mut self, list: &[SlaWatch], now: UtcMillis) -> BreachLook {
        let warning_now: Vec<&SlaWatch> = list
            .iter()
            .filter(|w| w.warn_at <= now && now < w.due_at)
            .collect();
        let fresh: Vec<&SlaWatch> = warning_now
            .iter()
            .copied()
            .filter(|w| !self.reported.contains(&(w.id, w.warn_at)))
            .collect();
        let warning = fresh
            .iter()
            .min_by_key(|w| (w.due_at, w.id))
            .map(|urgent| SlaWarning {
                count: fresh.len() as u32,
                most_urgent_id: urgent.id,
                most_urgent_subject: urgent.subject.clone(),
                most_urgent_due_at: urgent.due_at,
            });
        // Forget what is no longer warning, so memory stays the size of the warning list.
        self.reported = warning_now.iter().map(|w| (w.id, w.warn_at)).collect();
        let wake_at = list.iter().map(|w| w.warn_at).filter(|&at| at > now).min();
        BreachLook { warning, wake_at }
    }
}

/// Wakes the breach task when the data changes.
#[derive(Debug, Default)]
pub struct DataChanged {
    generation: Mutex<u64>,
    signal: Condvar,
}

impl DataChanged {
    /// Something changed: look again now.
    pub fn notify(&self) {
        let mut generation = self.generation.lock().unwrap_or_else(|p| p.into_inner());
        *generation += 1;
        self.signal.notify_all();
    }

    /// The current generation.
    fn generation(&self) -> u64 {
        *self.generation.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits until the generation moves past `seen` or `timeout` passes; true on a change.
    fn wait(&self, seen: u64, timeout: Duration) -> bool {
        let guard = self.generation.lock().unwrap_or_else(|p| p.into_inner());
        let (guard, _) = self
            .signal
            .wait_timeout_while(guard, timeout, |g| *g == seen)
            .unwrap_or_else(|p| p.into_inner());
        *guard != seen
    }
}

/// Starts the breach-warning task for the life of the app.
pub fn spawn_breach_watch(
    workspace: Arc<Workspace>,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("sla-breach-watch".into())
        .spawn(move || {
            let mut watch = BreachWatch::new();
            loop {
                let seen = workspace.data_changed().generation();
                let wake_at = match workspace.look_for_breaches(&mut watch) {
                    Ok(wake_at) => wake_at,
                    Err(err) => {
                        tracing::debug!("SLA breach watch skipped a look: {err}");
                        None
                    }
                };
                let now = workspace.now();
                let nap = wake_at.map_or(LONGEST_NAP_MS, |at| (at - now).clamp(0, LONGEST_NAP_MS));
                let changed = workspace
                    .data_changed()
                    .wait(seen, Duration::from_millis(nap as u64));
                if changed {
                    std::thread::sleep(Duration::from_millis(SETTLE_MS));
                }
            }
        })
}
