//! Adding, editing and deleting indicators, and recording what was measured.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect, Set,
};
use serde_json::json;
use uuid::Uuid;

use super::input::{IndicatorFields, ValueFields};
use super::{ensure_writer, writers_of, Owner, MAX_PER_OWNER, MAX_VALUES};
use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::indicator_values::{self, Model as Value};
use crate::db::entities::indicators::{self, Model as Indicator};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::set_given;
use crate::domain::{consultations, now, results};
use crate::error::{Error, FieldError, FieldErrors, Resource, Result};

fn snapshot(i: &Indicator) -> serde_json::Value {
    json!({
        "consultation_id": i.consultation_id,
        "result_id": i.result_id,
        "name": i.name,
        "name_en": i.name_en,
        "unit": i.unit,
        "baseline": i.baseline,
        "target": i.target,
        "description": i.description,
        "position": i.position,
    })
}

async fn record<C: ConnectionTrait>(
    conn: &C,
    agent: &Account,
    action: AuditAction,
    indicator_id: Uuid,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> Result<()> {
    let entry = AuditEntry::by(agent, action, "indicator", indicator_id);
    Ok(entry.before(before).after(after).record(conn).await?)
}

/// The consultation (and result) a new indicator goes on, once the person may write there.
async fn place<C: ConnectionTrait>(
    conn: &C,
    agent: &Account,
    owner: Owner,
) -> Result<(Consultation, Option<Uuid>)> {
    match owner {
        Owner::Result(id) => {
            let (result, consultation) = results::get(conn, Some(agent), id).await?;
            ensure_writer(conn, agent, &consultation, result.organization_id).await?;
            Ok((consultation, Some(result.id)))
        }
        Owner::Consultation(id) => {
            let consultation = consultations::get_by_id(conn, Some(agent), id).await?;
            ensure_writer(conn, agent, &consultation, None).await?;
            Ok((consultation, None))
        }
    }
}

/// Loads an indicator for a write, holding its row lock (PostgreSQL) until the transaction
/// ends, after checking the person may write it.
async fn for_update<C: ConnectionTrait>(conn: &C, agent: &Account, id: Uuid) -> Result<Indicator> {
    let indicator = indicators::Entity::find_by_id(id)
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Indicator))?;
    let consultation = consultations::holding(
        conn,
        Some(agent),
        indicator.consultation_id,
        Resource::Indicator,
    )
    .await?;
    let organization = writers_of(conn, &indicator).await?;
    ensure_writer(conn, agent, &consultation, organization).await?;
    Ok(indicator)
}

/// The indicators beside which a new one goes: the result's, or the consultation's own.
async fn siblings<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    result_id: Option<Uuid>,
) -> Result<Vec<i32>> {
    let query = indicators::Entity::find()
        .select_only()
        .column(indicators::Column::Position)
        .filter(indicators::Column::ConsultationId.eq(consultation_id));
    let query = match result_id {
        Some(id) => query.filter(indicators::Column::ResultId.eq(id)),
        None => query.filter(indicators::Column::ResultId.is_null()),
    };
    Ok(query.into_tuple().all(conn).await?)
}

