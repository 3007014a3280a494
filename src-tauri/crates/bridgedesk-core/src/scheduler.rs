//! The scheduler task: checks the time-based rules ("pending for 3 days → remind",
//! "unanswered 20 h on Amazon → urgent") on a fixed period. The instant comes from the
//! workspace's [`crate::Clock`], so tests drive time rules with [`Workspace::run_time_rules`]
//! and a fixed clock instead of waiting.

use crate::error::CoreError;
use crate::Workspace;
use std::sync::Arc;
use std::time::Duration;

/// Runs forever: every `period`, checks the time rules on the blocking pool.
pub async fn run_scheduler(workspace: Arc<Workspace>, period: Duration) {
    let mut ticks = tokio::time::interval(period);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let workspace = Arc::clone(&workspace);
        match tokio::task::spawn_blocking(move || workspace.run_time_rules()).await {
            Ok(Ok(_)) | Ok(Err(CoreError::NotOpen)) => {}
            Ok(Err(err)) => tracing::warn!("Checking the time rules failed: {err:#}"),
            Err(err) => tracing::error!("The time-rule task failed: {err:#}"),
        }
    }
}
