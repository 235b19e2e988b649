//! Up/down votes on comments, kept exact like proposal votes.

use std::collections::HashMap;

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use super::{get_comment_for_update, CommentVoteValue};
use crate::db::entities::comment_votes;
use crate::db::entities::comments;
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::consultations::Phase;
use crate::domain::now;
use crate::domain::proposals::get;
use crate::domain::retry::retry_transient;
use crate::error::{Error, Resource, Result};
use crate::outbox::search::{self, DocType};

pub struct CommentVoteOutcome {
    pub my_vote: Option<CommentVoteValue>,
    pub up: i32,
    pub down: i32,
}

/// Sets or retracts the voter's up/down vote on a comment, idempotently.
pub async fn vote(
    db: &Db,
    voter: &Account,
    id: Uuid,
    value: Option<CommentVoteValue>,
) -> Result<CommentVoteOutcome> {
    retry_transient(|| vote_once(db, voter, id, value)).await
}

async fn vote_once(
    db: &Db,
    voter: &Account,
    id: Uuid,
    value: Option<CommentVoteValue>,
) -> Result<CommentVoteOutcome> {
    let txn = db.begin_write().await?;
    let comment = get_comment_for_update(&txn, id).await?;
    let (proposal, consultation) = get(&txn, Some(voter), comment.proposal_id).await?;
    if comment.deleted_at.is_some() || comment.hidden_at.is_some() {
        return Err(Error::NotFound(Resource::Comment));
    }
    Phase::of(&consultation).ensure_allows_comments()?;
    if proposal.locked_at.is_some() {
        return Err(Error::ProposalLocked);
    }
    let previous = comment_votes::Entity::find_by_id((id, voter.id))
        .one(&txn)
        .await?
        .map(|v| CommentVoteValue::from_i16(v.value));
    if previous == value {
        return Ok(CommentVoteOutcome {
            my_vote: value,
            up: comment.up_count,
            down: comment.down_count,
        });
    }
    match (previous, value) {
        (None, Some(value)) => {
            comment_votes::ActiveModel {
                comment_id: Set(id),
                user_id: Set(voter.id),
                value: Set(value.as_i16()),
                created_at: Set(now()),
            }
            .insert(&txn)
            .await?;
        }
        (Some(_), Some(value)) => {
            comment_votes::Entity::update_many()
                .col_expr(comment_votes::Column::Value, Expr::value(value.as_i16()))
                .filter(comment_votes::Column::CommentId.eq(id))
                .filter(comment_votes::Column::UserId.eq(voter.id))
                .exec(&txn)
                .await?;
        }
        (Some(_), None) => {
            comment_votes::Entity::delete_by_id((id, voter.id))
                .exec(&txn)
                .await?;
        }
        (None, None) => {}
    }
    let count = |v: Option<CommentVoteValue>, which: CommentVoteValue| i32::from(v == Some(which));
    let up_delta = count(value, CommentVoteValue::Up) - count(previous, CommentVoteValue::Up);
    let down_delta = count(value, CommentVoteValue::Down) - count(previous, CommentVoteValue::Down);
    comments::Entity::update_many()
        .col_expr(
            comments::Column::UpCount,
            Expr::col(comments::Column::UpCount).add(up_delta),
        )
        .col_expr(
            comments::Column::DownCount,
            Expr::col(comments::Column::DownCount).add(down_delta),
        )
        .filter(comments::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    search::touch(&txn, DocType::Comment, id).await?;
    txn.commit().await?;
    Ok(CommentVoteOutcome {
        my_vote: value,
        up: comment.up_count + up_delta,
        down: comment.down_count + down_delta,
    })
}

/// The viewer's votes on comments of one proposal.
pub async fn votes_of<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    comment_ids: &[Uuid],
) -> Result<HashMap<Uuid, CommentVoteValue>> {
    if comment_ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(comment_votes::Entity::find()
        .filter(comment_votes::Column::UserId.eq(user_id))
        .filter(comment_votes::Column::CommentId.is_in(comment_ids.iter().copied()))
        .all(conn)
        .await?
        .into_iter()
        .map(|v| (v.comment_id, CommentVoteValue::from_i16(v.value)))
        .collect())
}
