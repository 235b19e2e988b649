//! The transactional outbox: work that must follow a committed change is written in the same
//! transaction as the change, then claimed by a worker, done, and acknowledged. A crash at any
//! point leaves the row to be claimed again; nothing is sent "after commit" from memory.
//! An item that keeps failing is dead-lettered after a cap, with its error kept for admins.
//! Each claim carries a token: a worker renews its lease and proves it still holds an item by
//! it, so an item another worker took over is never acted on twice.

pub mod search;
pub mod worker;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde::Serialize;
use uuid::Uuid;

use crate::clock::now;
use crate::db::entities::outbox;
use crate::db::Claimable;
use crate::db::Db;

/// Adds a work item for `topic` inside the caller's transaction.
pub async fn enqueue<C: ConnectionTrait, P: Serialize>(
    conn: &C,
    topic: &str,
    payload: &P,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    let now = now();
    outbox::ActiveModel {
        id: Set(id),
        topic: Set(topic.to_owned()),
        payload: Set(serde_json::to_value(payload).map_err(|e| DbErr::Custom(e.to_string()))?),
        attempts: Set(0),
        available_at: Set(now),
        last_error: Set(None),
        processed_at: Set(None),
        dead_at: Set(None),
        created_at: Set(now),
        claim_token: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(id)
}

/// Claims up to `limit` due items of `topic` for this worker: each becomes invisible to other
/// workers for the lease, its attempt count goes up, and it carries this claim's token.
/// PostgreSQL skips rows another worker is claiming at the same moment.
pub async fn claim(
    db: &Db,
    topic: &str,
    limit: u64,
    lease: Duration,
) -> Result<Vec<outbox::Model>, DbErr> {
    let txn = db.begin_write().await?;
    let now = now();
    let token = Uuid::now_v7();
    let due = outbox::Entity::find()
        .filter(outbox::Column::Topic.eq(topic))
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::DeadAt.is_null())
        .filter(outbox::Column::AvailableAt.lte(now))
        .order_by_asc(outbox::Column::AvailableAt)
        .limit(limit)
        .claimable()
        .all(&txn)
        .await?;
    if !due.is_empty() {
        outbox::Entity::update_many()
            .col_expr(outbox::Column::AvailableAt, Expr::value(now + lease))
            .col_expr(
                outbox::Column::Attempts,
                Expr::col(outbox::Column::Attempts).add(1),
            )
            .col_expr(outbox::Column::ClaimToken, Expr::value(token))
            .filter(outbox::Column::Id.is_in(due.iter().map(|row| row.id)))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(due
        .into_iter()
        .map(|mut row| {
            row.attempts += 1;
            row.claim_token = Some(token);
            row
        })
        .collect())
}

/// Pushes back the lease of every open item held by one of `tokens` (the worker's heartbeat).
pub async fn renew_claims(
    db: &Db,
    tokens: impl IntoIterator<Item = Uuid>,
    lease: Duration,
) -> Result<(), DbErr> {
    let mut tokens: Vec<Uuid> = tokens.into_iter().collect();
    tokens.sort_unstable();
    tokens.dedup();
    let txn = db.begin_write().await?;
    outbox::Entity::update_many()
        .col_expr(outbox::Column::AvailableAt, Expr::value(now() + lease))
        .filter(outbox::Column::ClaimToken.is_in(tokens))
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::DeadAt.is_null())
        .exec(&txn)
        .await?;
    txn.commit().await
}

/// Whether this worker's claim on `item` still holds (no other worker has claimed it since);
/// if so its lease is renewed.
pub async fn confirm_claim(db: &Db, item: &outbox::Model, lease: Duration) -> Result<bool, DbErr> {
    let Some(token) = item.claim_token else {
        return Ok(false);
    };
    let txn = db.begin_write().await?;
    let held = outbox::Entity::update_many()
        .col_expr(outbox::Column::AvailableAt, Expr::value(now() + lease))
        .filter(outbox::Column::Id.eq(item.id))
        .filter(outbox::Column::ClaimToken.eq(token))
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::DeadAt.is_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(held.rows_affected == 1)
}

/// The update that marks items done, replacing their payload (it may hold a one-time secret
/// such as a link, or an address).
fn mark_done() -> sea_orm::UpdateMany<outbox::Entity> {
    outbox::Entity::update_many()
        .col_expr(outbox::Column::ProcessedAt, Expr::value(now()))
        .col_expr(
            outbox::Column::Payload,
            Expr::value(serde_json::json!({ "done": true })),
        )
        .col_expr(
            outbox::Column::LastError,
            Expr::value(Option::<String>::None),
        )
}

