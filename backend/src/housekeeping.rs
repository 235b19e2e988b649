//! Periodic clean-up inside `sala serve`: forgets rate-limit rows whose allowance has refilled,
//! text fingerprints too old to refuse anything, and expired idempotency keys. Safe to run in
//! several processes at once.

use std::time::Duration;

use tokio::sync::watch;

use crate::db::Db;
use crate::domain::repetition::{self, RepetitionPolicy};
use crate::{idempotency, rate_limit};

const EVERY: Duration = Duration::from_secs(300);

pub async fn run(db: Db, repetition: RepetitionPolicy, mut shutdown: watch::Receiver<bool>) {
    loop {
        tokio::select! {
            _ = tokio::time::sleep(EVERY) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            break;
        }
        if let Err(error) = rate_limit::sweep(&db).await {
            tracing::warn!(%error, "could not sweep expired rate limits");
        }
        if let Err(error) = repetition::forget_old(db.writer(), &repetition).await {
            tracing::warn!(%error, "could not forget old text fingerprints");
        }
        if let Err(error) = idempotency::store::forget_expired(&db).await {
            tracing::warn!(%error, "could not forget expired idempotency keys");
        }
    }
}
