//! Time as a dependency: the workspace asks a [`Clock`], so tests fix "now".

use bridgedesk_model::UtcMillis;
use std::sync::atomic::{AtomicI64, Ordering};

/// Where the current instant comes from.
pub trait Clock: Send + Sync {
    /// Now, in UTC milliseconds.
    fn now(&self) -> UtcMillis;
}

/// The system clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> UtcMillis {
        chrono::Utc::now().timestamp_millis()
    }
}

/// A clock that says what it is told (tests).
pub struct FixedClock(AtomicI64);

impl FixedClock {
    /// A clock stopped at `at`.
    pub fn at(at: UtcMillis) -> Self {
        Self(AtomicI64::new(at))
    }

    /// Moves the clock forward.
    pub fn advance(&self, millis: i64) {
        self.0.fetch_add(millis, Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> UtcMillis {
        self.0.load(Ordering::SeqCst)
    }
}
