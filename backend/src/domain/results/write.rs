//! Creating a result, editing what describes it, and posting the updates that move it.

use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, QuerySelect, Set};
use serde_json::json;
use uuid::Uuid;

use super::input::{CheckedFields, ResultFields};
use super::{ensure_steward, has_children, links, owner_for_new, progress, ResultStatus};
use crate::db::entities::result_updates::{self, Model as Update};
use crate::db::entities::results::{self, Model as Outcome};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::notifications::{self, Event};
use crate::domain::set_given;
use crate::domain::{consultations, now, text};
use crate::error::{Conflict, Error, FieldError, FieldErrors, Resource, Result};

/// A result as its organisation first publishes it.
#[derive(Debug, Default, Clone)]
pub struct NewResult {
    pub fields: ResultFields,
    /// The owning organisation; see `owner_for_new` for the default.
    pub organization_id: Option<Uuid>,
    /// The result this one is a part of, in the same consultation.
    pub parent_id: Option<Uuid>,
    pub status: Option<ResultStatus>,
    pub progress: Option<i32>,
    /// The proposals it came from: listed proposals of the same consultation.
    pub proposal_ids: Vec<Uuid>,
}

/// An update: a new progress, a new status, or both, with a note saying what happened.
#[derive(Debug, Default, Clone)]
pub struct NewUpdate {
    pub progress: Option<i32>,
    pub status: Option<ResultStatus>,
    pub note: Option<String>,
}

fn snapshot(r: &Outcome) -> serde_json::Value {
    json!({
        "title": r.title,
        "title_en": r.title_en,
        "organization_id": r.organization_id,
        "parent_id": r.parent_id,
        "status": r.status,
        "progress": r.progress,
        "province": r.province,
        "start_date": r.start_date,
        "end_date": r.end_date,
    })
}

pub(super) async fn record<C: ConnectionTrait>(
    conn: &C,
    agent: &Account,
    action: AuditAction,
    result_id: Uuid,
    before: Option<serde_json::Value>,
    after: serde_json::Value,
) -> Result<()> {
    let entry = AuditEntry::by(agent, action, "result", result_id);
    Ok(entry.before(before).after(after).record(conn).await?)
}

/// Loads a result for a write, holding its row lock (PostgreSQL) until the transaction ends,
/// after checking the person may write it.
pub(super) async fn for_update<C: ConnectionTrait>(
    conn: &C,
    agent: &Account,
    id: Uuid,
) -> Result<(Outcome, crate::db::entities::consultations::Model)> {
    let result = results::Entity::find_by_id(id)
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Result))?;
    let consultation =
        consultations::holding(conn, Some(agent), result.consultation_id, Resource::Result).await?;
    ensure_steward(conn, agent, &consultation, result.organization_id).await?;
    Ok((result, consultation))
}

fn apply(row: &mut results::ActiveModel, fields: CheckedFields) {
    let fields = fields.into_fields();
    set_given!(
        row,
        fields,
        title,
        title_en,
        description,
        description_en,
        province
    );
    if let Some(start) = fields.start_date {
        row.start_date = Set(start);
    }
    if let Some(end) = fields.end_date {
        row.end_date = Set(end);
    }
}

#[tracing::instrument(skip_all, fields(consultation_id = %consultation_id))]
pub async fn create(
    db: &Db,
    agent: &Account,
    consultation_id: Uuid,
    new: NewResult,
) -> Result<Outcome> {
    let txn = db.begin_write().await?;
    let consultation = consultations::get_by_id(&txn, Some(agent), consultation_id).await?;
    let organization = owner_for_new(&txn, agent, &consultation, new.organization_id).await?;
    // Checked after the permission, so only those allowed to write learn the rules.
    let mut errors = FieldErrors::new();
    let fields = new.fields.check(&mut errors, true, (None, None));
    let start_progress = errors
        .check(progress(new.progress.unwrap_or(0)))
        .unwrap_or(0);
    if let Some(parent) = new.parent_id {
        let found = results::Entity::find_by_id(parent).one(&txn).await?;
        if found.is_none_or(|p| p.consultation_id != consultation.id) {
            errors.push(FieldError::new(
                "parent_id",
                "not_found",
                "no result with this id in this consultation",
            ));
        }
    }
    let proposals =
        links::check_linkable(&txn, consultation.id, &new.proposal_ids, "proposal_ids").await?;
    if let Err(e) = &proposals {
        errors.push(e.clone());
    }
    errors.finish()?;
    let status = new.status.unwrap_or(ResultStatus::Planned);
    let now = now();
    let mut row = results::ActiveModel {
        id: Set(Uuid::now_v7()),
        consultation_id: Set(consultation.id),
        organization_id: Set(organization),
        parent_id: Set(new.parent_id),
        title: Set(String::new()),
        title_en: Set(None),
        description: Set(String::new()),
        description_en: Set(None),
        status: Set(status),
        progress: Set(start_progress),
        province: Set(None),
        start_date: Set(None),
        end_date: Set(None),
        created_by: Set(Some(agent.id)),
        created_at: Set(now),
        updated_at: Set(now),
    };
    apply(&mut row, fields);
    let created = row.insert(&txn).await?;
    // The history starts with where the result starts.
    insert_update(&txn, &created, Some(start_progress), status, None, agent).await?;
    for proposal in proposals.unwrap_or_default() {
        links::insert(&txn, created.id, proposal).await?;
    }
    let mut after = snapshot(&created);
    after["proposal_ids"] = json!(new.proposal_ids);
    record(
        &txn,
        agent,
        AuditAction::ResultCreated,
        created.id,
        None,
        after,
    )
    .await?;
    txn.commit().await?;
    Ok(created)
}

