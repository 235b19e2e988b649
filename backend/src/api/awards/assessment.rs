//! `/api/v1/award-applications/{id}/assessment`, `…/assessors`, `…/declaration` and
//! `…/scores`: who assesses an application, their declarations and scores, and the figures.

use actix_web::{delete, get, post, put, web, HttpResponse};
use uuid::Uuid;

use super::{AssessmentResponse, AssessorRequest, DeclarationRequest, ScoresRequest};
use crate::api::body::Body;
use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::accounts::Account;
use crate::domain::awards::assessment;

/// The assessment as the caller now sees it, read from the primary after a write.
async fn fresh(
    state: &AppState,
    viewer: &Account,
    id: Uuid,
) -> Result<AssessmentResponse, ApiError> {
    Ok(assessment::read(state.db.writer(), viewer, id)
        .await?
        .into())
}

/// An application's assessment: the award's managers see every assessor's declaration and
/// scores with the figures across them; an assessor sees their own part only.
#[utoipa::path(tag = "awards", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = AssessmentResponse, description = "The assessment"),
    (status = 403),
))]
#[get("/award-applications/{id}/assessment")]
pub async fn get_assessment(
    state: web::Data<AppState>,
    Writer(viewer): Writer,
    path: Path<Uuid>,
) -> Result<web::Json<AssessmentResponse>, ApiError> {
    let path = path.parsed()?;
    let view = assessment::read(state.db.reader(), &viewer, *path).await?;
    Ok(web::Json(view.into()))
}

/// Assigns the account with this email address to assess the application (an award
/// manager); assigning someone already assigned changes nothing.
#[utoipa::path(tag = "awards", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = AssessorRequest, responses(
    (status = 200, body = AssessmentResponse, description = "The assessment with its assessors"),
    (status = 403),
    (status = 404, description = "account_not_found"),
    (status = 409, description = "assessor_has_conflict: they belong to the applying organisation"),
))]
#[post("/award-applications/{id}/assessors")]
pub async fn assign_assessor(
    state: web::Data<AppState>,
    Writer(manager): Writer,
    path: Path<Uuid>,
    body: Body<AssessorRequest>,
) -> Result<web::Json<AssessmentResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    assessment::assign(&state.db, &manager, *path, &body.email).await?;
    Ok(web::Json(fresh(&state, &manager, *path).await?))
}

/// Takes an assessor off the application, with their scores (an award manager).
#[utoipa::path(tag = "awards", security(("bearer" = [])), params(("id" = Uuid, Path), ("user_id" = Uuid, Path)), responses(
    (status = 204, description = "Removed"),
    (status = 403),
    (status = 404, description = "award_assessor_not_found"),
))]
#[delete("/award-applications/{id}/assessors/{user_id}")]
pub async fn remove_assessor(
    state: web::Data<AppState>,
    Writer(manager): Writer,
    path: Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (id, user_id) = path.parsed()?.into_inner();
    assessment::unassign(&state.db, &manager, id, user_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The caller, an assessor of the application, declares whether they have a conflict of
/// interest with it; a declared conflict recuses them and cannot be taken back.
#[utoipa::path(tag = "awards", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = DeclarationRequest, responses(
    (status = 200, body = AssessmentResponse, description = "The caller's part of the assessment"),
    (status = 403),
    (status = 409, description = "conflict_declared"),
    (status = 422, description = "validation_failed"),
))]
#[put("/award-applications/{id}/declaration")]
pub async fn declare_conflict(
    state: web::Data<AppState>,
    Writer(assessor): Writer,
    path: Path<Uuid>,
    body: Body<DeclarationRequest>,
) -> Result<web::Json<AssessmentResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    assessment::declare(&state.db, &assessor, *path, body.has_conflict, body.note).await?;
    Ok(web::Json(fresh(&state, &assessor, *path).await?))
}

/// The caller, an assessor who declared no conflict, scores criteria of the application
/// (1–5 each) while the award is being assessed.
#[utoipa::path(tag = "awards", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ScoresRequest, responses(
    (status = 200, body = AssessmentResponse, description = "The caller's part of the assessment"),
    (status = 403),
    (status = 409, description = "conflict_not_declared, assessor_has_conflict or phase_closed"),
    (status = 422, description = "validation_failed"),
))]
#[put("/award-applications/{id}/scores")]
pub async fn score_application(
    state: web::Data<AppState>,
    Writer(assessor): Writer,
    path: Path<Uuid>,
    body: Body<ScoresRequest>,
) -> Result<web::Json<AssessmentResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let scores: Vec<(Uuid, i32)> = body
        .scores
        .iter()
        .map(|s| (s.criterion_id, s.score))
        .collect();
    assessment::score(&state.db, &assessor, *path, &scores).await?;
    Ok(web::Json(fresh(&state, &assessor, *path).await?))
}
