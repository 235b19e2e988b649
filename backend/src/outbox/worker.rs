//! The loop every outbox consumer runs: claim due items of one topic as handling slots free
//! up, handle each, then acknowledge it or schedule a retry. Items are claimed only when a
//! slot is free, so one slow item never holds back the ones behind it, and every claimed item
//! is in hand: a heartbeat keeps the claims of the items in hand alive, so the lease can be
//! short and a crashed worker's items move on within seconds.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::{self, JoinSet};
use tokio::time::MissedTickBehavior;
use uuid::Uuid;

use crate::db::entities::outbox as outbox_row;
use crate::db::Db;
use crate::outbox::{self, RetryPolicy};

/// Why an item could not be handled.
#[derive(Debug)]
pub enum Failure {
    /// Worth trying again later (a server down, a timeout).
    Retry(String),
    /// Will never work (a malformed payload, a recipient refused for good): dead-letter it at
    /// once.
    Permanent(String),
    /// Another worker has taken the item over (this worker's lease ran out): leave it alone.
    ClaimLost,
}

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(error: E) -> Self {
        Failure::Retry(error.to_string())
    }
}

/// This worker's hold on one claimed item.
pub struct Claim<'a> {
    db: &'a Db,
    item: &'a outbox_row::Model,
    lease: chrono::Duration,
}

impl Claim<'_> {
    /// Checks that this worker still holds the item, and renews its lease; call it right
    /// before an effect that must not happen twice (sending a message).
    pub async fn confirm(&self) -> Result<(), Failure> {
        if outbox::confirm_claim(self.db, self.item, self.lease).await? {
            Ok(())
        } else {
            Err(Failure::ClaimLost)
        }
    }
}

/// A consumer of one outbox topic.
pub trait Handler: Send + Sync + 'static {
    fn topic(&self) -> &'static str;
    /// Items handled at once. Sending mail waits on the network, so several in flight hide
    /// the round trips; work that writes in big transactions keeps to one.
    fn concurrency(&self) -> usize {
        1
    }
    fn handle(
        &self,
        db: &Db,
        item: &outbox_row::Model,
        claim: &Claim<'_>,
    ) -> impl Future<Output = Result<(), Failure>> + Send;
}

const IDLE_WAIT: Duration = Duration::from_millis(250);

/// How often the claims in hand are renewed: three times a lease, so one late renewal does
/// not lose them.
fn heartbeat_period(lease: chrono::Duration) -> Duration {
    let lease = lease.to_std().unwrap_or(Duration::from_secs(1));
    (lease / 3).max(Duration::from_millis(50))
}

/// Handles due items until `shutdown` becomes true, then finishes the items in hand.
///
/// Each item is handled in a task of its own: they make progress while this loop waits on the
/// database (claiming, renewing), and they end with it if the worker is stopped abruptly.
pub async fn run<H: Handler>(
    db: Db,
    handler: H,
    policy: RetryPolicy,
    mut shutdown: watch::Receiver<bool>,
) {
    let handler = Arc::new(handler);
    let topic = handler.topic();
    let slots = handler.concurrency().max(1);
    let mut in_hand = JoinSet::new();
    // The claim token of each item in hand, by the task handling it, for the heartbeat.
    let mut claims: HashMap<task::Id, Uuid> = HashMap::new();
    let mut heartbeat = tokio::time::interval(heartbeat_period(policy.lease));
    heartbeat.set_missed_tick_behavior(MissedTickBehavior::Delay);
    while !*shutdown.borrow() {
        let free = slots - in_hand.len();
        let mut nothing_due = false;
        if free > 0 {
            match outbox::claim(&db, topic, free as u64, policy.lease).await {
                Ok(items) => {
                    nothing_due = items.is_empty();
                    for item in items {
                        let token = item.claim_token;
                        let task =
                            in_hand.spawn(settle(db.clone(), Arc::clone(&handler), policy, item));
                        if let Some(token) = token {
                            claims.insert(task.id(), token);
                        }
                    }
                }
                Err(error) => {
                    tracing::warn!(topic, %error, "outbox worker could not read its queue");
                    nothing_due = true;
                }
            }
            if !nothing_due {
                continue;
            }
        }
        tokio::select! {
            Some(done) = in_hand.join_next_with_id() => forget(&mut claims, done),
            _ = heartbeat.tick() => renew(&db, topic, &claims, &policy).await,
            _ = tokio::time::sleep(IDLE_WAIT), if nothing_due => {}
            _ = shutdown.changed() => {}
        }
    }
    while !in_hand.is_empty() {
        tokio::select! {
            Some(done) = in_hand.join_next_with_id() => forget(&mut claims, done),
            _ = heartbeat.tick() => renew(&db, topic, &claims, &policy).await,
        }
    }
}

