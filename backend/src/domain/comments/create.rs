//! Posting a comment or a reply.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
};
use uuid::Uuid;

use super::{add_to_comment_count, body, untouched, Stance, MAX_DEPTH};
use crate::db::entities::comments::{self, Model as Comment};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::agency::aggregates::{self, Activity};
use crate::domain::agency::theme_participants;
use crate::domain::consultations::Phase;
use crate::domain::notifications::{self, Event};
use crate::domain::proposals::{ensure_open, get_for_update};
use crate::domain::repetition::{self, RepetitionPolicy};
use crate::domain::retry::retry_transient;
use crate::domain::{markdown, now};
use crate::error::{Conflict, Error, FieldErrors, Result};
use crate::outbox::search::{self, DocType};

pub async fn create(
    db: &Db,
    author: &Account,
    proposal_id: Uuid,
    raw_body: &str,
    stance: Stance,
    parent_id: Option<Uuid>,
    repetition: &RepetitionPolicy,
) -> Result<Comment> {
    let mut errors = FieldErrors::new();
    let body = errors.check(body(raw_body));
    errors.finish()?;
    let body = body.unwrap_or_default();
    retry_transient(|| {
        create_once(
            db,
            author,
            proposal_id,
            &body,
            stance,
            parent_id,
            repetition,
        )
    })
    .await
}

async fn create_once(
    db: &Db,
    author: &Account,
    proposal_id: Uuid,
    body: &str,
    stance: Stance,
    parent_id: Option<Uuid>,
    repetition: &RepetitionPolicy,
) -> Result<Comment> {
    let txn = db.begin_write().await?;
    // The proposal first, then the parent: the one lock order (see the module's comment).
    let (proposal, consultation) = get_for_update(&txn, author, proposal_id).await?;
    Phase::of(&consultation).ensure_allows_comments()?;
    ensure_open(&proposal)?;
    repetition::note_text(&txn, author, body, repetition).await?;
    let depth = reply_depth(&txn, proposal_id, parent_id).await?;
    let comment = comments::ActiveModel {
        id: Set(Uuid::now_v7()),
        proposal_id: Set(proposal_id),
        parent_id: Set(parent_id),
        author_id: Set(author.id),
        depth: Set(depth),
        body_html: Set(markdown::render(body)),
        body: Set(body.to_owned()),
        stance: Set(stance),
        created_at: Set(now()),
        ..untouched()
    }
    .insert(&txn)
    .await?;
    add_to_comment_count(&txn, proposal.id, 1).await?;
    theme_participants::add_act(&txn, &proposal, author.id, 1).await?;
    aggregates::note(
        &txn,
        consultation.id,
        author.id,
        Activity::Comment,
        comment.created_at,
    )
    .await?;
    notifications::emit(
        &txn,
        &Event::CommentPosted {
            comment_id: comment.id,
        },
    )
    .await?;
    search::touch(&txn, DocType::Comment, comment.id).await?;
    txn.commit().await?;
    Ok(comment)
}

/// The depth of a new comment: 0 at the top, one below its parent for a reply. A reply's
/// parent must be a live comment of the same proposal, not already at the deepest level; it
/// is locked and its reply count moves in the same transaction.
async fn reply_depth<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
    parent_id: Option<Uuid>,
) -> Result<i16> {
    Ok(match parent_id {
        None => 0,
        Some(parent_id) => {
            let parent = comments::Entity::find_by_id(parent_id)
                .lock_exclusive()
                .one(conn)
                .await?
                .filter(|p| p.proposal_id == proposal_id)
                .ok_or_else(|| {
                    Error::field("parent_id", "not_found", "no such comment on this proposal")
                })?;
            if parent.deleted_at.is_some() || parent.hidden_at.is_some() {
                return Err(Conflict::CommentRemoved.into());
            }
            if parent.depth >= MAX_DEPTH {
                return Err(Error::field(
                    "parent_id",
                    "too_deep",
                    "replies can nest at most six levels",
                ));
            }
            comments::Entity::update_many()
                .col_expr(
                    comments::Column::ReplyCount,
                    Expr::col(comments::Column::ReplyCount).add(1),
                )
                .filter(comments::Column::Id.eq(parent_id))
                .exec(conn)
                .await?;
            parent.depth + 1
        }
    })
}
