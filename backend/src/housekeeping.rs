//! Periodic clean-up inside `sala serve`: forgets rate-limit rows whose allowance has refilled,
//! text fingerprints too old to refuse anything, and expired idempotency keys. However many
//! processes run it, only the holder of the `housekeeping` lease sweeps.

use std::time::Duration;

use tokio::sync::watch;

use crate::db::Db;
use crate::domain::rate_limit;
use crate::domain::repetition::{self, RepetitionPolicy};
use crate::idempotency;
use crate::leases::{FirstPass, Leases, Periodic};

const EVERY: Duration = Duration::from_secs(300);
/// Longer than `EVERY`, so the process that swept keeps the lease until its next sweep.
const LEASE: Duration = Duration::from_secs(360);
pub const LEASE_NAME: &str = "housekeeping";

pub async fn run(
    db: Db,
    leases: Leases,
    repetition: RepetitionPolicy,
    shutdown: watch::Receiver<bool>,
) {
    let schedule = Periodic {
        every: EVERY,
        lease: LEASE,
        first: FirstPass::AfterAPause,
    };
    leases
        .run_periodically(LEASE_NAME, schedule, shutdown, || sweep(&db, &repetition))
        .await;
}

async fn sweep(db: &Db, repetition: &RepetitionPolicy) {
    if let Err(error) = rate_limit::sweep(db).await {
        tracing::warn!(%error, "could not sweep expired rate limits");
    }
    if let Err(error) = repetition::forget_old(db.writer(), repetition).await {
        tracing::warn!(%error, "could not forget old text fingerprints");
    }
    if let Err(error) = idempotency::store::forget_expired(db).await {
        tracing::warn!(%error, "could not forget expired idempotency keys");
    }
}
