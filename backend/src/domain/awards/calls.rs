//! Award calls: opening one with its criteria, listing and reading them, and moving one on
//! from taking applications to assessment, and from assessment to its decision.

use std::collections::HashMap;

use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, QueryOrder, Set};
use serde_json::json;
use uuid::Uuid;

use super::assessment::{assessors_of_each, figures, AssessorView};
use super::input::CallFields;
use super::{
    applications_of, criteria_of, ensure_manager, may_manage, organization_names, ApplicationStage,
    Audited, CallStage,
};
use crate::db::entities::award_applications::{self, Model as Application};
use crate::db::entities::award_calls::{self, Model as Call};
use crate::db::entities::award_criteria::{self, Model as Criterion};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::AuditAction;
use crate::domain::notifications::{self, Event};
use crate::domain::{now, organizations};
use crate::error::{Conflict, Error, Result};

/// An application as listed on its call's page; its assessors only for the call's managers.
#[derive(Debug, Clone)]
pub struct ApplicationEntry {
    pub application: Application,
    pub organization_name: String,
    pub assessors: Option<Vec<AssessorView>>,
    /// Whether the viewer is one of its assessors.
    pub viewer_assesses: bool,
}

/// A call with its criteria and applications, as the viewer may see it.
#[derive(Debug, Clone)]
pub struct CallView {
    pub call: Call,
    pub organization_name: String,
    pub criteria: Vec<Criterion>,
    pub applications: Vec<ApplicationEntry>,
    pub viewer_manages: bool,
    /// Organisations the viewer may apply for: they speak for them, and they have not applied.
    pub viewer_may_apply_for: Vec<(Uuid, String)>,
}

/// Someone who speaks for an organisation (or an administrator) opens a call it runs.
pub async fn create(db: &Db, agent: &Account, fields: CallFields) -> Result<Call> {
    let fields = fields.check()?;
    let txn = db.begin_write().await?;
    let organization = super::named_organization(&txn, &fields.organization).await?;
    if !agent.is_admin() && !organizations::speaks_for(&txn, organization.id, agent.id).await? {
        return Err(Error::Forbidden(
            "Only owners and representatives of an organisation (or an administrator) can open an award in its name."
                .into(),
        ));
    }
    let at = now();
    let call = award_calls::ActiveModel {
        id: Set(Uuid::new_v4()),
        organization_id: Set(organization.id),
        title: Set(fields.title),
        title_en: Set(fields.title_en),
        description: Set(fields.description),
        site_visit_threshold: Set(fields.site_visit_threshold),
        stage: Set(CallStage::Open),
        created_by: Set(Some(agent.id)),
        created_at: Set(at),
        updated_at: Set(at),
    }
    .insert(&txn)
    .await?;
    let criteria =
        fields
            .criteria
            .into_iter()
            .enumerate()
            .map(|(i, c)| award_criteria::ActiveModel {
                id: Set(Uuid::new_v4()),
                call_id: Set(call.id),
                dimension: Set(c.dimension),
                name: Set(c.name),
                name_en: Set(c.name_en),
                weight: Set(c.weight),
                position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
            });
    award_criteria::Entity::insert_many(criteria)
        .exec(&txn)
        .await?;
    let after = json!({"organization_id": call.organization_id, "title": call.title, "site_visit_threshold": call.site_visit_threshold});
    Audited::call(agent, call.id)
        .record(&txn, AuditAction::AwardCallCreated, after)
        .await?;
    txn.commit().await?;
    Ok(call)
}

/// Every call, newest first, with the name of the organisation running it.
pub async fn list<C: ConnectionTrait>(conn: &C) -> Result<Vec<(Call, String)>> {
    let calls = award_calls::Entity::find()
        .order_by_desc(award_calls::Column::CreatedAt)
        .order_by_desc(award_calls::Column::Id)
        .all(conn)
        .await?;
    let names = organization_names(conn, calls.iter().map(|c| c.organization_id)).await?;
    Ok(calls
        .into_iter()
        .map(|c| {
            let name = names.get(&c.organization_id).cloned().unwrap_or_default();
            (c, name)
        })
        .collect())
}