/// Drops a finished task's claim from the heartbeat.
fn forget(claims: &mut HashMap<task::Id, Uuid>, done: Result<(task::Id, ()), task::JoinError>) {
    let id = match done {
        Ok((id, ())) => id,
        Err(error) => {
            // The item's claim runs out and another attempt takes it.
            tracing::error!(%error, "an outbox task failed");
            error.id()
        }
    };
    claims.remove(&id);
}

/// Renews the lease of every item in hand.
async fn renew(db: &Db, topic: &str, claims: &HashMap<task::Id, Uuid>, policy: &RetryPolicy) {
    if claims.is_empty() {
        return;
    }
    if let Err(error) = outbox::renew_claims(db, claims.values().copied(), policy.lease).await {
        tracing::warn!(topic, %error, "outbox worker could not renew its claims");
    }
}

/// Handles one item and records the outcome: acknowledged, retried later, or dead-lettered.
async fn settle<H: Handler>(db: Db, handler: Arc<H>, policy: RetryPolicy, item: outbox_row::Model) {
    let claim = Claim {
        db: &db,
        item: &item,
        lease: policy.lease,
    };
    let outcome = handler.handle(&db, &item, &claim).await;
    if let Err(error) = record(&db, handler.topic(), &policy, &item, outcome).await {
        // The claim runs out and the item is taken again.
        tracing::warn!(topic = handler.topic(), outbox_id = %item.id, %error, "outbox worker could not record an outcome");
    }
}

async fn record(
    db: &Db,
    topic: &str,
    policy: &RetryPolicy,
    item: &outbox_row::Model,
    outcome: Result<(), Failure>,
) -> Result<(), sea_orm::DbErr> {
    let counted = |outcome: &'static str| {
        metrics::counter!(crate::monitoring::OUTBOX_ITEMS, "topic" => topic.to_owned(), "outcome" => outcome)
            .increment(1)
    };
    match outcome {
        Ok(()) => {
            outbox::acknowledge(db, item.id).await?;
            counted("done");
            Ok(())
        }
        Err(Failure::Retry(error)) => {
            let dead = outbox::retry_later(db, item, &error, policy).await?;
            counted(if dead { "dead" } else { "retry" });
            if dead {
                tracing::error!(topic, outbox_id = %item.id, attempts = item.attempts, %error, "outbox item dead-lettered");
            } else {
                tracing::warn!(topic, outbox_id = %item.id, attempts = item.attempts, %error, "outbox item failed; will retry");
            }
            Ok(())
        }
        Err(Failure::Permanent(error)) => {
            let give_up = RetryPolicy {
                max_attempts: 0,
                ..*policy
            };
            outbox::retry_later(db, item, &error, &give_up).await?;
            counted("dead");
            tracing::error!(topic, outbox_id = %item.id, %error, "outbox item cannot be handled; dead-lettered");
            Ok(())
        }
        Err(Failure::ClaimLost) => {
            tracing::info!(topic, outbox_id = %item.id, "outbox item taken over by another worker");
            Ok(())
        }
    }
}
