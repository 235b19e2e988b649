//! Following consultations and proposals: the audience of their news.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, SqlErr,
};
use uuid::Uuid;

use crate::db::entities::{follows, proposals};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::proposals::add_to_proposal_counter;
use crate::domain::{consultations, now, proposals as proposal_rules};
use crate::error::{Resource, Result};

pub use crate::db::entities::follows::Target;

/// Adds a follow inside the caller's transaction; following twice is a no-op.
pub async fn add<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    target: Target,
    target_id: Uuid,
) -> Result<bool> {
    let inserted = follows::ActiveModel {
        user_id: Set(user_id),
        target_type: Set(target),
        target_id: Set(target_id),
        created_at: Set(now()),
    }
    .insert(conn)
    .await;
    match inserted {
        Ok(_) => {
            if target == Target::Proposal {
                add_to_follower_count(conn, target_id, 1).await?;
            }
            Ok(true)
        }
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Ok(false)
        }
        Err(err) => Err(err.into()),
    }
}

async fn add_to_follower_count<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
    delta: i32,
) -> Result<()> {
    add_to_proposal_counter(conn, proposal_id, proposals::Column::FollowerCount, delta).await
}

/// Follows a consultation or proposal the person can see.
pub async fn follow(db: &Db, who: &Account, target: Target, target_ref: &str) -> Result<()> {
    let txn = db.begin_write().await?;
    let target_id = resolve(&txn, who, target, target_ref).await?;
    add(&txn, who.id, target, target_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Stops following; unfollowing what one does not follow is not an error.
pub async fn unfollow(db: &Db, who: &Account, target: Target, target_ref: &str) -> Result<()> {
    let txn = db.begin_write().await?;
    let target_id = resolve(&txn, who, target, target_ref).await?;
    let removed = follows::Entity::delete_many()
        .filter(follows::Column::UserId.eq(who.id))
        .filter(follows::Column::TargetType.eq(target))
        .filter(follows::Column::TargetId.eq(target_id))
        .exec(&txn)
        .await?;
    if removed.rows_affected == 1 && target == Target::Proposal {
        add_to_follower_count(&txn, target_id, -1).await?;
    }
    txn.commit().await?;
    Ok(())
}

async fn resolve<C: ConnectionTrait>(
    conn: &C,
    who: &Account,
    target: Target,
    target_ref: &str,
) -> Result<Uuid> {
    match target {
        Target::Consultation => Ok(consultations::get(conn, Some(who), target_ref).await?.id),
        Target::Proposal => {
            let id = Uuid::parse_str(target_ref)
                .map_err(|_| crate::error::Error::NotFound(Resource::Proposal))?;
            // Lock the proposal so the follower count moves one request at a time.
            Ok(proposal_rules::get_for_update(conn, who, id).await?.0.id)
        }
    }
}

/// Whether the person follows the target.
pub async fn is_following<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    target: Target,
    target_id: Uuid,
) -> Result<bool> {
    Ok(follows::Entity::find_by_id((user_id, target, target_id))
        .one(conn)
        .await?
        .is_some())
}

/// Everyone following the target.
pub async fn followers<C: ConnectionTrait>(
    conn: &C,
    target: Target,
    target_id: Uuid,
) -> Result<Vec<Uuid>> {
    Ok(follows::Entity::find()
        .filter(follows::Column::TargetType.eq(target))
        .filter(follows::Column::TargetId.eq(target_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|f| f.user_id)
        .collect())
}
