//! One application's assessment: assigning and removing assessors, their declaration of any
//! conflict of interest, their scores, and the figures a manager reads (each assessor's
//! weighted total and dimensions, each criterion's spread, the mean and the agreement).

use std::collections::{BTreeMap, HashMap};

use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::json;
use uuid::Uuid;

use super::scoring::{self, Agreement, Scores, Spread, Weighted};
use super::{ensure_manager, ensure_stage, may_manage, Audited, AwardDimension, CallStage};
use crate::db::entities::award_applications::Model as Application;
use crate::db::entities::award_assessors::{self, Model as Assessor};
use crate::db::entities::award_calls::Model as Call;
use crate::db::entities::award_criteria::Model as Criterion;
use crate::db::entities::award_scores;
use crate::db::Db;
use crate::domain::accounts::{self, Account};
use crate::domain::audit::AuditAction;
use crate::domain::{now, organizations, proposals};
use crate::error::{Conflict, Error, Resource, Result};

/// One assessor's part: their declaration, scores and, once every criterion is scored, their
/// weighted total and per-dimension percentages.
#[derive(Debug, Clone)]
pub struct AssessorView {
    pub user_id: Uuid,
    pub display_name: String,
    pub has_conflict: Option<bool>,
    pub conflict_note: Option<String>,
    pub scores: Scores,
    pub total: Option<f64>,
    pub dimensions: BTreeMap<AwardDimension, f64>,
}

impl AssessorView {
    /// Declared free of conflict, so their scores count.
    fn counts(&self) -> bool {
        self.has_conflict == Some(false)
    }

    /// Done with this application: recused, or every criterion scored.
    fn finished(&self) -> bool {
        self.has_conflict == Some(true) || (self.counts() && self.total.is_some())
    }
}

/// The figures across the assessors whose scores count.
#[derive(Debug, Clone)]
pub struct Figures {
    /// By criterion, in the call's order: the spread of the scores given.
    pub spreads: Vec<Option<Spread>>,
    /// The mean of the complete totals: the figure compared with the threshold.
    pub mean: Option<f64>,
    pub agreement: Agreement,
    /// Every assessor is done and at least one counted total exists: the call can be decided.
    pub complete: bool,
}

/// An application's assessment as the viewer may see it: a manager sees every assessor and
/// the figures; an assessor sees only their own part.
#[derive(Debug, Clone)]
pub struct Assessment {
    pub application: Application,
    pub organization_name: String,
    pub call: Call,
    pub criteria: Vec<Criterion>,
    pub assessors: Vec<AssessorView>,
    pub figures: Option<Figures>,
    pub viewer_manages: bool,
    pub viewer_assesses: bool,
}

fn weighted(criteria: &[Criterion]) -> Vec<Weighted> {
    criteria
        .iter()
        .map(|c| Weighted {
            id: c.id,
            dimension: c.dimension,
            weight: c.weight,
        })
        .collect()
}

/// Every assessor of the application with their scores and totals, in the order assigned.
pub async fn assessors_of<C: ConnectionTrait>(
    conn: &C,
    application_id: Uuid,
    criteria: &[Criterion],
) -> Result<Vec<AssessorView>> {
    let mut by_application = assessors_of_each(conn, &[application_id], criteria).await?;
    Ok(by_application.remove(&application_id).unwrap_or_default())
}

/// The assessors of each of the applications, read in three queries whatever their number.
pub async fn assessors_of_each<C: ConnectionTrait>(
    conn: &C,
    application_ids: &[Uuid],
    criteria: &[Criterion],
) -> Result<HashMap<Uuid, Vec<AssessorView>>> {
    if application_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = award_assessors::Entity::find()
        .filter(award_assessors::Column::ApplicationId.is_in(application_ids.iter().copied()))
        .order_by_asc(award_assessors::Column::AssignedAt)
        .order_by_asc(award_assessors::Column::UserId)
        .all(conn)
        .await?;
    let mut scores: HashMap<(Uuid, Uuid), Scores> = HashMap::new();
    for s in award_scores::Entity::find()
        .filter(award_scores::Column::ApplicationId.is_in(application_ids.iter().copied()))
        .all(conn)
        .await?
    {
        scores
            .entry((s.application_id, s.user_id))
            .or_default()
            .insert(s.criterion_id, s.score);
    }
    let names = proposals::display_names(conn, rows.iter().map(|r| r.user_id)).await?;
    let weighted = weighted(criteria);
    let mut out: HashMap<Uuid, Vec<AssessorView>> = HashMap::new();
    for row in rows {
        let scores = scores
            .remove(&(row.application_id, row.user_id))
            .unwrap_or_default();
        out.entry(row.application_id)
            .or_default()
            .push(AssessorView {
                display_name: names.get(&row.user_id).cloned().unwrap_or_default(),
                user_id: row.user_id,
                has_conflict: row.has_conflict,
                conflict_note: row.conflict_note,
                total: scoring::weighted_percent(&weighted, &scores),
                dimensions: scoring::per_dimension(&weighted, &scores),
                scores,
            });
    }
    Ok(out)
}

