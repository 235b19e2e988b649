//! Flags: a verified person reports a proposal, comment or remark on a document, once per item. Each flag weighs by
//! its reporter's standing (`standing`); when an item's open flags weigh enough it is hidden
//! until a moderator reviews it — unless a moderator already cleared it, whose word stands.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
    SqlErr,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

pub use crate::db::entities::flags::FlagReason;

use crate::db::entities::document_remarks::Model as Remark;
use crate::db::entities::flags;
pub use crate::db::entities::flags::Model as Flag;
use crate::db::entities::{comments, moderation_actions, proposals};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::AuditAction;
use crate::domain::comments::lock_with_proposal;
use crate::domain::documents::{self, remarks::lock_with_document};
use crate::domain::retry::retry_transient;
use crate::domain::{now, proposals as proposal_rules, text};
use crate::error::{Conflict, Error, FieldError, Resource, Result};

use super::standing::{self, Reporter};
use super::{content, log, may_moderate, ModerationPolicy, TargetType};

/// What can be flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum FlaggableType {
    Proposal,
    Comment,
    Remark,
}

impl From<FlaggableType> for TargetType {
    fn from(t: FlaggableType) -> TargetType {
        match t {
            FlaggableType::Proposal => TargetType::Proposal,
            FlaggableType::Comment => TargetType::Comment,
            FlaggableType::Remark => TargetType::Remark,
        }
    }
}

pub struct FlagInput {
    pub target_type: FlaggableType,
    pub target_id: Uuid,
    pub reason: FlagReason,
    pub note: Option<String>,
}

fn parse_note(reason: FlagReason, note: Option<&str>) -> Result<Option<String>> {
    let note = text::optional_label("note", note, 1000).map_err(|e| Error::Validation(vec![e]))?;
    if reason == FlagReason::Other && note.is_none() {
        return Err(Error::Validation(vec![FieldError::new(
            "note",
            "required",
            "say what is wrong when the reason is `other`",
        )]));
    }
    Ok(note)
}

/// The flagged item as the rules need it, locked for the rest of the transaction.
enum Flagged {
    Proposal(Box<proposals::Model>),
    /// With its proposal, locked before it.
    Comment(Box<(comments::Model, proposals::Model)>),
    Remark(Box<Remark>),
}

impl Flagged {
    /// `None` for a remark whose author's account is gone.
    fn author_id(&self) -> Option<Uuid> {
        match self {
            Flagged::Proposal(p) => Some(p.author_id),
            Flagged::Comment(cp) => Some(cp.0.author_id),
            Flagged::Remark(r) => r.author_id,
        }
    }

    fn open_flags(&self) -> i32 {
        match self {
            Flagged::Proposal(p) => p.flag_count,
            Flagged::Comment(cp) => cp.0.flag_count,
            Flagged::Remark(r) => r.flag_count,
        }
    }

    fn is_hidden(&self) -> bool {
        match self {
            Flagged::Proposal(p) => p.hidden_at.is_some(),
            Flagged::Comment(cp) => cp.0.hidden_at.is_some(),
            Flagged::Remark(r) => r.hidden_at.is_some(),
        }
    }
}

/// Loads what the reporter flags, if they can see it; returns it with its consultation.
async fn load_flagged<C: ConnectionTrait>(
    conn: &C,
    reporter: &Account,
    target_type: FlaggableType,
    id: Uuid,
) -> Result<(Flagged, Uuid)> {
    match target_type {
        FlaggableType::Proposal => {
            let (p, c) = proposal_rules::get_for_update(conn, reporter, id).await?;
            Ok((Flagged::Proposal(Box::new(p)), c.id))
        }
        FlaggableType::Comment => {
            let (proposal, comment) = lock_with_proposal(conn, id).await?;
            if comment.deleted_at.is_some() {
                return Err(Error::NotFound(Resource::Comment));
            }
            let (_, consultation) = proposal_rules::get(conn, Some(reporter), comment.proposal_id)
                .await
                .map_err(|err| match err {
                    Error::NotFound(_) => Error::NotFound(Resource::Comment),
                    other => other,
                })?;
            if comment.hidden_at.is_some()
                && comment.author_id != reporter.id
                && !super::may_moderate(conn, reporter, consultation.id).await?
            {
                return Err(Error::NotFound(Resource::Comment));
            }
            Ok((
                Flagged::Comment(Box::new((comment, proposal))),
                consultation.id,
            ))
        }
        FlaggableType::Remark => {
            let (remark, document) = lock_with_document(conn, id).await?;
            let (_, consultation) =
                documents::with_consultation(conn, Some(reporter), document.id, false)
                    .await
                    .map_err(|err| match err {
                        Error::NotFound(_) => Error::NotFound(Resource::DocumentRemark),
                        other => other,
                    })?;
            if remark.hidden_at.is_some()
                && remark.author_id != Some(reporter.id)
                && !super::may_moderate(conn, reporter, consultation.id).await?
            {
                return Err(Error::NotFound(Resource::DocumentRemark));
            }
            Ok((Flagged::Remark(Box::new(remark)), consultation.id))
        }
    }
}

#[tracing::instrument(skip_all, fields(target_id = %input.target_id))]
pub async fn flag(
    db: &Db,
    reporter: &Account,
    input: FlagInput,
    policy: &ModerationPolicy,
) -> Result<Flag> {
    let note = parse_note(input.reason, input.note.as_deref())?;
    retry_transient(|| flag_once(db, reporter, &input, note.clone(), policy)).await
}

