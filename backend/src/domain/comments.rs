//! Threaded comments: replies up to six levels deep, a stance toward the proposal, up/down
//! votes kept exact like proposal votes, and deletion that keeps the thread but drops the text.
//!
//! Lock order: a transaction that changes a comment and its proposal's counters locks the
//! proposal row first, then comment rows in id order (`lock_with_proposal`), so that a reply,
//! a deletion and a moderator's decision on one thread can never wait on each other in a
//! cycle. Each use-case runs under `retry_transient` for the rare abort that remains.

use crate::outbox::search::{self, DocType};
use std::collections::HashMap;

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::entities::comments::{self, Model as Comment};
use crate::db::entities::{comment_votes, proposals};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::agency::aggregates::{self, Activity};
use crate::domain::consultations::Phase;
use crate::domain::moderation::{self, log};
use crate::domain::notifications::{self, Event};
use crate::domain::proposals::{ensure_open, get, get_for_update};
use crate::domain::repetition::{self, RepetitionPolicy};
use crate::domain::retry::retry_transient;
use crate::domain::{cursor, markdown, now, visibility};
use crate::error::{Conflict, Error, FieldError, FieldErrors, Resource, Result};

/// The deepest a reply may sit: a top-level comment is depth 0.
pub const MAX_DEPTH: i16 = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    For,
    Against,
    #[default]
    Neutral,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::For => "for",
            Stance::Against => "against",
            Stance::Neutral => "neutral",
        }
    }

    pub fn parse(raw: &str) -> Stance {
        match raw {
            "for" => Stance::For,
            "against" => Stance::Against,
            _ => Stance::Neutral,
        }
    }
}

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
    let depth = match parent_id {
        None => 0,
        Some(parent_id) => {
            let parent = comments::Entity::find_by_id(parent_id)
                .lock_exclusive()
                .one(&txn)
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
                .exec(&txn)
                .await?;
            parent.depth + 1
        }
    };
    let comment = comments::ActiveModel {
        id: Set(Uuid::now_v7()),
        proposal_id: Set(proposal_id),
        parent_id: Set(parent_id),
        author_id: Set(author.id),
        depth: Set(depth),
        body_html: Set(markdown::render(body)),
        body: Set(body.to_owned()),
        stance: Set(stance.as_str().to_owned()),
        up_count: Set(0),
        down_count: Set(0),
        reply_count: Set(0),
        hidden_at: Set(None),
        hidden_reason: Set(None),
        hidden_by: Set(None),
        flag_count: Set(0),
        deleted_at: Set(None),
        edited_at: Set(None),
        created_at: Set(now()),
    }
    .insert(&txn)
    .await?;
    add_to_comment_count(&txn, proposal.id, 1).await?;
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

