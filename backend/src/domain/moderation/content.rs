//! Hiding and showing proposals, comments and remarks on documents, and closing their flags,
//! with every counter that depends on visibility moved in the same transaction.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::db::entities::comments::{self, Model as Comment};
use crate::db::entities::document_remarks::{self, Model as Remark};
use crate::db::entities::flags;
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::domain::agency::{counted, theme_participants};
use crate::domain::comments::add_to_comment_count;
use crate::domain::{consultations, now, visibility};
use crate::error::Result;
use crate::outbox::search::{self, DocType};

use super::TargetType;

/// Who hid an item: a moderator, or the community's flags pending review.
pub(super) type HiddenBy = Option<Uuid>;

pub(super) async fn hide_proposal<C: ConnectionTrait>(
    conn: &C,
    p: &Proposal,
    by: HiddenBy,
    reason: &str,
) -> Result<()> {
    let at: Option<DateTime<Utc>> = Some(p.hidden_at.unwrap_or_else(now));
    proposals::Entity::update_many()
        .col_expr(proposals::Column::HiddenAt, Expr::value(at))
        .col_expr(proposals::Column::HiddenReason, Expr::value(reason))
        .col_expr(proposals::Column::HiddenBy, Expr::value(by))
        .filter(proposals::Column::Id.eq(p.id))
        .exec(conn)
        .await?;
    if visibility::counts_toward_consultation(p) {
        consultations::add_to_proposal_count(conn, p.consultation_id, -1).await?;
        counted::move_proposals(conn, p.consultation_id, &[p.id], -1).await?;
    }
    touch_proposal_and_comments(conn, p.id).await
}

