//! Keeps every consultation's opinion groups current: polls the state of the votes and
//! recomputes a consultation whose votes changed, at most once per `min_interval` each.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::sync::watch;
use uuid::Uuid;

use super::cache;
use super::load;
use super::warm::WarmStarts;
use crate::db::entities::opinion_groups;
use crate::db::Db;
use crate::domain::agency::pseudonyms::PseudonymKey;
use crate::leases::{FirstPass, Leases, Periodic};
use crate::monitoring;
use sea_orm::{EntityTrait, QuerySelect};

#[derive(Clone, Copy, Debug)]
pub struct Schedule {
    /// How often to look for changed votes.
    pub poll: Duration,
    /// The least time between two computations of one consultation.
    pub min_interval: Duration,
}

impl Default for Schedule {
    fn default() -> Self {
        Schedule {
            poll: Duration::from_secs(2),
            min_interval: Duration::from_secs(30),
        }
    }
}

/// One pass: recomputes each consultation whose votes changed since its cached result and
/// whose result is older than the minimum interval, each from what its last run in `warm`
/// left. Returns how many were computed.
pub async fn run_once(
    db: &Db,
    pseudonyms: &PseudonymKey,
    warm: &Arc<WarmStarts>,
    min_interval: Duration,
) -> anyhow::Result<usize> {
    let versions = load::versions(db.reader(), None).await?;
    warm.retain(|id| versions.contains_key(id));
    let cached: HashMap<Uuid, (String, DateTime<Utc>)> = opinion_groups::Entity::find()
        .select_only()
        .column(opinion_groups::Column::ConsultationId)
        .column(opinion_groups::Column::VotesVersion)
        .column(opinion_groups::Column::ComputedAt)
        .into_tuple::<(Uuid, String, DateTime<Utc>)>()
        .all(db.reader())
        .await?
        .into_iter()
        .map(|(id, version, at)| (id, (version, at)))
        .collect();
    let now = Utc::now();
    let min_interval = chrono::Duration::from_std(min_interval)?;
    let mut due: Vec<(Uuid, String)> = versions
        .into_iter()
        .filter(|(id, version)| match cached.get(id) {
            None => true,
            Some((cached_version, at)) => cached_version != version && now - *at >= min_interval,
        })
        .collect();
    due.sort();
    let mut computed = 0;
    for (consultation, version) in due {
        let started = std::time::Instant::now();
        let result = cache::recompute(db, pseudonyms, warm, consultation, version).await;
        let outcome = if result.is_ok() { "ok" } else { "failed" };
        metrics::counter!(monitoring::OPINION_GROUP_RUNS, "outcome" => outcome).increment(1);
        metrics::histogram!(monitoring::OPINION_GROUP_RUN_DURATION)
            .record(started.elapsed().as_secs_f64());
        match result {
            Ok(report) => {
                computed += 1;
                tracing::debug!(%consultation, groups = report.groups.len(), "opinion groups computed");
            }
            Err(error) => {
                tracing::warn!(%consultation, %error, "opinion groups failed; will retry")
            }
        }
    }
    Ok(computed)
}

/// The lease whose holder computes opinion groups: one process does, however many run.
pub const LEASE_NAME: &str = "opinion_groups";
/// Much longer than a poll, so the leader keeps the lease between passes; a leader that
/// died is replaced this long after its last pass.
const LEASE: Duration = Duration::from_secs(20);

pub async fn run(
    db: Db,
    leases: Leases,
    pseudonyms: PseudonymKey,
    schedule: Schedule,
    shutdown: watch::Receiver<bool>,
) {
    // Lives as long as this process computes: a new leader starts cold.
    let warm = Arc::new(WarmStarts::default());
    let periodic = Periodic {
        every: schedule.poll,
        lease: LEASE,
        first: FirstPass::Immediately,
    };
    leases
        .run_periodically(LEASE_NAME, periodic, shutdown, || async {
            if let Err(error) = run_once(&db, &pseudonyms, &warm, schedule.min_interval).await {
                tracing::warn!(%error, "opinion groups pass failed");
            }
        })
        .await;
}
