//! Remarks on a published version's paragraphs: anyone who may take part comments on a
//! paragraph or suggests new words for it; the document's writers accept a suggested amendment
//! (its words replace the paragraph in the next draft) or reject it with a reason. Remarks are
//! made on the current published version only, so each one names the words it is about; older
//! versions keep theirs for the record. The author of an amendment is told what was decided.
//! Remarks are moderated like comments (`moderation`): a hidden remark is read only by its
//! author and by those who moderate the consultation, and its amendment cannot be decided.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde_json::json;
use uuid::Uuid;

use super::content::{self, MAX_PARAGRAPH_CHARS};
use super::write::{draft_from_last, touch};
use super::{current, draft, ensure_writer, may_write, versions_of, with_consultation};
use crate::db::entities::document_remarks::{self, AmendmentStatus, Model as Remark, RemarkKind};
use crate::db::entities::document_versions::{self, Model as Version};
use crate::db::entities::documents;
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{self, AuditAction, AuditEntry};
use crate::domain::notifications::{self, Event};
use crate::domain::{markdown, moderation, now, proposals, text, visibility};
use crate::error::{Conflict, Error, FieldError, FieldErrors, Resource, Result};

/// Characters a comment or an amendment's reason may have.
pub const MAX_REMARK_CHARS: usize = 2_000;
/// Characters a decision's reason may have.
pub const MAX_REASON_CHARS: usize = 1_000;

/// A remark as written.
#[derive(Debug, Clone)]
pub struct NewRemark {
    /// The version the writer saw: it must still be the current published one.
    pub version_id: Uuid,
    pub paragraph: i32,
    pub kind: RemarkKind,
    pub body: String,
    /// An amendment's words for the paragraph; required for an amendment, refused otherwise.
    pub proposed_text: Option<String>,
}

/// A remark with its author's name, as the document's page shows it.
#[derive(Debug, Clone)]
pub struct RemarkView {
    pub remark: Remark,
    pub version_number: i32,
    /// Absent when the author's account was deleted.
    pub author_name: Option<String>,
}

/// The remarks on one published version, and whether the viewer may decide its amendments.
#[derive(Debug, Clone)]
pub struct VersionRemarks {
    pub version: Version,
    pub items: Vec<RemarkView>,
    pub viewer_may_decide: bool,
    /// Whether the viewer moderates the consultation (and so reads hidden remarks).
    pub viewer_moderates: bool,
}

