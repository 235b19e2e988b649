//! Merging a duplicate proposal into another: comments move with their threads, votes move
//! unless the person also voted on the target (then the target's vote is the one kept), and
//! every counter moves by the exact number of rows moved, so each still equals a recount.

use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use uuid::Uuid;

use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::entities::{comments, votes};
use crate::domain::accounts::Account;
use crate::domain::agency::{answer_clock, participant_votes, theme_participants};
use crate::domain::proposals::Status;
use crate::domain::ranking::Tally;
use crate::domain::votes::{tally_of, tally_update, tally_where};
use crate::domain::{consultations, now, visibility};
use crate::error::{Conflict, Error, Result};

use super::content::{self, Resolution};
use super::{ensure_may_moderate, TargetType};

/// Votes on `source` from people who did not also vote on `target`.
fn votes_without_a_twin(source: Uuid, target: Uuid) -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(votes::Column::ProposalId.eq(source))
        .add(
            votes::Column::UserId.not_in_subquery(
                Query::select()
                    .column(votes::Column::UserId)
                    .from(votes::Entity)
                    .and_where(votes::Column::ProposalId.eq(target))
                    .to_owned(),
            ),
        )
}

/// Moves counters of `id` by the given deltas and fixes its rank scores at the new tally.
pub(super) async fn add_to_counts<C: ConnectionTrait>(
    conn: &C,
    p: &Proposal,
    delta: Tally,
    comments_delta: i32,
) -> Result<()> {
    let (update, _) = tally_update(p, delta);
    update
        .col_expr(
            proposals::Column::CommentCount,
            Expr::col(proposals::Column::CommentCount).add(comments_delta),
        )
        .col_expr(proposals::Column::UpdatedAt, Expr::value(now()))
        .filter(proposals::Column::Id.eq(p.id))
        .exec(conn)
        .await?;
    Ok(())
}

fn negated(t: Tally) -> Tally {
    Tally {
        agree: -t.agree,
        disagree: -t.disagree,
        pass: -t.pass,
    }
}

/// Merges `source` into `target_id`; the caller holds both proposals' row locks.
pub(super) async fn merge<C: ConnectionTrait>(
    conn: &C,
    moderator: &Account,
    source: &Proposal,
    target_id: Uuid,
) -> Result<()> {
    let target = merge_target(conn, moderator, source, target_id).await?;
    let moved = tally_where(conn, votes_without_a_twin(source.id, target.id)).await?;
    let source_tally = tally_of(source);
    // The participants' counts lose both proposals' votes and regain the target's as merged.
    let mut counted = vec![target.id];
    if visibility::counts_toward_consultation(source) {
        counted.push(source.id);
    }
    participant_votes::move_votes_of(conn, target.consultation_id, &counted, -1).await?;
    let acts_before = theme_participants::acts_of(conn, target.consultation_id, &counted).await?;
    move_votes(conn, source.id, target.id).await?;
    participant_votes::move_votes_of(conn, target.consultation_id, &[target.id], 1).await?;
    let moved_comments = move_comments(conn, source.id, target.id).await?;
    // The themes' participants lose every act on both and regain the target's as merged, in
    // one pass in key order (the order the vote writer locks them in).
    let mut acts = theme_participants::scaled(acts_before, -1);
    theme_participants::merge_into(
        &mut acts,
        theme_participants::acts_of(conn, target.consultation_id, &[target.id]).await?,
    );
    theme_participants::add(conn, &acts).await?;
    add_to_counts(conn, &target, moved, moved_comments).await?;
    add_to_counts(conn, source, negated(source_tally), -moved_comments).await?;
    // Votes brought during review may carry the target to the answer threshold.
    answer_clock::start_if_due(conn, target.id, Some(moderator.id)).await?;
    proposals::Entity::update_many()
        .col_expr(proposals::Column::MergedInto, Expr::value(Some(target.id)))
        .filter(proposals::Column::Id.eq(source.id))
        .exec(conn)
        .await?;
    if visibility::counts_toward_consultation(source) {
        consultations::add_to_proposal_count(conn, source.consultation_id, -1).await?;
    }
    content::resolve_flags(
        conn,
        TargetType::Proposal,
        source.id,
        moderator.id,
        Resolution::Upheld,
    )
    .await?;
    Ok(())
}

/// The proposal to merge into, checked: another proposal of the same consultation, which
/// the moderator moderates, still open to merges; the source must not be merged already.
async fn merge_target<C: ConnectionTrait>(
    conn: &C,
    moderator: &Account,
    source: &Proposal,
    target_id: Uuid,
) -> Result<Proposal> {
    if target_id == source.id {
        return Err(Error::field(
            "merge_into",
            "invalid",
            "a proposal cannot be merged into itself",
        ));
    }
    // The caller holds both rows' locks, so no vote or comment lands on either while rows
    // move.
    let target = proposals::Entity::find_by_id(target_id)
        .one(conn)
        .await?
        .ok_or_else(|| Error::field("merge_into", "not_found", "no such proposal"))?;
    if target.consultation_id != source.consultation_id {
        return Err(Error::field(
            "merge_into",
            "other_consultation",
            "must be a proposal of the same consultation",
        ));
    }
    ensure_may_moderate(conn, moderator, target.consultation_id).await?;
    if source.merged_into.is_some() {
        return Err(Conflict::AlreadyMerged.into());
    }
    if target.merged_into.is_some()
        || target.hidden_at.is_some()
        || target.status == Status::Withdrawn
    {
        return Err(Conflict::MergeTargetUnavailable.into());
    }
    Ok(target)
}

/// Moves the source's votes to the target; the vote of someone who voted on both stays
/// the one on the target.
async fn move_votes<C: ConnectionTrait>(conn: &C, source_id: Uuid, target_id: Uuid) -> Result<()> {
    votes::Entity::delete_many()
        .filter(votes::Column::ProposalId.eq(source_id))
        .filter(
            votes::Column::UserId.in_subquery(
                Query::select()
                    .column(votes::Column::UserId)
                    .from(votes::Entity)
                    .and_where(votes::Column::ProposalId.eq(target_id))
                    .to_owned(),
            ),
        )
        .exec(conn)
        .await?;
    votes::Entity::update_many()
        .col_expr(votes::Column::ProposalId, Expr::value(target_id))
        .filter(votes::Column::ProposalId.eq(source_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Moves the source's comments to the target, answering how many of them count publicly.
async fn move_comments<C: ConnectionTrait>(
    conn: &C,
    source_id: Uuid,
    target_id: Uuid,
) -> Result<i32> {
    let moved = comments::Entity::find()
        .filter(comments::Column::ProposalId.eq(source_id))
        .filter(visibility::public_comments())
        .count(conn)
        .await? as i32;
    comments::Entity::update_many()
        .col_expr(comments::Column::ProposalId, Expr::value(target_id))
        .filter(comments::Column::ProposalId.eq(source_id))
        .exec(conn)
        .await?;
    Ok(moved)
}