/// One call as the viewer (signed in or not) may see it.
pub async fn view<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id: Uuid,
) -> Result<CallView> {
    let call = super::call(conn, id, false).await?;
    let criteria = criteria_of(conn, call.id).await?;
    let applications = applications_of(conn, call.id).await?;
    let viewer_manages = match viewer {
        Some(v) => may_manage(conn, v, &call).await?,
        None => false,
    };
    let names = organization_names(
        conn,
        applications
            .iter()
            .map(|a| a.organization_id)
            .chain([call.organization_id]),
    )
    .await?;
    let ids: Vec<Uuid> = applications.iter().map(|a| a.id).collect();
    let mut assessors_by_application = assessors_of_each(conn, &ids, &criteria).await?;
    let mut entries = Vec::with_capacity(applications.len());
    for application in applications {
        let assessors = assessors_by_application
            .remove(&application.id)
            .unwrap_or_default();
        let viewer_assesses = viewer.is_some_and(|v| assessors.iter().any(|a| a.user_id == v.id));
        entries.push(ApplicationEntry {
            organization_name: names
                .get(&application.organization_id)
                .cloned()
                .unwrap_or_default(),
            assessors: viewer_manages.then_some(assessors),
            viewer_assesses,
            application,
        });
    }
    let viewer_may_apply_for = match viewer {
        Some(v) if call.stage == CallStage::Open => may_apply_for(conn, v, &call, &entries).await?,
        _ => Vec::new(),
    };
    Ok(CallView {
        organization_name: names
            .get(&call.organization_id)
            .cloned()
            .unwrap_or_default(),
        call,
        criteria,
        applications: entries,
        viewer_manages,
        viewer_may_apply_for,
    })
}

async fn may_apply_for<C: ConnectionTrait>(
    conn: &C,
    viewer: &Account,
    call: &Call,
    entries: &[ApplicationEntry],
) -> Result<Vec<(Uuid, String)>> {
    let applied: Vec<Uuid> = entries
        .iter()
        .map(|e| e.application.organization_id)
        .collect();
    // One read of the viewer's memberships with their roles, not one per organisation.
    Ok(organizations::memberships_of(conn, viewer.id)
        .await?
        .into_iter()
        .filter(|(org, role)| {
            org.verified_at.is_some()
                && role.speaks_for_organization()
                && org.id != call.organization_id
                && !applied.contains(&org.id)
        })
        .map(|(org, _)| (org.id, org.name))
        .collect())
}

/// A manager moves the call on: from taking applications to assessment, then to its decision,
/// which moves each application whose mean weighted score reaches the threshold to a site
/// visit and the others to "not advanced". Deciding waits until every assessor has declared
/// and scored (or recused) and each application has at least one counted total.
pub async fn advance(db: &Db, manager: &Account, id: Uuid) -> Result<Call> {
    let txn = db.begin_write().await?;
    let call = super::call(&txn, id, true).await?;
    ensure_manager(&txn, manager, &call).await?;
    let next = match call.stage {
        CallStage::Open => CallStage::Assessing,
        CallStage::Assessing => {
            decide(&txn, manager, &call).await?;
            CallStage::Decided
        }
        CallStage::Decided => {
            return Err(Error::PhaseClosed(
                "This award has been decided already.".into(),
            ))
        }
    };
    let call = award_calls::ActiveModel {
        id: Set(call.id),
        stage: Set(next),
        updated_at: Set(now()),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let after = json!({"stage": next});
    Audited::call(manager, call.id)
        .record(&txn, AuditAction::AwardCallAdvanced, after)
        .await?;
    txn.commit().await?;
    Ok(call)
}

async fn decide<C: ConnectionTrait>(conn: &C, manager: &Account, call: &Call) -> Result<()> {
    let criteria = criteria_of(conn, call.id).await?;
    let mut decisions: HashMap<Uuid, f64> = HashMap::new();
    let applications = applications_of(conn, call.id).await?;
    let ids: Vec<Uuid> = applications.iter().map(|a| a.id).collect();
    let assessors_by_application = assessors_of_each(conn, &ids, &criteria).await?;
    for application in &applications {
        let assessors = assessors_by_application
            .get(&application.id)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let figures = figures(&criteria, assessors);
        match (figures.complete, figures.mean) {
            (true, Some(mean)) => decisions.insert(application.id, mean),
            _ => return Err(Conflict::AssessmentIncomplete.into()),
        };
    }
    let at = now();
    for application in applications {
        let mean = decisions.get(&application.id).copied().unwrap_or_default();
        let stage = if mean >= f64::from(call.site_visit_threshold) {
            ApplicationStage::SiteVisit
        } else {
            ApplicationStage::NotAdvanced
        };
        award_applications::ActiveModel {
            id: Set(application.id),
            stage: Set(stage),
            score: Set(Some(mean)),
            decided_at: Set(Some(at)),
            ..Default::default()
        }
        .update(conn)
        .await?;
        let after = json!({"call_id": call.id, "stage": stage, "score": mean, "threshold": call.site_visit_threshold});
        Audited::application(manager, application.id)
            .record(conn, AuditAction::AwardApplicationDecided, after)
            .await?;
        let event = Event::AwardDecided {
            application_id: application.id,
            actor_id: Some(manager.id),
        };
        notifications::emit(conn, &event).await?;
    }
    Ok(())
}