/// The figures across the assessors whose scores count.
pub fn figures(criteria: &[Criterion], assessors: &[AssessorView]) -> Figures {
    let counted: Vec<&AssessorView> = assessors.iter().filter(|a| a.counts()).collect();
    let spreads: Vec<Option<Spread>> = criteria
        .iter()
        .map(|c| {
            let given: Vec<i32> = counted
                .iter()
                .filter_map(|a| a.scores.get(&c.id).copied())
                .collect();
            Spread::of(&given)
        })
        .collect();
    let totals: Vec<f64> = counted.iter().filter_map(|a| a.total).collect();
    let present: Vec<Spread> = spreads.iter().flatten().cloned().collect();
    Figures {
        agreement: Agreement::of(&present, &totals),
        mean: scoring::mean(&totals),
        complete: !totals.is_empty() && assessors.iter().all(AssessorView::finished),
        spreads,
    }
}

/// The assessment of one application, for its call's managers and its assessors (403 for
/// anyone else).
pub async fn read<C: ConnectionTrait>(
    conn: &C,
    viewer: &Account,
    application_id: Uuid,
) -> Result<Assessment> {
    let (application, call) = super::application(conn, application_id, false).await?;
    let criteria = super::criteria_of(conn, call.id).await?;
    let mut assessors = assessors_of(conn, application.id, &criteria).await?;
    let viewer_manages = may_manage(conn, viewer, &call).await?;
    let viewer_assesses = assessors.iter().any(|a| a.user_id == viewer.id);
    let figures = if viewer_manages {
        Some(figures(&criteria, &assessors))
    } else if viewer_assesses {
        // Assessors score independently: each sees only their own part.
        assessors.retain(|a| a.user_id == viewer.id);
        None
    } else {
        return Err(Error::Forbidden(
            "Only the award's managers and this application's assessors can see its assessment."
                .into(),
        ));
    };
    let organization_name = super::organization_names(conn, [application.organization_id])
        .await?
        .remove(&application.organization_id)
        .unwrap_or_default();
    Ok(Assessment {
        application,
        organization_name,
        call,
        criteria,
        assessors,
        figures,
        viewer_manages,
        viewer_assesses,
    })
}

const ASSIGNING_CLOSED: &str =
    "Assessors are assigned and changed only before the award is decided.";

