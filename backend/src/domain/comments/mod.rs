//! Threaded comments: replies up to six levels deep, a stance toward the proposal, up/down
//! votes kept exact like proposal votes, and deletion that keeps the thread but drops the text.
//!
//! Lock order: a transaction that changes a comment and its proposal's counters locks the
//! proposal row first, then comment rows in id order (`lock_with_proposal`), so that a reply,
//! a deletion and a moderator's decision on one thread can never wait on each other in a
//! cycle. Each use-case runs under `retry_transient` for the rare abort that remains.

mod create;
mod delete;
mod edit;
mod threads;
mod vote;

pub use create::create;
pub use delete::delete;
pub use edit::edit;
pub use threads::{threads, Discussion, Thread, ThreadOrder};
pub use vote::{vote, votes_of, CommentVoteOutcome};

use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use crate::db::entities::comments::Stance;

use crate::db::entities::comments;
pub use crate::db::entities::comments::Model as Comment;
use crate::db::entities::{comment_votes, proposals};
use crate::domain::proposals::add_to_proposal_counter;
use crate::domain::{markdown, visibility};
use crate::error::{Error, FieldError, Resource, Result};

/// The deepest a reply may sit: a top-level comment is depth 0.
pub const MAX_DEPTH: i16 = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum CommentVoteValue {
    Up,
    Down,
}

impl CommentVoteValue {
    fn as_i16(self) -> i16 {
        match self {
            CommentVoteValue::Up => 1,
            CommentVoteValue::Down => -1,
        }
    }

    pub fn from_i16(value: i16) -> CommentVoteValue {
        if value > 0 {
            CommentVoteValue::Up
        } else {
            CommentVoteValue::Down
        }
    }
}

fn body(raw: &str) -> Result<String, FieldError> {
    markdown::body("body", raw, 1, 5_000)
}

pub(crate) async fn add_to_comment_count<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
    delta: i32,
) -> Result<()> {
    add_to_proposal_counter(conn, proposal_id, proposals::Column::CommentCount, delta).await
}

async fn get_comment_for_update<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<Comment> {
    comments::Entity::find_by_id(id)
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Comment))
}

/// Locks a comment and the proposal it is under, in the one lock order: the proposal first,
/// then the comment. A merge may move the comment to another proposal between the first read
/// and the locks; then the locks are taken again for its new proposal.
pub(crate) async fn lock_with_proposal<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
) -> Result<(proposals::Model, Comment)> {
    const MOVES: usize = 3;
    for _ in 0..MOVES {
        let proposal_id = comments::Entity::find_by_id(id)
            .one(conn)
            .await?
            .ok_or(Error::NotFound(Resource::Comment))?
            .proposal_id;
        let proposal = proposals::Entity::find_by_id(proposal_id)
            .lock_exclusive()
            .one(conn)
            .await?
            .ok_or(Error::NotFound(Resource::Comment))?;
        let comment = get_comment_for_update(conn, id).await?;
        if comment.proposal_id == proposal.id {
            return Ok((proposal, comment));
        }
    }
    Err(Error::Unavailable(
        "This comment is being moved; try again in a moment.".into(),
    ))
}

/// Counts a comment's up and down votes from the vote rows.
pub async fn recount_votes<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<(i32, i32)> {
    let up = comment_votes::Entity::find()
        .filter(comment_votes::Column::CommentId.eq(id))
        .filter(comment_votes::Column::Value.eq(1))
        .count(conn)
        .await?;
    let down = comment_votes::Entity::find()
        .filter(comment_votes::Column::CommentId.eq(id))
        .filter(comment_votes::Column::Value.eq(-1))
        .count(conn)
        .await?;
    Ok((up as i32, down as i32))
}

/// Counts a proposal's visible comments from the comment rows.
pub async fn recount_comments<C: ConnectionTrait>(conn: &C, proposal_id: Uuid) -> Result<i32> {
    let n = comments::Entity::find()
        .filter(comments::Column::ProposalId.eq(proposal_id))
        .filter(visibility::public_comments())
        .count(conn)
        .await?;
    Ok(n as i32)
}

/// A new comment's columns that only later events change: no votes, replies or flags yet,
/// neither hidden, edited nor deleted. The caller sets the rest (`..untouched()`).
pub fn untouched() -> comments::ActiveModel {
    comments::ActiveModel {
        up_count: Set(0),
        down_count: Set(0),
        reply_count: Set(0),
        hidden_at: Set(None),
        hidden_reason: Set(None),
        hidden_by: Set(None),
        flag_count: Set(0),
        deleted_at: Set(None),
        edited_at: Set(None),
        ..Default::default()
    }
}
