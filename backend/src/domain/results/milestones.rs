//! A result's milestones: dated steps, marked done with the evidence that shows it.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
};
use serde_json::json;
use uuid::Uuid;

use super::input::MilestoneFields;
use super::write::{for_update, record};
use crate::db::entities::result_milestones::{self, Model as Milestone};
use crate::db::entities::results::Model as Outcome;
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::AuditAction;
use crate::domain::now;
use crate::error::{Error, FieldError, FieldErrors, Resource, Result};

/// How many milestones one result may have.
pub const MAX_MILESTONES: usize = 100;

fn snapshot(m: &Milestone) -> serde_json::Value {
    json!({
        "milestone_id": m.id,
        "title": m.title,
        "due_date": m.due_date,
        "done_date": m.done_date,
    })
}

pub async fn add(
    db: &Db,
    agent: &Account,
    result_id: Uuid,
    fields: MilestoneFields,
) -> Result<Milestone> {
    let txn = db.begin_write().await?;
    let (result, _) = for_update(&txn, agent, result_id).await?;
    let mut errors = FieldErrors::new();
    let fields = fields.check(&mut errors, true);
    let existing = result_milestones::Entity::find()
        .filter(result_milestones::Column::ResultId.eq(result.id))
        .count(&txn)
        .await?;
    if existing >= MAX_MILESTONES as u64 {
        errors.push(FieldError::new(
            "title",
            "too_many",
            format!("a result has at most {MAX_MILESTONES} milestones"),
        ));
    }
    let (title, due_date) = errors.finish_with(fields.title.zip(fields.due_date))?;
    let now = now();
    let created = result_milestones::ActiveModel {
        id: Set(Uuid::now_v7()),
        result_id: Set(result.id),
        title: Set(title),
        due_date: Set(due_date),
        done_date: Set(fields.done_date.flatten()),
        evidence: Set(fields.evidence.unwrap_or_default()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    record(
        &txn,
        agent,
        AuditAction::ResultMilestoneSaved,
        result.id,
        None,
        snapshot(&created),
    )
    .await?;
    txn.commit().await?;
    Ok(created)
}

pub async fn edit(
    db: &Db,
    agent: &Account,
    result_id: Uuid,
    milestone_id: Uuid,
    fields: MilestoneFields,
) -> Result<Milestone> {
    let txn = db.begin_write().await?;
    let (result, _) = for_update(&txn, agent, result_id).await?;
    let current = find(&txn, result.id, milestone_id).await?;
    let mut errors = FieldErrors::new();
    let fields = fields.check(&mut errors, false);
    errors.finish()?;
    let mut row: result_milestones::ActiveModel = current.clone().into();
    if let Some(title) = fields.title {
        row.title = Set(title);
    }
    if let Some(due) = fields.due_date {
        row.due_date = Set(due);
    }
    if let Some(done) = fields.done_date {
        row.done_date = Set(done);
    }
    if let Some(evidence) = fields.evidence {
        row.evidence = Set(evidence);
    }
    row.updated_at = Set(now());
    let updated = row.update(&txn).await?;
    record(
        &txn,
        agent,
        AuditAction::ResultMilestoneSaved,
        result.id,
        Some(snapshot(&current)),
        snapshot(&updated),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// One milestone of the result (404 when it is another result's, or none).
pub async fn find<C: ConnectionTrait>(
    conn: &C,
    result_id: Uuid,
    milestone_id: Uuid,
) -> Result<Milestone> {
    result_milestones::Entity::find_by_id(milestone_id)
        .filter(result_milestones::Column::ResultId.eq(result_id))
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Milestone))
}

/// The result a milestone belongs to, as the viewer may see it.
pub async fn result_of<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    milestone_id: Uuid,
) -> Result<Outcome> {
    let milestone = result_milestones::Entity::find_by_id(milestone_id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Milestone))?;
    let (result, _) = super::get(conn, viewer, milestone.result_id).await?;
    Ok(result)
}
