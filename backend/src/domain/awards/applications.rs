//! Applying to an award call in an organisation's name.

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::json;
use uuid::Uuid;

use super::input::ApplicationFields;
use super::{ensure_stage, ApplicationStage, Audited, CallStage};
use crate::db::entities::award_applications::{self, Model as Application};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::AuditAction;
use crate::domain::{now, organizations};
use crate::error::{Conflict, Error, Result};

/// Someone who speaks for an organisation applies in its name, once per call, while the call
/// takes applications. The organisation running the call cannot apply to it.
pub async fn apply(
    db: &Db,
    applicant: &Account,
    call_id: Uuid,
    fields: ApplicationFields,
) -> Result<Application> {
    let fields = fields.check()?;
    let txn = db.begin_write().await?;
    let call = super::call(&txn, call_id, true).await?;
    ensure_stage(
        &call,
        &[CallStage::Open],
        "This award no longer takes applications.",
    )?;
    let organization = super::named_organization(&txn, &fields.organization).await?;
    if !organizations::speaks_for(&txn, organization.id, applicant.id).await? {
        return Err(Error::Forbidden(
            "Only owners and representatives of an organisation can apply in its name.".into(),
        ));
    }
    if organization.id == call.organization_id {
        return Err(Error::field(
            "organization",
            "invalid",
            "the organisation running the award cannot apply to it",
        ));
    }
    let existing = award_applications::Entity::find()
        .filter(award_applications::Column::CallId.eq(call.id))
        .filter(award_applications::Column::OrganizationId.eq(organization.id))
        .count(&txn)
        .await?;
    if existing > 0 {
        return Err(Conflict::AlreadyApplied.into());
    }
    let application = award_applications::ActiveModel {
        id: Set(Uuid::new_v4()),
        call_id: Set(call.id),
        organization_id: Set(organization.id),
        submitted_by: Set(Some(applicant.id)),
        title: Set(fields.title),
        summary: Set(fields.summary),
        stage: Set(ApplicationStage::Submitted),
        score: Set(None),
        created_at: Set(now()),
        decided_at: Set(None),
    }
    .insert(&txn)
    .await?;
    let after =
        json!({"call_id": call.id, "organization_id": organization.id, "title": application.title});
    Audited::application(applicant, application.id)
        .record(&txn, AuditAction::AwardApplicationSubmitted, after)
        .await?;
    txn.commit().await?;
    Ok(application)
}