async fn flag_once(
    db: &Db,
    reporter: &Account,
    input: &FlagInput,
    note: Option<String>,
    policy: &ModerationPolicy,
) -> Result<Flag> {
    let txn = db.begin_write().await?;
    let (target, consultation_id) =
        load_flagged(&txn, reporter, input.target_type, input.target_id).await?;
    if target.author_id() == Some(reporter.id) {
        return Err(Error::Forbidden("You cannot flag what you wrote.".into()));
    }
    let target_type = TargetType::from(input.target_type);
    let weight = standing::flag_weight(
        &Reporter {
            account: reporter,
            record: standing::flag_record(&txn, reporter.id).await?,
            moderates: may_moderate(&txn, reporter, consultation_id).await?,
        },
        policy.new_account_age,
        now(),
    );
    let flag = flags::ActiveModel {
        id: Set(Uuid::now_v7()),
        target_type: Set(target_type),
        target_id: Set(input.target_id),
        consultation_id: Set(consultation_id),
        reporter_id: Set(reporter.id),
        reason: Set(input.reason),
        note: Set(note),
        created_at: Set(now()),
        resolved_at: Set(None),
        resolved_by: Set(None),
        resolution: Set(None),
        weight: Set(weight),
    }
    .insert(&txn)
    .await
    .map_err(|err| match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => Error::Conflict(Conflict::AlreadyFlagged),
        _ => err.into(),
    })?;
    let open_flags = target.open_flags() + 1;
    content::move_flag_count(&txn, target_type, input.target_id, 1).await?;
    if !target.is_hidden() {
        let score = open_score(&txn, target_type, input.target_id).await?;
        if score >= policy.hide_score()
            && !cleared_by_moderator(&txn, target_type, input.target_id).await?
        {
            hide_pending_review(&txn, &target, consultation_id, open_flags, score).await?;
        }
    }
    txn.commit().await?;
    Ok(flag)
}

/// The summed weight of an item's open flags. The item's row is locked by the caller, so
/// concurrent flags on it are summed one after another.
async fn open_score<C: ConnectionTrait>(
    conn: &C,
    target_type: TargetType,
    target_id: Uuid,
) -> Result<i32> {
    let weights: Vec<i32> = flags::Entity::find()
        .select_only()
        .column(flags::Column::Weight)
        .filter(flags::Column::TargetType.eq(target_type))
        .filter(flags::Column::TargetId.eq(target_id))
        .filter(flags::Column::ResolvedAt.is_null())
        .into_tuple()
        .all(conn)
        .await?;
    Ok(weights.into_iter().sum())
}

/// Whether a moderator already showed the item again or dismissed its flags: their decision
/// stands, and later flags only bring it back to the queue.
async fn cleared_by_moderator<C: ConnectionTrait>(
    conn: &C,
    target_type: TargetType,
    target_id: Uuid,
) -> Result<bool> {
    Ok(moderation_actions::Entity::find()
        .filter(moderation_actions::Column::TargetType.eq(target_type))
        .filter(moderation_actions::Column::TargetId.eq(target_id))
        .filter(moderation_actions::Column::ModeratorId.is_not_null())
        .filter(moderation_actions::Column::Action.is_in(["unhide", "dismiss_flags"]))
        .one(conn)
        .await?
        .is_some())
}

/// The item's flags weigh enough: it leaves every public surface until a moderator decides.
async fn hide_pending_review<C: ConnectionTrait>(
    conn: &C,
    target: &Flagged,
    consultation_id: Uuid,
    open_flags: i32,
    score: i32,
) -> Result<()> {
    let reason = format!("Hidden pending review: flagged by {open_flags} people.");
    let (target_type, target_id, before) = match target {
        Flagged::Proposal(p) => {
            content::hide_proposal(conn, p, None, &reason).await?;
            (TargetType::Proposal, p.id, content::proposal_state(p))
        }
        Flagged::Comment(cp) => {
            let (c, proposal) = &**cp;
            content::hide_comment(conn, c, proposal, None, &reason).await?;
            (TargetType::Comment, c.id, content::comment_state(c))
        }
        Flagged::Remark(r) => {
            content::hide_remark(conn, r, None, &reason).await?;
            (TargetType::Remark, r.id, content::remark_state(r))
        }
    };
    log::record(
        conn,
        log::Entry {
            moderator_id: None,
            action: AuditAction::ModerationHide,
            target_type,
            target_id,
            consultation_id: Some(consultation_id),
            reason: reason.clone(),
            details: Some(json!({
                "automatic": true,
                "open_flags": open_flags,
                "flag_score": f64::from(score) / f64::from(standing::ESTABLISHED),
            })),
            before: Some(before),
            after: Some(json!({ "hidden": true, "hidden_reason": reason, "hidden_by": null })),
        },
    )
    .await?;
    Ok(())
}

/// Counts an item's open flags from the flag rows.
pub async fn recount_open<C: ConnectionTrait>(
    conn: &C,
    target_type: TargetType,
    target_id: Uuid,
) -> Result<i32> {
    use sea_orm::PaginatorTrait;
    let n = flags::Entity::find()
        .filter(flags::Column::TargetType.eq(target_type))
        .filter(flags::Column::TargetId.eq(target_id))
        .filter(flags::Column::ResolvedAt.is_null())
        .count(conn)
        .await?;
    Ok(n as i32)
}
