//! Customer grade and segment from order history (RFM: recency, frequency, monetary value), with
//! thresholds the workspace sets in its settings. Pure: the caller passes `now`.

use crate::vocab::{CustomerGrade, CustomerSegment};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const DAY_MS: i64 = 86_400_000;

/// One past order of a customer, its value in minor units of the workspace's reporting currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastOrder {
    /// When the order was placed (UTC ms).
    pub placed_at_ms: i64,
    /// Order value in minor units (cents) of the reporting currency; refunds count as zero.
    pub value_minor: i64,
}

/// A customer's orders across stores and channels, in any order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderHistory {
    /// The orders.
    pub orders: Vec<PastOrder>,
}

/// Where the grades and segments start; part of the workspace settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct GradeThresholds {
    /// Orders and value count only inside this many days before now.
    pub window_days: u32,
    /// Key A: at least this many orders in the window...
    pub key_a_min_orders: u32,
    /// ...and at least this value (minor units) in the window.
    #[ts(type = "number")]
    pub key_a_min_value_minor: i64,
    /// Key B: at least this many orders in the window...
    pub key_b_min_orders: u32,
    /// ...and at least this value (minor units) in the window.
    #[ts(type = "number")]
    pub key_b_min_value_minor: i64,
    /// Small: less than this value (minor units) in the window.
    #[ts(type = "number")]
    pub small_below_value_minor: i64,
    /// A customer whose first order is at most this old is new.
    pub new_within_days: u32,
    /// A customer with no order for more than this many days is dormant.
    pub dormant_after_days: u32,
}

impl Default for GradeThresholds {
    fn default() -> Self {
        Self {
            window_days: 365,
            key_a_min_orders: 6,
            key_a_min_value_minor: 100_000,
            key_b_min_orders: 3,
            key_b_min_value_minor: 30_000,
            small_below_value_minor: 2_000,
            new_within_days: 30,
            dormant_after_days: 180,
        }
    }
}

/// Why a set of grade thresholds cannot be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThresholdProblem {
    /// The window is zero days long, so no order would ever count.
    EmptyWindow,
    /// A value threshold is negative.
    NegativeValue,
    /// Key A asks for fewer orders or less value than key B, so key B could never be reached.
    KeyABelowKeyB,
    /// "Small" reaches key B's value, so the grades overlap.
    SmallNotBelowKeyB,
}

impl GradeThresholds {
    /// Checks that the thresholds describe a ladder the agent can read: a window of at least a
    /// day, no negative values, key A at or above key B, and "small" below key B.
    pub fn check(&self) -> Result<(), ThresholdProblem> {
        if self.window_days == 0 {
            Err(ThresholdProblem::EmptyWindow)
        } else if self.key_a_min_value_minor < 0
            || self.key_b_min_value_minor < 0
            || self.small_below_value_minor < 0
        {
            Err(ThresholdProblem::NegativeValue)
        } else if self.key_a_min_orders < self.key_b_min_orders
            || self.key_a_min_value_minor < self.key_b_min_value_minor
        {
            Err(ThresholdProblem::KeyABelowKeyB)
        } else if self.small_below_value_minor >= self.key_b_min_value_minor {
            Err(ThresholdProblem::SmallNotBelowKeyB)
        } else {
            Ok(())
        }
    }
}