/// The remarks on a published version of the document (its current one unless a number is
/// given), in paragraph order, oldest first within a paragraph.
pub async fn of_version<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    document_id: Uuid,
    number: Option<i32>,
) -> Result<VersionRemarks> {
    let (_, consultation) = with_consultation(conn, viewer, document_id, false).await?;
    let versions = versions_of(conn, document_id).await?;
    let (viewer_may_decide, viewer_moderates) = match viewer {
        Some(person) => (
            may_write(conn, person, &consultation).await?,
            moderation::may_moderate(conn, person, consultation.id).await?,
        ),
        None => (false, false),
    };
    hide_unpublished(&versions, viewer_may_decide)?;
    let version = match number {
        None => current(&versions),
        Some(n) => versions
            .iter()
            .find(|v| v.number == n && v.published_at.is_some()),
    }
    .ok_or(Error::NotFound(Resource::DocumentVersion))?
    .clone();
    let remarks = document_remarks::Entity::find()
        .filter(document_remarks::Column::VersionId.eq(version.id))
        .order_by_asc(document_remarks::Column::Paragraph)
        .order_by_asc(document_remarks::Column::CreatedAt)
        .order_by_asc(document_remarks::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .filter(|r| may_read(r, viewer, viewer_moderates))
        .collect::<Vec<_>>();
    let names = proposals::display_names(conn, remarks.iter().filter_map(|r| r.author_id)).await?;
    let items = remarks
        .into_iter()
        .map(|remark| RemarkView {
            author_name: remark
                .author_id
                .and_then(|id| names.get(&id).cloned())
                .filter(|n| !n.is_empty()),
            version_number: version.number,
            remark,
        })
        .collect();
    Ok(VersionRemarks {
        version,
        items,
        viewer_may_decide,
        viewer_moderates,
    })
}

/// Whether the viewer reads the remark: everyone unless it is hidden, and then its author and
/// those who moderate the consultation.
fn may_read(remark: &Remark, viewer: Option<&Account>, viewer_moderates: bool) -> bool {
    visibility::is_public_remark(remark)
        || viewer_moderates
        || viewer.is_some_and(|v| remark.author_id == Some(v.id))
}

/// A document never published does not exist for anyone but its writers.
fn hide_unpublished(versions: &[Version], writer: bool) -> Result<()> {
    if current(versions).is_none() && !writer {
        return Err(Error::NotFound(Resource::Document));
    }
    Ok(())
}

/// What a new remark says, checked against the paragraph it is about.
struct CheckedRemark {
    body: String,
    original_text: Option<String>,
    proposed_text: Option<String>,
    status: Option<AmendmentStatus>,
}

fn check(new: &NewRemark, paragraphs: &[String]) -> Result<CheckedRemark> {
    let mut errors = FieldErrors::new();
    let index = usize::try_from(new.paragraph)
        .ok()
        .filter(|i| *i < paragraphs.len());
    if index.is_none() {
        errors.push(FieldError::new(
            "paragraph",
            "out_of_range",
            format!(
                "the version has paragraphs 0 to {}",
                paragraphs.len().saturating_sub(1)
            ),
        ));
    }
    let body = errors.check(markdown::body("body", &new.body, 1, MAX_REMARK_CHARS));
    let proposed = match (new.kind, new.proposed_text.as_deref()) {
        (RemarkKind::Comment, None) => None,
        (RemarkKind::Comment, Some(_)) => {
            errors.push(FieldError::new(
                "proposed_text",
                "not_allowed",
                "a comment suggests no words; send an amendment instead",
            ));
            None
        }
        (RemarkKind::Amendment, raw) => errors.check(markdown::body(
            "proposed_text",
            raw.unwrap_or_default(),
            1,
            MAX_PARAGRAPH_CHARS,
        )),
    };
    let original = index.and_then(|i| paragraphs.get(i)).cloned();
    if new.kind == RemarkKind::Amendment && proposed.is_some() && proposed == original {
        errors.push(FieldError::new(
            "proposed_text",
            "unchanged",
            "an amendment changes the paragraph's words",
        ));
    }
    errors.finish()?;
    let amendment = new.kind == RemarkKind::Amendment;
    Ok(CheckedRemark {
        body: body.unwrap_or_default(),
        original_text: original.filter(|_| amendment),
        proposed_text: proposed,
        status: amendment.then_some(AmendmentStatus::Open),
    })
}

/// Someone who may take part comments on, or suggests an amendment to, a paragraph of the
/// document's current published version.
#[tracing::instrument(skip_all, fields(document_id = %document_id))]
pub async fn add(
    db: &Db,
    author: &Account,
    document_id: Uuid,
    new: NewRemark,
) -> Result<RemarkView> {
    let txn = db.begin_write().await?;
    let (document, consultation) =
        with_consultation(&txn, Some(author), document_id, false).await?;
    let versions = versions_of(&txn, document.id).await?;
    hide_unpublished(&versions, may_write(&txn, author, &consultation).await?)?;
    let version = versions
        .iter()
        .find(|v| v.id == new.version_id)
        .ok_or(Error::NotFound(Resource::DocumentVersion))?;
    if current(&versions).map(|c| c.id) != Some(version.id) {
        return Err(Conflict::VersionNotCurrent.into());
    }
    let checked = check(&new, &content::paragraphs(version))?;
    let remark = document_remarks::ActiveModel {
        id: Set(Uuid::now_v7()),
        document_id: Set(document.id),
        version_id: Set(version.id),
        paragraph: Set(new.paragraph),
        kind: Set(new.kind),
        body: Set(checked.body),
        original_text: Set(checked.original_text),
        proposed_text: Set(checked.proposed_text),
        status: Set(checked.status),
        decision_reason: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
        author_id: Set(Some(author.id)),
        created_at: Set(now()),
        flag_count: Set(0),
        hidden_at: Set(None),
        hidden_reason: Set(None),
        hidden_by: Set(None),
    }
    .insert(&txn)
    .await?;
    let view = RemarkView {
        remark,
        version_number: version.number,
        author_name: Some(author.display_name.clone()),
    };
    txn.commit().await?;
    Ok(view)
}

/// A writer's decision on a suggested amendment.
#[derive(Debug, Clone)]
pub struct Decision {
    pub accept: bool,
    /// Required to reject; optional to accept.
    pub reason: Option<String>,
}

fn checked_reason(decision: &Decision) -> Result<Option<String>> {
    let raw = decision
        .reason
        .as_deref()
        .map(str::trim)
        .unwrap_or_default();
    if raw.is_empty() && decision.accept {
        return Ok(None);
    }
    text::bounded("reason", raw, 1, MAX_REASON_CHARS)
        .map(Some)
        .map_err(|e| Error::Validation(vec![e]))
}

/// A writer accepts a suggested amendment, which puts its words into the draft (started from
/// the current published version if there is none), or rejects it with a reason. Accepting
/// refuses when the draft's paragraph is no longer the one the amendment was written against.
/// A hidden amendment is not found, as a hidden comment is for a vote: moderation took its
/// words out of the discussion, so they cannot enter the draft.
#[tracing::instrument(skip_all, fields(document_id = %document_id, remark_id = %remark_id))]
pub async fn decide(
    db: &Db,
    writer: &Account,
    document_id: Uuid,
    remark_id: Uuid,
    decision: Decision,
) -> Result<RemarkView> {
    let reason = checked_reason(&decision)?;
    let txn = db.begin_write().await?;
    // The document's row lock orders decisions and draft edits one after another.
    let (document, consultation) = with_consultation(&txn, Some(writer), document_id, true).await?;
    ensure_writer(&txn, writer, &consultation).await?;
    let remark = document_remarks::Entity::find_by_id(remark_id)
        .filter(document_remarks::Column::DocumentId.eq(document.id))
        .lock_exclusive()
        .one(&txn)
        .await?
        .filter(visibility::is_public_remark)
        .ok_or(Error::NotFound(Resource::DocumentRemark))?;
    if remark.kind != RemarkKind::Amendment {
        return Err(Conflict::NotAnAmendment.into());
    }
    if remark.status != Some(AmendmentStatus::Open) {
        return Err(Conflict::AlreadyDecided.into());
    }
    let versions = versions_of(&txn, document.id).await?;
    let version_number = number_of(&versions, remark.version_id);
    let applied_to = match decision.accept {
        true => Some(put_into_draft(&txn, writer, &document, &versions, &remark).await?),
        false => None,
    };
    let (status, action) = match decision.accept {
        true => (
            AmendmentStatus::Accepted,
            AuditAction::DocumentAmendmentAccepted,
        ),
        false => (
            AmendmentStatus::Rejected,
            AuditAction::DocumentAmendmentRejected,
        ),
    };
    let mut row: document_remarks::ActiveModel = remark.clone().into();
    row.status = Set(Some(status));
    row.decision_reason = Set(reason.clone());
    row.decided_by = Set(Some(writer.id));
    row.decided_at = Set(Some(now()));
    let decided = row.update(&txn).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(writer.id),
            action,
            target_type: "document",
            target_id: Some(document.id),
            reason,
            before: None,
            after: Some(json!({
                "remark_id": remark.id,
                "paragraph": remark.paragraph,
                "draft_version": applied_to,
            })),
        },
    )
    .await?;
    notifications::emit(
        &txn,
        &Event::AmendmentDecided {
            remark_id: decided.id,
            actor_id: Some(writer.id),
        },
    )
    .await?;
    let author_name = named(&txn, decided.author_id).await?;
    txn.commit().await?;
    Ok(RemarkView {
        remark: decided,
        version_number,
        author_name,
    })
}