#[tracing::instrument(skip_all)]
pub async fn create(
    db: &Db,
    agent: &Account,
    owner: Owner,
    fields: IndicatorFields,
) -> Result<Indicator> {
    let txn = db.begin_write().await?;
    let (consultation, result_id) = place(&txn, agent, owner).await?;
    // Checked after the permission, so only those allowed to write learn the rules.
    let mut errors = FieldErrors::new();
    let fields = fields.check(&mut errors, true, None);
    let positions = siblings(&txn, consultation.id, result_id).await?;
    if positions.len() >= MAX_PER_OWNER {
        errors.push(FieldError::new(
            "name",
            "too_many",
            format!("at most {MAX_PER_OWNER} indicators each"),
        ));
    }
    let (((name, unit), baseline), target) = errors.finish_with(
        fields
            .name
            .zip(fields.unit)
            .zip(fields.baseline)
            .zip(fields.target),
    )?;
    let next = positions.iter().max().map_or(0, |p| p + 1);
    let now = now();
    let created = indicators::ActiveModel {
        id: Set(Uuid::now_v7()),
        consultation_id: Set(consultation.id),
        result_id: Set(result_id),
        name: Set(name),
        name_en: Set(fields.name_en.flatten()),
        unit: Set(unit),
        baseline: Set(baseline),
        target: Set(target),
        description: Set(fields.description.flatten()),
        position: Set(fields.position.unwrap_or(next)),
        created_by: Set(Some(agent.id)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    record(
        &txn,
        agent,
        AuditAction::IndicatorCreated,
        created.id,
        None,
        Some(snapshot(&created)),
    )
    .await?;
    txn.commit().await?;
    Ok(created)
}

#[tracing::instrument(skip_all, fields(indicator_id = %id))]
pub async fn edit(
    db: &Db,
    agent: &Account,
    id: Uuid,
    fields: IndicatorFields,
) -> Result<Indicator> {
    let txn = db.begin_write().await?;
    let current = for_update(&txn, agent, id).await?;
    let mut errors = FieldErrors::new();
    let fields = fields.check(&mut errors, false, Some((current.baseline, current.target)));
    errors.finish()?;
    let mut row: indicators::ActiveModel = current.clone().into();
    set_given!(
        row,
        fields,
        name,
        name_en,
        unit,
        baseline,
        target,
        description,
        position
    );
    row.updated_at = Set(now());
    let updated = row.update(&txn).await?;
    record(
        &txn,
        agent,
        AuditAction::IndicatorEdited,
        updated.id,
        Some(snapshot(&current)),
        Some(snapshot(&updated)),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// Deletes an indicator with its measured values; the audit row keeps what it was and how
/// many values went with it.
#[tracing::instrument(skip_all, fields(indicator_id = %id))]
pub async fn delete(db: &Db, agent: &Account, id: Uuid) -> Result<()> {
    let txn = db.begin_write().await?;
    let current = for_update(&txn, agent, id).await?;
    let values = indicator_values::Entity::delete_many()
        .filter(indicator_values::Column::IndicatorId.eq(current.id))
        .exec(&txn)
        .await?
        .rows_affected;
    indicators::Entity::delete_by_id(current.id)
        .exec(&txn)
        .await?;
    let mut before = snapshot(&current);
    before["values"] = json!(values);
    record(
        &txn,
        agent,
        AuditAction::IndicatorDeleted,
        current.id,
        Some(before),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Adds a measured value. Values are never changed or removed: a correction is a new value.
#[tracing::instrument(skip_all, fields(indicator_id = %id))]
pub async fn record_value(
    db: &Db,
    agent: &Account,
    id: Uuid,
    fields: ValueFields,
) -> Result<(Indicator, Value)> {
    let txn = db.begin_write().await?;
    let indicator = for_update(&txn, agent, id).await?;
    let mut errors = FieldErrors::new();
    let checked = fields.check(&mut errors);
    let count = indicator_values::Entity::find()
        .filter(indicator_values::Column::IndicatorId.eq(indicator.id))
        .count(&txn)
        .await?;
    if count as usize >= MAX_VALUES {
        errors.push(FieldError::new(
            "value",
            "too_many",
            format!("an indicator has at most {MAX_VALUES} values"),
        ));
    }
    let checked = errors.finish_with(checked)?;
    let created = indicator_values::ActiveModel {
        id: Set(Uuid::now_v7()),
        indicator_id: Set(indicator.id),
        value: Set(checked.value),
        measured_on: Set(checked.measured_on),
        source: Set(checked.source),
        source_url: Set(checked.source_url),
        note: Set(checked.note),
        recorded_by: Set(Some(agent.id)),
        created_at: Set(now()),
    }
    .insert(&txn)
    .await?;
    record(
        &txn,
        agent,
        AuditAction::IndicatorValueRecorded,
        indicator.id,
        None,
        Some(json!({
            "value_id": created.id,
            "value": created.value,
            "measured_on": created.measured_on,
            "source": created.source,
            "source_url": created.source_url,
            "note": created.note,
        })),
    )
    .await?;
    txn.commit().await?;
    Ok((indicator, created))
}