/// Grades a customer and places them in a segment.
///
/// Grade (frequency and value inside the window, both thresholds must hold): key A, else key B,
/// else small when the value is below `small_below_value_minor`, else ordinary. A key grade also
/// needs a recent order: a dormant customer is at best ordinary.
/// Segment: no order at all → potential (they wrote but never bought); last order older than
/// `dormant_after_days` → dormant; first order within `new_within_days` → new; else returning.
/// Orders dated after `now_ms` (clock skew between sources) count as placed now.
pub fn grade_customer(
    history: &OrderHistory,
    thresholds: &GradeThresholds,
    now_ms: i64,
) -> (CustomerGrade, CustomerSegment) {
    let window_start = now_ms.saturating_sub(i64::from(thresholds.window_days) * DAY_MS);
    let mut orders_in_window: u32 = 0;
    let mut value_in_window: i64 = 0;
    let mut first: Option<i64> = None;
    let mut last: Option<i64> = None;
    for order in &history.orders {
        let at = order.placed_at_ms.min(now_ms);
        first = Some(first.map_or(at, |f| f.min(at)));
        last = Some(last.map_or(at, |l| l.max(at)));
        if at >= window_start {
            orders_in_window = orders_in_window.saturating_add(1);
            value_in_window = value_in_window.saturating_add(order.value_minor.max(0));
        }
    }
    let (Some(first), Some(last)) = (first, last) else {
        return (CustomerGrade::Small, CustomerSegment::Potential);
    };
    let dormant = now_ms.saturating_sub(last) > i64::from(thresholds.dormant_after_days) * DAY_MS;
    let segment = if dormant {
        CustomerSegment::Dormant
    } else if now_ms.saturating_sub(first) <= i64::from(thresholds.new_within_days) * DAY_MS {
        CustomerSegment::New
    } else {
        CustomerSegment::Returning
    };
    let meets = |orders: u32, value: i64| orders_in_window >= orders && value_in_window >= value;
    let grade = if !dormant
        && meets(
            thresholds.key_a_min_orders,
            thresholds.key_a_min_value_minor,
        ) {
        CustomerGrade::KeyA
    } else if !dormant
        && meets(
            thresholds.key_b_min_orders,
            thresholds.key_b_min_value_minor,
        )
    {
        CustomerGrade::KeyB
    } else if value_in_window < thresholds.small_below_value_minor {
        CustomerGrade::Small
    } else {
        CustomerGrade::Ordinary
    };
    (grade, segment)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NOW: i64 = 1_780_000_000_000;

    #[test]
    fn default_thresholds_pass_their_own_check() {
        assert_eq!(GradeThresholds::default().check(), Ok(()));
    }

    #[test]
    fn thresholds_that_make_a_grade_unreachable_or_overlapping_are_refused() {
        let base = GradeThresholds::default();
        let cases = [
            (
                GradeThresholds {
                    window_days: 0,
                    ..base
                },
                ThresholdProblem::EmptyWindow,
            ),
            (
                GradeThresholds {
                    small_below_value_minor: -1,
                    ..base
                },
                ThresholdProblem::NegativeValue,
            ),
            (
                GradeThresholds {
                    key_a_min_orders: base.key_b_min_orders - 1,
                    ..base
                },
                ThresholdProblem::KeyABelowKeyB,
            ),
            (
                GradeThresholds {
                    key_a_min_value_minor: base.key_b_min_value_minor - 1,
                    ..base
                },
                ThresholdProblem::KeyABelowKeyB,
            ),
            (
                GradeThresholds {
                    small_below_value_minor: base.key_b_min_value_minor,
                    ..base
                },
                ThresholdProblem::SmallNotBelowKeyB,
            ),
        ];
        for (thresholds, problem) in cases {
            assert_eq!(thresholds.check(), Err(problem), "{thresholds:?}");
        }
    }

    fn history(orders: &[(i64, i64)]) -> OrderHistory {
        OrderHistory {
            orders: orders
                .iter()
                .map(|&(days_ago, value_minor)| PastOrder {
                    placed_at_ms: NOW - days_ago * DAY_MS,
                    value_minor,
                })
                .collect(),
        }
    }

    #[test]
    fn a_customer_without_orders_is_a_small_potential_one() {
        let got = grade_customer(&history(&[]), &GradeThresholds::default(), NOW);
        assert_eq!(got, (CustomerGrade::Small, CustomerSegment::Potential));
    }

    #[test]
    fn frequent_big_spender_is_key_a_and_returning() {
        let orders: Vec<(i64, i64)> = (0..8).map(|i| (10 + i * 30, 20_000)).collect();
        let got = grade_customer(&history(&orders), &GradeThresholds::default(), NOW);
        assert_eq!(got, (CustomerGrade::KeyA, CustomerSegment::Returning));
    }

    #[test]
    fn three_mid_orders_make_key_b() {
        let got = grade_customer(
            &history(&[(5, 12_000), (60, 12_000), (120, 12_000)]),
            &GradeThresholds::default(),
            NOW,
        );
        assert_eq!(got, (CustomerGrade::KeyB, CustomerSegment::Returning));
    }

    #[test]
    fn first_cheap_order_last_week_is_small_and_new() {
        let got = grade_customer(&history(&[(7, 999)]), &GradeThresholds::default(), NOW);
        assert_eq!(got, (CustomerGrade::Small, CustomerSegment::New));
    }

    #[test]
    fn big_spender_gone_quiet_is_dormant_and_loses_key_grade() {
        let orders: Vec<(i64, i64)> = (0..8).map(|i| (200 + i * 10, 50_000)).collect();
        let got = grade_customer(&history(&orders), &GradeThresholds::default(), NOW);
        assert_eq!(got, (CustomerGrade::Ordinary, CustomerSegment::Dormant));
    }

    #[test]
    fn orders_outside_the_window_do_not_count_towards_the_grade() {
        let mut orders: Vec<(i64, i64)> = (0..8).map(|i| (400 + i, 50_000)).collect();
        orders.push((3, 5_000));
        let got = grade_customer(&history(&orders), &GradeThresholds::default(), NOW);
        assert_eq!(got, (CustomerGrade::Ordinary, CustomerSegment::Returning));
    }

    #[test]
    fn thresholds_read_from_partial_json_keep_defaults() {
        let t: GradeThresholds = serde_json::from_str(r#"{"key_a_min_orders": 2}"#).unwrap();
        assert_eq!(t.key_a_min_orders, 2);
        assert_eq!(t.window_days, GradeThresholds::default().window_days);
    }

    proptest! {
        #[test]
        fn one_more_order_never_lowers_the_grade(
            orders in proptest::collection::vec((0i64..500, 0i64..60_000), 0..12),
            extra_value in 0i64..60_000,
        ) {
            let t = GradeThresholds::default();
            let rank = |g: CustomerGrade| match g {
                CustomerGrade::Small => 0, CustomerGrade::Ordinary => 1,
                CustomerGrade::KeyB => 2, CustomerGrade::KeyA => 3,
            };
            let before = grade_customer(&history(&orders), &t, NOW).0;
            let mut more = orders.clone();
            more.push((0, extra_value));
            let after = grade_customer(&history(&more), &t, NOW).0;
            prop_assert!(rank(after) >= rank(before));
        }

        #[test]
        fn grading_ignores_the_order_of_orders(
            orders in proptest::collection::vec((0i64..500, 0i64..60_000), 0..12),
        ) {
            let t = GradeThresholds::default();
            let mut reversed = orders.clone();
            reversed.reverse();
            prop_assert_eq!(grade_customer(&history(&orders), &t, NOW),
                grade_customer(&history(&reversed), &t, NOW));
        }
    }
}