/// The number of the version with this id (0 if it is not among them).
fn number_of(versions: &[Version], id: Uuid) -> i32 {
    versions.iter().find(|v| v.id == id).map_or(0, |v| v.number)
}

/// Puts an accepted amendment's words into the draft (started from the current published
/// version if there is none) and returns the draft's number; refused when the draft's
/// paragraph is no longer the one the amendment was written against.
async fn put_into_draft<C: ConnectionTrait>(
    txn: &C,
    writer: &Account,
    document: &documents::Model,
    versions: &[Version],
    remark: &Remark,
) -> Result<i32> {
    let target = match draft(versions) {
        Some(existing) => existing.clone(),
        None => draft_from_last(txn, writer, document, versions).await?,
    };
    let mut paragraphs = content::paragraphs(&target);
    let slot = usize::try_from(remark.paragraph)
        .ok()
        .and_then(|i| paragraphs.get_mut(i))
        .filter(|p| Some(p.as_str()) == remark.original_text.as_deref())
        .ok_or(Conflict::AmendmentConflict)?;
    *slot = remark.proposed_text.clone().unwrap_or_default();
    let mut row: document_versions::ActiveModel = target.clone().into();
    row.paragraphs = Set(json!(paragraphs));
    row.updated_at = Set(now());
    row.update(txn).await?;
    touch(txn, document).await?;
    Ok(target.number)
}

/// The display name of a remark's author, unless their account was deleted.
async fn named<C: ConnectionTrait>(conn: &C, author: Option<Uuid>) -> Result<Option<String>> {
    let Some(id) = author else {
        return Ok(None);
    };
    Ok(proposals::display_names(conn, [id])
        .await?
        .remove(&id)
        .filter(|n| !n.is_empty()))
}

/// A remark locked for the rest of the transaction, with its document: what flagging and
/// moderating it start from.
pub async fn lock_with_document<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
) -> Result<(Remark, documents::Model)> {
    let remark = document_remarks::Entity::find_by_id(id)
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::DocumentRemark))?;
    let document = documents::Entity::find_by_id(remark.document_id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::DocumentRemark))?;
    Ok((remark, document))
}