pub(crate) async fn add_to_comment_count<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
    delta: i32,
) -> Result<()> {
    proposals::Entity::update_many()
        .col_expr(
            proposals::Column::CommentCount,
            Expr::col(proposals::Column::CommentCount).add(delta),
        )
        .filter(proposals::Column::Id.eq(proposal_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// A comment with its replies.
pub struct Thread {
    pub comment: Comment,
    pub replies: Vec<Thread>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ThreadOrder {
    #[default]
    Oldest,
    Newest,
}

/// A page of a proposal's discussion, as one viewer may see it.
pub struct Discussion {
    pub threads: Vec<Thread>,
    pub next_cursor: Option<String>,
    /// Whether the viewer moderates this consultation (and so reads hidden comments).
    pub viewer_moderates: bool,
}

/// A page of top-level comments, each with its whole reply tree, from one indexed query.
pub async fn threads(
    db: &Db,
    viewer: Option<&Account>,
    proposal_id: Uuid,
    order: ThreadOrder,
    after: Option<&str>,
    limit: u64,
) -> Result<Discussion> {
    let (proposal, _) = get(db.reader(), viewer, proposal_id).await?;
    let viewer_moderates = match viewer {
        Some(v) => moderation::may_moderate(db.reader(), v, proposal.consultation_id).await?,
        None => false,
    };
    let all = comments::Entity::find()
        .filter(comments::Column::ProposalId.eq(proposal_id))
        .order_by_asc(comments::Column::Id)
        .all(db.reader())
        .await?;
    let mut children: HashMap<Uuid, Vec<Comment>> = HashMap::new();
    let mut roots = Vec::new();
    for comment in all {
        match comment.parent_id {
            Some(parent) => children.entry(parent).or_default().push(comment),
            None => roots.push(comment),
        }
    }
    if order == ThreadOrder::Newest {
        roots.reverse();
    }
    if let Some(after) = after {
        let last: Uuid = cursor::decode(after)?;
        roots.retain(|c| match order {
            ThreadOrder::Oldest => c.id > last,
            ThreadOrder::Newest => c.id < last,
        });
    }
    let more = roots.len() as u64 > limit;
    roots.truncate(limit as usize);
    let next = if more {
        roots.last().map(|c| cursor::encode(&c.id))
    } else {
        None
    };
    fn build(comment: Comment, children: &mut HashMap<Uuid, Vec<Comment>>) -> Thread {
        let replies = children
            .remove(&comment.id)
            .unwrap_or_default()
            .into_iter()
            .map(|reply| build(reply, children))
            .collect();
        Thread { comment, replies }
    }
    let threads = roots
        .into_iter()
        .map(|root| build(root, &mut children))
        .collect();
    Ok(Discussion {
        threads,
        next_cursor: next,
        viewer_moderates,
    })
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

pub async fn edit(
    db: &Db,
    author: &Account,
    id: Uuid,
    new_body: Option<&str>,
    stance: Option<Stance>,
) -> Result<Comment> {
    let mut errors = FieldErrors::new();
    let new_body = new_body.and_then(|b| errors.check(body(b)));
    errors.finish()?;
    retry_transient(|| edit_once(db, author, id, new_body.as_deref(), stance)).await
}

async fn edit_once(
    db: &Db,
    author: &Account,
    id: Uuid,
    new_body: Option<&str>,
    stance: Option<Stance>,
) -> Result<Comment> {
    let txn = db.begin_write().await?;
    let current = get_comment_for_update(&txn, id).await?;
    let (proposal, consultation) = get(&txn, Some(author), current.proposal_id).await?;
    if current.author_id != author.id {
        return Err(Error::Forbidden(
            "Only the author can edit a comment.".into(),
        ));
    }
    if current.deleted_at.is_some() {
        return Err(Error::NotFound(Resource::Comment));
    }
    Phase::of(&consultation).ensure_allows_comments()?;
    if proposal.locked_at.is_some() {
        return Err(Error::ProposalLocked);
    }
    let mut row: comments::ActiveModel = current.into();
    if let Some(body) = new_body {
        row.body_html = Set(markdown::render(body));
        row.body = Set(body.to_owned());
    }
    if let Some(stance) = stance {
        row.stance = Set(stance.as_str().to_owned());
    }
    row.edited_at = Set(Some(now()));
    let updated = row.update(&txn).await?;
    search::touch(&txn, DocType::Comment, updated.id).await?;
    txn.commit().await?;
    Ok(updated)
}

/// Removes a comment's text for good; its place in the thread stays so replies keep their
/// context. The author or a moderator of the consultation may do this; doing it twice is not
/// an error. A moderator removing someone else's words is on the moderation log.
pub async fn delete(db: &Db, actor: &Account, id: Uuid) -> Result<()> {
    retry_transient(|| delete_once(db, actor, id)).await
}

async fn delete_once(db: &Db, actor: &Account, id: Uuid) -> Result<()> {
    let txn = db.begin_write().await?;
    let (_, current) = lock_with_proposal(&txn, id).await?;
    let (proposal, _) = get(&txn, Some(actor), current.proposal_id).await?;
    let by_author = current.author_id == actor.id;
    if !by_author && !moderation::may_moderate(&txn, actor, proposal.consultation_id).await? {
        return Err(Error::Forbidden(
            "Only the author or a moderator can delete a comment.".into(),
        ));
    }
    if current.deleted_at.is_some() {
        return Ok(());
    }
    if !by_author {
        log::record(
            &txn,
            log::Entry {
                moderator_id: Some(actor.id),
                action: "delete",
                target_type: "comment",
                target_id: current.id,
                consultation_id: Some(proposal.consultation_id),
                reason: "Removed by a moderator.".to_owned(),
                details: None,
                // The removed text stays out of the log: it may be the personal data that
                // was the reason for removing it.
                before: Some(serde_json::json!({ "deleted": false })),
                after: Some(serde_json::json!({ "deleted": true })),
            },
        )
        .await?;
    }
    let counted = current.hidden_at.is_none();
    let proposal_id = current.proposal_id;
    let mut row: comments::ActiveModel = current.into();
    row.body = Set(String::new());
    row.body_html = Set(String::new());
    row.deleted_at = Set(Some(now()));
    row.update(&txn).await?;
    search::touch(&txn, DocType::Comment, id).await?;
    if counted {
        add_to_comment_count(&txn, proposal_id, -1).await?;
    }
    txn.commit().await?;
    Ok(())
}

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
