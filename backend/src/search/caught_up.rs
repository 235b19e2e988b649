//! The moment the indexer first finds nothing left to index: everything written before this
//! process started is searchable. `sala serve` announces readiness on it, so whoever starts
//! Sala (a person running `make run`, the browser tests) waits for that line, not for a timer.

use std::sync::Arc;

use tokio::sync::watch;

/// Shared by the indexer (which announces) and whoever waits; clones see the same moment.
#[derive(Clone)]
pub struct CaughtUp(Arc<watch::Sender<bool>>);

impl Default for CaughtUp {
    fn default() -> Self {
        CaughtUp(Arc::new(watch::channel(false).0))
    }
}

impl CaughtUp {
    /// Whether it has happened.
    pub fn is_reached(&self) -> bool {
        *self.0.borrow()
    }

    /// Said once by the indexer; later calls change nothing.
    pub fn reach(&self) {
        self.0
            .send_if_modified(|reached| !std::mem::replace(reached, true));
    }

    /// Returns once it has happened (at once if it already has).
    pub async fn reached(&self) {
        let mut receiver = self.0.subscribe();
        // The sender lives as long as `self`, so waiting cannot fail.
        let _ = receiver.wait_for(|reached| *reached).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_waiter_returns_once_reached_and_later_waiters_at_once() {
        let signal = CaughtUp::default();
        assert!(!signal.is_reached());
        let waiter = tokio::spawn({
            let signal = signal.clone();
            async move { signal.reached().await }
        });
        signal.reach();
        signal.reach();
        waiter.await.expect("the waiter returns");
        assert!(signal.is_reached());
        signal.reached().await;
    }
}