/// A manager assigns the account with this email address to assess the application; assigning
/// someone already assigned changes nothing. Members of the applying organisation may not.
pub async fn assign(db: &Db, manager: &Account, application_id: Uuid, email: &str) -> Result<()> {
    let txn = db.begin_write().await?;
    let (application, call) = super::application(&txn, application_id, true).await?;
    ensure_manager(&txn, manager, &call).await?;
    ensure_stage(
        &call,
        &[CallStage::Open, CallStage::Assessing],
        ASSIGNING_CLOSED,
    )?;
    let assessor = accounts::find_by_email(&txn, email)
        .await?
        .ok_or(Error::NotFound(Resource::Account))?;
    if organizations::role_in(&txn, application.organization_id, assessor.id)
        .await?
        .is_some()
    {
        return Err(Conflict::AssessorHasConflict.into());
    }
    let existing = award_assessors::Entity::find_by_id((application.id, assessor.id))
        .one(&txn)
        .await?;
    if existing.is_none() {
        award_assessors::ActiveModel {
            application_id: Set(application.id),
            user_id: Set(assessor.id),
            has_conflict: Set(None),
            conflict_note: Set(None),
            declared_at: Set(None),
            assigned_by: Set(Some(manager.id)),
            assigned_at: Set(now()),
        }
        .insert(&txn)
        .await?;
        let after = json!({"call_id": call.id, "assessor_id": assessor.id});
        Audited::application(manager, application.id)
            .record(&txn, AuditAction::AwardAssessorAssigned, after)
            .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// A manager takes an assessor off the application; their scores go with them.
pub async fn unassign(
    db: &Db,
    manager: &Account,
    application_id: Uuid,
    user_id: Uuid,
) -> Result<()> {
    let txn = db.begin_write().await?;
    let (application, call) = super::application(&txn, application_id, true).await?;
    ensure_manager(&txn, manager, &call).await?;
    ensure_stage(
        &call,
        &[CallStage::Open, CallStage::Assessing],
        ASSIGNING_CLOSED,
    )?;
    let removed = award_assessors::Entity::delete_by_id((application.id, user_id))
        .exec(&txn)
        .await?;
    if removed.rows_affected == 0 {
        return Err(Error::NotFound(Resource::AwardAssessor));
    }
    delete_scores(&txn, application.id, user_id).await?;
    let after = json!({"call_id": call.id, "assessor_id": user_id});
    Audited::application(manager, application.id)
        .record(&txn, AuditAction::AwardAssessorRemoved, after)
        .await?;
    txn.commit().await?;
    Ok(())
}

async fn delete_scores<C: ConnectionTrait>(
    conn: &C,
    application_id: Uuid,
    user_id: Uuid,
) -> Result<()> {
    award_scores::Entity::delete_many()
        .filter(award_scores::Column::ApplicationId.eq(application_id))
        .filter(award_scores::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The caller's own assignment to the application (403 when they are not its assessor).
async fn own_assignment<C: ConnectionTrait>(
    conn: &C,
    assessor: &Account,
    application_id: Uuid,
) -> Result<(Assessor, Application, Call)> {
    let (application, call) = super::application(conn, application_id, true).await?;
    let assignment = award_assessors::Entity::find_by_id((application.id, assessor.id))
        .one(conn)
        .await?
        .ok_or_else(|| Error::Forbidden("You are not an assessor of this application.".into()))?;
    Ok((assignment, application, call))
}

/// The assessor declares whether they have a conflict of interest with the application.
/// Declaring one recuses them (their scores are removed) and cannot be taken back.
pub async fn declare(
    db: &Db,
    assessor: &Account,
    application_id: Uuid,
    has_conflict: bool,
    note: Option<String>,
) -> Result<()> {
    let note = super::input::conflict_note(has_conflict, note)?;
    let txn = db.begin_write().await?;
    let (assignment, application, call) = own_assignment(&txn, assessor, application_id).await?;
    ensure_stage(
        &call,
        &[CallStage::Open, CallStage::Assessing],
        ASSIGNING_CLOSED,
    )?;
    if assignment.has_conflict == Some(true) && !has_conflict {
        return Err(Conflict::ConflictDeclared.into());
    }
    if has_conflict {
        delete_scores(&txn, application.id, assessor.id).await?;
    }
    award_assessors::ActiveModel {
        application_id: Set(application.id),
        user_id: Set(assessor.id),
        has_conflict: Set(Some(has_conflict)),
        conflict_note: Set(note.clone()),
        declared_at: Set(Some(now())),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let after = json!({"call_id": call.id, "has_conflict": has_conflict, "note": note});
    Audited::application(assessor, application.id)
        .record(&txn, AuditAction::AwardConflictDeclared, after)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// The assessor scores some or all criteria (1–5 each), replacing their earlier scores for
/// those criteria. Only while the call is being assessed, and only after declaring no conflict.
pub async fn score(
    db: &Db,
    assessor: &Account,
    application_id: Uuid,
    scores: &[(Uuid, i32)],
) -> Result<()> {
    let txn = db.begin_write().await?;
    let (assignment, application, call) = own_assignment(&txn, assessor, application_id).await?;
    let criteria = super::criteria_of(&txn, call.id).await?;
    let ids: Vec<Uuid> = criteria.iter().map(|c| c.id).collect();
    super::input::check_scores(scores, &ids)?;
    ensure_stage(
        &call,
        &[CallStage::Assessing],
        "Applications are scored once the call has closed for applications and before it is decided.",
    )?;
    match assignment.has_conflict {
        None => return Err(Conflict::ConflictNotDeclared.into()),
        Some(true) => return Err(Conflict::AssessorHasConflict.into()),
        Some(false) => {}
    }
    let at = now();
    let rows = scores
        .iter()
        .map(|(criterion_id, score)| award_scores::ActiveModel {
            application_id: Set(application.id),
            user_id: Set(assessor.id),
            criterion_id: Set(*criterion_id),
            score: Set(*score),
            scored_at: Set(at),
        });
    award_scores::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::columns([
                award_scores::Column::ApplicationId,
                award_scores::Column::UserId,
                award_scores::Column::CriterionId,
            ])
            .update_columns([award_scores::Column::Score, award_scores::Column::ScoredAt])
            .to_owned(),
        )
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}
