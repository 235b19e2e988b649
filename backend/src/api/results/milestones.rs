//! `POST /api/v1/results/{id}/milestones` and `PATCH /api/v1/results/{id}/milestones/{milestone_id}`

use actix_web::{patch, post, web, HttpResponse};
use uuid::Uuid;

use super::{MilestoneRequest, MilestoneResponse};
use crate::api::body::Body;
use crate::api::extract::AgencyMember;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::media;
use crate::domain::media::OwnerKind;
use crate::domain::results::milestones;

/// Adds a dated milestone to a result.
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = MilestoneRequest, responses(
    (status = 201, body = MilestoneResponse, description = "The new milestone"),
    (status = 403),
    (status = 422, description = "validation_failed"),
))]
#[post("/results/{id}/milestones")]
pub async fn add_milestone(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: Path<Uuid>,
    body: Body<MilestoneRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let created = milestones::add(&state.db, &agent, *path, body.into()).await?;
    Ok(HttpResponse::Created().json(MilestoneResponse::new(&created, &[])))
}

/// Changes a milestone: marks it done with its evidence, or moves its date.
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path), ("milestone_id" = Uuid, Path)), request_body = MilestoneRequest, responses(
    (status = 200, body = MilestoneResponse, description = "The milestone as changed"),
    (status = 403),
    (status = 422, description = "validation_failed"),
))]
#[patch("/results/{id}/milestones/{milestone_id}")]
pub async fn edit_milestone(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: Path<(Uuid, Uuid)>,
    body: Body<MilestoneRequest>,
) -> Result<web::Json<MilestoneResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let (result_id, milestone_id) = path.into_inner();
    let edited = milestones::edit(&state.db, &agent, result_id, milestone_id, body.into()).await?;
    let files = media::of_owners(state.db.writer(), OwnerKind::Milestone, &[edited.id])
        .await?
        .remove(&edited.id)
        .unwrap_or_default();
    Ok(web::Json(MilestoneResponse::new(&edited, &files)))
}