/// Marks an item done.
pub async fn acknowledge(db: &Db, id: Uuid) -> Result<(), DbErr> {
    let txn = db.begin_write().await?;
    mark_done()
        .col_expr(
            outbox::Column::ClaimToken,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(outbox::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    txn.commit().await
}

/// Marks an item done inside the caller's transaction, if this worker's claim on it still
/// holds; the caller's other writes then commit together with it, or not at all. Returns
/// whether the claim held.
pub async fn acknowledge_within<C: ConnectionTrait>(
    conn: &C,
    item: &outbox::Model,
) -> Result<bool, DbErr> {
    let Some(token) = item.claim_token else {
        return Ok(false);
    };
    let done = mark_done()
        .filter(outbox::Column::Id.eq(item.id))
        .filter(outbox::Column::ClaimToken.eq(token))
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::DeadAt.is_null())
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// How failed items are retried.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// The first delay; each further failure doubles it, up to an hour.
    pub base: Duration,
    /// Attempts before an item is dead-lettered.
    pub max_attempts: i32,
    /// How long a claimed item stays invisible to other workers unless its worker renews the
    /// claim (it does, while it works); after that it counts as abandoned by a crashed worker
    /// and is claimed again.
    pub lease: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            base: Duration::seconds(2),
            max_attempts: 12,
            lease: Duration::seconds(10),
        }
    }
}

impl RetryPolicy {
    /// The delay after the `attempts`-th failure: base, 2×base, 4×base … capped at one hour.
    pub fn backoff(&self, attempts: i32) -> Duration {
        let exponent = (attempts.clamp(1, 20) - 1) as u32;
        let delay = self
            .base
            .num_milliseconds()
            .saturating_mul(1i64 << exponent);
        Duration::milliseconds(std::cmp::min(delay, 3_600_000))
    }
}

/// Puts an item back after a failure, to be tried again after a backoff; past the cap it is
/// dead-lettered instead. Returns whether it was dead-lettered. An item another worker has
/// claimed since is left to that worker.
pub async fn retry_later(
    db: &Db,
    item: &outbox::Model,
    error: &str,
    policy: &RetryPolicy,
) -> Result<bool, DbErr> {
    let dead = item.attempts >= policy.max_attempts;
    let txn = db.begin_write().await?;
    let mut update = outbox::Entity::update_many()
        .col_expr(outbox::Column::LastError, Expr::value(error.to_owned()))
        .col_expr(
            outbox::Column::ClaimToken,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(outbox::Column::Id.eq(item.id));
    if let Some(token) = item.claim_token {
        update = update.filter(outbox::Column::ClaimToken.eq(token));
    }
    update = if dead {
        update.col_expr(outbox::Column::DeadAt, Expr::value(now()))
    } else {
        update.col_expr(
            outbox::Column::AvailableAt,
            Expr::value(now() + policy.backoff(item.attempts)),
        )
    };
    let updated = update.exec(&txn).await?;
    txn.commit().await?;
    Ok(dead && updated.rows_affected == 1)
}

/// Gives a dead-lettered item a fresh start.
pub async fn revive(db: &Db, id: Uuid) -> Result<bool, DbErr> {
    let txn = db.begin_write().await?;
    let revived = outbox::Entity::update_many()
        .col_expr(
            outbox::Column::DeadAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(outbox::Column::Attempts, Expr::value(0))
        .col_expr(outbox::Column::AvailableAt, Expr::value(now()))
        .filter(outbox::Column::Id.eq(id))
        .filter(outbox::Column::DeadAt.is_not_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(revived.rows_affected == 1)
}

/// Dead-lettered items, newest first.
pub async fn dead_letters(db: &Db, limit: u64) -> Result<Vec<outbox::Model>, DbErr> {
    outbox::Entity::find()
        .filter(outbox::Column::DeadAt.is_not_null())
        .order_by_desc(outbox::Column::DeadAt)
        .limit(limit)
        .all(db.reader())
        .await
}

/// How many items of `topic` are dead-lettered. A dead item was never processed, so the
/// `processed_at IS NULL` condition changes no answer but lets `idx_outbox_pending` skip the
/// done items, which grow without bound.
pub async fn count_dead(db: &Db, topic: &str) -> Result<u64, DbErr> {
    outbox::Entity::find()
        .filter(outbox::Column::Topic.eq(topic))
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::DeadAt.is_not_null())
        .count(db.reader())
        .await
}

/// The age of the oldest pending item of `topic`, if any.
pub async fn oldest_pending(db: &Db, topic: &str) -> Result<Option<DateTime<Utc>>, DbErr> {
    let oldest = outbox::Entity::find()
        .filter(outbox::Column::Topic.eq(topic))
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::DeadAt.is_null())
        .order_by_asc(outbox::Column::CreatedAt)
        .one(db.reader())
        .await?;
    Ok(oldest.map(|row| row.created_at))
}

/// How many items of `topic` wait to be done (dead-lettered ones are not waiting).
pub async fn pending_count(db: &Db, topic: &str) -> Result<u64, DbErr> {
    outbox::Entity::find()
        .filter(outbox::Column::Topic.eq(topic))
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::DeadAt.is_null())
        .count(db.reader())
        .await
}

/// How one topic's queue stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TopicStats {
    pub pending: u64,
    pub dead: u64,
    pub oldest_pending: Option<DateTime<Utc>>,
}

/// How `topic`'s queue stands, from the items not yet done only.
pub async fn topic_stats(db: &Db, topic: &str) -> Result<TopicStats, DbErr> {
    Ok(TopicStats {
        pending: pending_count(db, topic).await?,
        dead: count_dead(db, topic).await?,
        oldest_pending: oldest_pending(db, topic).await?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.backoff(1), Duration::seconds(2));
        assert_eq!(policy.backoff(3), Duration::seconds(8));
        assert_eq!(policy.backoff(40), Duration::seconds(3600));
    }
}