pub(super) async fn unhide_proposal<C: ConnectionTrait>(conn: &C, p: &Proposal) -> Result<()> {
    proposals::Entity::update_many()
        .col_expr(
            proposals::Column::HiddenAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            proposals::Column::HiddenReason,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            proposals::Column::HiddenBy,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(proposals::Column::Id.eq(p.id))
        .exec(conn)
        .await?;
    let shown = Proposal {
        hidden_at: None,
        ..p.clone()
    };
    if visibility::counts_toward_consultation(&shown) && !visibility::counts_toward_consultation(p)
    {
        consultations::add_to_proposal_count(conn, p.consultation_id, 1).await?;
        counted::move_proposals(conn, p.consultation_id, &[p.id], 1).await?;
    }
    touch_proposal_and_comments(conn, p.id).await
}

pub(super) async fn hide_comment<C: ConnectionTrait>(
    conn: &C,
    c: &Comment,
    proposal: &Proposal,
    by: HiddenBy,
    reason: &str,
) -> Result<()> {
    let at: Option<DateTime<Utc>> = Some(c.hidden_at.unwrap_or_else(now));
    comments::Entity::update_many()
        .col_expr(comments::Column::HiddenAt, Expr::value(at))
        .col_expr(comments::Column::HiddenReason, Expr::value(reason))
        .col_expr(comments::Column::HiddenBy, Expr::value(by))
        .filter(comments::Column::Id.eq(c.id))
        .exec(conn)
        .await?;
    if visibility::is_public_comment(c) {
        move_public_comment(conn, c, proposal, -1).await?;
    }
    search::touch(conn, DocType::Comment, c.id).await?;
    Ok(())
}

pub(super) async fn unhide_comment<C: ConnectionTrait>(
    conn: &C,
    c: &Comment,
    proposal: &Proposal,
) -> Result<()> {
    comments::Entity::update_many()
        .col_expr(
            comments::Column::HiddenAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            comments::Column::HiddenReason,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            comments::Column::HiddenBy,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(comments::Column::Id.eq(c.id))
        .exec(conn)
        .await?;
    if c.hidden_at.is_some() && c.deleted_at.is_none() {
        move_public_comment(conn, c, proposal, 1).await?;
    }
    search::touch(conn, DocType::Comment, c.id).await?;
    Ok(())
}

/// A public comment appearing (1) or going (-1): its proposal's comment count, and its
/// author's act under the proposal's theme. The caller holds the proposal's lock.
async fn move_public_comment<C: ConnectionTrait>(
    conn: &C,
    c: &Comment,
    proposal: &Proposal,
    delta: i32,
) -> Result<()> {
    add_to_comment_count(conn, c.proposal_id, delta).await?;
    theme_participants::add_act(conn, proposal, c.author_id, delta).await
}

/// Remarks are counted nowhere and not searched: hiding one only changes its row.
pub(super) async fn hide_remark<C: ConnectionTrait>(
    conn: &C,
    r: &Remark,
    by: HiddenBy,
    reason: &str,
) -> Result<()> {
    let at: Option<DateTime<Utc>> = Some(r.hidden_at.unwrap_or_else(now));
    document_remarks::Entity::update_many()
        .col_expr(document_remarks::Column::HiddenAt, Expr::value(at))
        .col_expr(document_remarks::Column::HiddenReason, Expr::value(reason))
        .col_expr(document_remarks::Column::HiddenBy, Expr::value(by))
        .filter(document_remarks::Column::Id.eq(r.id))
        .exec(conn)
        .await?;
    Ok(())
}

pub(super) async fn unhide_remark<C: ConnectionTrait>(conn: &C, r: &Remark) -> Result<()> {
    document_remarks::Entity::update_many()
        .col_expr(
            document_remarks::Column::HiddenAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            document_remarks::Column::HiddenReason,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            document_remarks::Column::HiddenBy,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(document_remarks::Column::Id.eq(r.id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The search index learns of a proposal's change, and its comments, which inherit its
/// visibility, of theirs.
pub(super) async fn touch_proposal_and_comments<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
) -> Result<()> {
    search::touch(conn, DocType::Proposal, id).await?;
    search::touch_comments_of(conn, id).await?;
    Ok(())
}

/// How a review closed an item's flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Resolution {
    /// The flags were right: the item was hidden, marked as spam or merged away.
    Upheld,
    /// The flags were unfounded.
    Dismissed,
}

impl Resolution {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Resolution::Upheld => "upheld",
            Resolution::Dismissed => "dismissed",
        }
    }
}

/// Closes every open flag on the item and sets its open-flag counter to zero; returns how
/// many were closed.
pub(super) async fn resolve_flags<C: ConnectionTrait>(
    conn: &C,
    target_type: TargetType,
    target_id: Uuid,
    resolver: Uuid,
    resolution: Resolution,
) -> Result<u64> {
    let closed = flags::Entity::update_many()
        .col_expr(flags::Column::ResolvedAt, Expr::value(Some(now())))
        .col_expr(flags::Column::ResolvedBy, Expr::value(Some(resolver)))
        .col_expr(
            flags::Column::Resolution,
            Expr::value(Some(resolution.as_str())),
        )
        .filter(flags::Column::TargetType.eq(target_type))
        .filter(flags::Column::TargetId.eq(target_id))
        .filter(flags::Column::ResolvedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected;
    if closed > 0 {
        move_flag_count(conn, target_type, target_id, -(closed as i32)).await?;
    }
    Ok(closed)
}

/// Moves the open-flag counter of a flagged item by `delta` (accounts keep none).
pub(super) async fn move_flag_count<C: ConnectionTrait>(
    conn: &C,
    target_type: TargetType,
    target_id: Uuid,
    delta: i32,
) -> Result<()> {
    match target_type {
        TargetType::Proposal => {
            proposals::Entity::update_many()
                .col_expr(
                    proposals::Column::FlagCount,
                    Expr::col(proposals::Column::FlagCount).add(delta),
                )
                .filter(proposals::Column::Id.eq(target_id))
                .exec(conn)
                .await?;
        }
        TargetType::Comment => {
            comments::Entity::update_many()
                .col_expr(
                    comments::Column::FlagCount,
                    Expr::col(comments::Column::FlagCount).add(delta),
                )
                .filter(comments::Column::Id.eq(target_id))
                .exec(conn)
                .await?;
        }
        TargetType::Remark => {
            document_remarks::Entity::update_many()
                .col_expr(
                    document_remarks::Column::FlagCount,
                    Expr::col(document_remarks::Column::FlagCount).add(delta),
                )
                .filter(document_remarks::Column::Id.eq(target_id))
                .exec(conn)
                .await?;
        }
        TargetType::User => {}
    }
    Ok(())
}

/// What the audit log keeps of a proposal's moderated state (never its text: that may be what
/// had to go).
pub(super) fn proposal_state(p: &Proposal) -> Value {
    json!({
        "hidden": p.hidden_at.is_some(),
        "hidden_reason": p.hidden_reason,
        "hidden_by": p.hidden_by,
        "locked": p.locked_at.is_some(),
        "pinned": p.pinned,
        "theme": p.theme,
        "merged_into": p.merged_into,
        "open_flags": p.flag_count,
        "counts": {
            "agree": p.agree_count, "disagree": p.disagree_count, "pass": p.pass_count,
            "comments": p.comment_count,
        },
    })
}

pub(super) fn comment_state(c: &Comment) -> Value {
    json!({
        "hidden": c.hidden_at.is_some(),
        "hidden_reason": c.hidden_reason,
        "hidden_by": c.hidden_by,
        "deleted": c.deleted_at.is_some(),
        "open_flags": c.flag_count,
    })
}

pub(super) fn remark_state(r: &Remark) -> Value {
    json!({
        "hidden": r.hidden_at.is_some(),
        "hidden_reason": r.hidden_reason,
        "hidden_by": r.hidden_by,
        "status": r.status,
        "open_flags": r.flag_count,
    })
}
