//! The loop every outbox consumer runs: claim a batch of one topic, handle each item, then
//! acknowledge it or schedule a retry. Each item is acknowledged as soon as it is done, so a
//! crash repeats at most the item in hand.

use std::future::Future;
use std::time::Duration;

use futures_util::stream::{self, StreamExt};
use tokio::sync::watch;

use crate::db::entities::outbox as outbox_row;
use crate::db::Db;
use crate::outbox::{self, RetryPolicy};

/// Why an item could not be handled.
#[derive(Debug)]
pub enum Failure {
    /// Worth trying again later (a server down, a timeout).
    Retry(String),
    /// Will never work (a malformed payload): dead-letter it at once.
    Permanent(String),
}

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(error: E) -> Self {
        Failure::Retry(error.to_string())
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
    ) -> impl Future<Output = Result<(), Failure>> + Send;
}

const BATCH: u64 = 50;
const IDLE_WAIT: Duration = Duration::from_millis(250);

/// Handles due items until `shutdown` becomes true.
pub async fn run<H: Handler>(
    db: Db,
    handler: H,
    policy: RetryPolicy,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let handled = match drain_once(&db, &handler, &policy).await {
            Ok(n) => n,
            Err(error) => {
                tracing::warn!(topic = handler.topic(), %error, "outbox worker could not read its queue");
                0
            }
        };
        if *shutdown.borrow() {
            break;
        }
        if handled == 0 {
            tokio::select! {
                _ = tokio::time::sleep(IDLE_WAIT) => {}
                _ = shutdown.changed() => {}
            }
        }
    }
}

/// Handles one item and records the outcome: acknowledged, retried later, or dead-lettered.
async fn settle<H: Handler>(
    db: &Db,
    handler: &H,
    policy: &RetryPolicy,
    item: &outbox_row::Model,
) -> Result<(), sea_orm::DbErr> {
    match handler.handle(db, item).await {
        Ok(()) => outbox::acknowledge(db, item.id).await,
        Err(Failure::Retry(error)) => {
            let dead = outbox::retry_later(db, item, &error, policy).await?;
            if dead {
                tracing::error!(topic = handler.topic(), outbox_id = %item.id, attempts = item.attempts, %error, "outbox item dead-lettered");
            } else {
                tracing::warn!(topic = handler.topic(), outbox_id = %item.id, attempts = item.attempts, %error, "outbox item failed; will retry");
            }
            Ok(())
        }
        Err(Failure::Permanent(error)) => {
            let give_up = RetryPolicy {
                max_attempts: 0,
                ..*policy
            };
            outbox::retry_later(db, item, &error, &give_up).await?;
            tracing::error!(topic = handler.topic(), outbox_id = %item.id, %error, "outbox item cannot be handled; dead-lettered");
            Ok(())
        }
    }
}

/// Handles one batch; returns how many items it took.
pub async fn drain_once<H: Handler>(
    db: &Db,
    handler: &H,
    policy: &RetryPolicy,
) -> Result<usize, sea_orm::DbErr> {
    let batch = outbox::claim(db, handler.topic(), BATCH, policy.lease).await?;
    let taken = batch.len();
    let outcomes: Vec<Result<(), sea_orm::DbErr>> = stream::iter(batch)
        .map(|item| async move { settle(db, handler, policy, &item).await })
        .buffer_unordered(handler.concurrency().max(1))
        .collect()
        .await;
    outcomes.into_iter().collect::<Result<Vec<()>, _>>()?;
    Ok(taken)
}
