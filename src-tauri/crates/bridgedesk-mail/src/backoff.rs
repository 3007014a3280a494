//! Retry delays for reconnects and outbox retries: exponential, capped, jittered so that
//! many accounts (or many app instances behind one NAT) do not retry in lockstep. Pure:
//! the random factor is an argument.

use std::time::Duration;

/// Backoff parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// Delay after the first failure.
    pub base: Duration,
    /// Upper bound of any delay.
    pub cap: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            base: Duration::from_secs(2),
            cap: Duration::from_secs(300),
        }
    }
}

impl Backoff {
    /// Delay before attempt `failures + 1`: `base * 2^(failures-1)`, capped, then scaled
    /// by `jitter` in `[0, 1)` into the range `[delay/2, delay)` ("equal jitter").
    pub fn delay(&self, failures: u32, jitter: f64) -> Duration {
        let exp = failures.saturating_sub(1).min(20);
        let raw = self.base.saturating_mul(1u32 << exp).min(self.cap);
        let jitter = if jitter.is_finite() {
            jitter.clamp(0.0, 1.0)
        } else {
            0.0
        };
        raw / 2 + raw.mul_f64(jitter / 2.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_until_the_cap_and_jitters_within_half() {
        let b = Backoff {
            base: Duration::from_secs(2),
            cap: Duration::from_secs(60),
        };
        assert_eq!(b.delay(1, 0.0), Duration::from_secs(1));
        assert_eq!(b.delay(2, 0.0), Duration::from_secs(2));
        assert_eq!(b.delay(3, 0.0), Duration::from_secs(4));
        assert_eq!(b.delay(10, 0.0), Duration::from_secs(30));
        assert_eq!(b.delay(u32::MAX, 0.0), Duration::from_secs(30));
        assert!(b.delay(3, 0.999) < Duration::from_secs(8));
        assert!(b.delay(3, 0.999) > Duration::from_millis(7900));
        assert_eq!(b.delay(3, f64::NAN), Duration::from_secs(4));
    }
}
