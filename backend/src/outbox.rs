//! The transactional outbox: work that must follow a committed change is written in the same
//! transaction as the change, then claimed by a worker, done, and acknowledged. A crash at any
//! point leaves the row to be claimed again; nothing is sent "after commit" from memory.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde::Serialize;
use uuid::Uuid;

use crate::db::entities::outbox;
use crate::db::Db;
use crate::domain::now;

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
        created_at: Set(now),
    }
    .insert(conn)
    .await?;
    Ok(id)
}

/// How long a claimed item stays invisible to other workers before it counts as abandoned.
const LEASE: Duration = Duration::seconds(60);

/// Claims up to `limit` due items of `topic` for this worker: each becomes invisible to other
/// workers for the lease and its attempt count goes up. PostgreSQL skips rows another worker
/// is claiming at the same moment.
pub async fn claim(db: &Db, topic: &str, limit: u64) -> Result<Vec<outbox::Model>, DbErr> {
    let txn = db.begin_write().await?;
    let now = now();
    let due = outbox::Entity::find()
        .filter(outbox::Column::Topic.eq(topic))
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::AvailableAt.lte(now))
        .order_by_asc(outbox::Column::AvailableAt)
        .limit(limit)
        .lock_with_behavior(
            sea_orm::sea_query::LockType::Update,
            sea_orm::sea_query::LockBehavior::SkipLocked,
        )
        .all(&txn)
        .await?;
    if !due.is_empty() {
        outbox::Entity::update_many()
            .col_expr(outbox::Column::AvailableAt, Expr::value(now + LEASE))
            .col_expr(
                outbox::Column::Attempts,
                Expr::col(outbox::Column::Attempts).add(1),
            )
            .filter(outbox::Column::Id.is_in(due.iter().map(|row| row.id)))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(due
        .into_iter()
        .map(|mut row| {
            row.attempts += 1;
            row
        })
        .collect())
}

/// Marks an item done, replacing its payload (it may hold a one-time secret such as a link).
pub async fn acknowledge(db: &Db, id: Uuid) -> Result<(), DbErr> {
    let txn = db.begin_write().await?;
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
        .filter(outbox::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    txn.commit().await
}

/// Puts an item back after a failure, to be tried again after an exponential backoff.
pub async fn retry_later(db: &Db, item: &outbox::Model, error: &str) -> Result<(), DbErr> {
    let txn = db.begin_write().await?;
    outbox::Entity::update_many()
        .col_expr(
            outbox::Column::AvailableAt,
            Expr::value(now() + backoff(item.attempts)),
        )
        .col_expr(outbox::Column::LastError, Expr::value(error.to_owned()))
        .filter(outbox::Column::Id.eq(item.id))
        .exec(&txn)
        .await?;
    txn.commit().await
}

/// 2 s, 4 s, 8 s … capped at one hour.
pub fn backoff(attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 12) as u32;
    Duration::seconds(std::cmp::min(1i64 << exponent, 3600))
}

/// The age of the oldest pending item of `topic`, if any.
pub async fn oldest_pending(db: &Db, topic: &str) -> Result<Option<DateTime<Utc>>, DbErr> {
    let oldest = outbox::Entity::find()
        .filter(outbox::Column::Topic.eq(topic))
        .filter(outbox::Column::ProcessedAt.is_null())
        .order_by_asc(outbox::Column::CreatedAt)
        .one(db.reader())
        .await?;
    Ok(oldest.map(|row| row.created_at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1), Duration::seconds(2));
        assert_eq!(backoff(3), Duration::seconds(8));
        assert_eq!(backoff(40), Duration::seconds(3600));
    }
}