#[tracing::instrument(skip_all, fields(result_id = %id))]
pub async fn edit(db: &Db, agent: &Account, id: Uuid, fields: ResultFields) -> Result<Outcome> {
    let txn = db.begin_write().await?;
    let (current, _) = for_update(&txn, agent, id).await?;
    let mut errors = FieldErrors::new();
    let fields = fields.check(&mut errors, false, (current.start_date, current.end_date));
    errors.finish()?;
    let mut row: results::ActiveModel = current.clone().into();
    apply(&mut row, fields);
    row.updated_at = Set(now());
    let updated = row.update(&txn).await?;
    record(
        &txn,
        agent,
        AuditAction::ResultEdited,
        updated.id,
        Some(snapshot(&current)),
        snapshot(&updated),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

async fn insert_update<C: ConnectionTrait>(
    conn: &C,
    result: &Outcome,
    progress: Option<i32>,
    status: ResultStatus,
    note: Option<String>,
    agent: &Account,
) -> Result<Update> {
    Ok(result_updates::ActiveModel {
        id: Set(Uuid::now_v7()),
        result_id: Set(result.id),
        progress: Set(progress),
        status: Set(status),
        note: Set(note),
        author_id: Set(Some(agent.id)),
        created_at: Set(now()),
    }
    .insert(conn)
    .await?)
}

/// Posts an update: the result takes its progress and status, the update is kept in the
/// history, and the people behind the linked proposals are told.
#[tracing::instrument(skip_all, fields(result_id = %id))]
pub async fn add_update(
    db: &Db,
    agent: &Account,
    id: Uuid,
    new: NewUpdate,
) -> Result<(Outcome, Update)> {
    let txn = db.begin_write().await?;
    let (current, _) = for_update(&txn, agent, id).await?;
    let parent = has_children(&txn, current.id).await?;
    if parent && new.progress.is_some() {
        return Err(Conflict::ResultHasChildren.into());
    }
    let mut errors = FieldErrors::new();
    let new_progress = new.progress.and_then(|p| errors.check(progress(p)));
    let note = match new.note.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(note) => errors.check(text::bounded("note", note, 1, 2_000)),
    };
    if new.progress.is_none() && new.status.is_none() && note.is_none() {
        errors.push(FieldError::new(
            "note",
            "required",
            "give a new progress, a new status or a note",
        ));
    }
    errors.finish()?;
    let status = new.status.unwrap_or(current.status);
    let kept_progress = if parent {
        None
    } else {
        Some(new_progress.unwrap_or(current.progress))
    };
    let mut row: results::ActiveModel = current.clone().into();
    row.status = Set(status);
    if let Some(p) = kept_progress {
        row.progress = Set(p);
    }
    row.updated_at = Set(now());
    let updated = row.update(&txn).await?;
    let update = insert_update(&txn, &updated, kept_progress, status, note, agent).await?;
    notifications::emit(
        &txn,
        &Event::ResultUpdated {
            result_id: updated.id,
            update_id: update.id,
            actor_id: Some(agent.id),
        },
    )
    .await?;
    record(
        &txn,
        agent,
        AuditAction::ResultProgressUpdated,
        updated.id,
        Some(json!({"status": current.status, "progress": current.progress})),
        json!({"status": updated.status, "progress": kept_progress, "note": update.note}),
    )
    .await?;
    txn.commit().await?;
    Ok((updated, update))
}
