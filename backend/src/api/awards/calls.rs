//! `GET`/`POST /api/v1/awards`, `GET /api/v1/awards/{id}`, `POST /api/v1/awards/{id}/advance`
//! and `POST /api/v1/awards/{id}/applications`.

use actix_web::{get, post, web, HttpResponse};
use uuid::Uuid;

use super::{AwardApplicationRequest, AwardList, AwardRequest, AwardResponse, AwardSummary};
use crate::api::body::Body;
use crate::api::extract::{Caller, Writer};
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::accounts::Account;
use crate::domain::awards::{applications, calls, Call};

/// The award as the caller now sees it, read from the primary after a write.
async fn fresh_view(
    state: &AppState,
    viewer: &Account,
    id: Uuid,
) -> Result<AwardResponse, ApiError> {
    Ok(calls::view(state.db.writer(), Some(viewer), id)
        .await?
        .into())
}

fn summary(call: Call, organization_name: String) -> AwardSummary {
    AwardSummary {
        id: call.id,
        organization_id: call.organization_id,
        organization_name,
        title: call.title,
        title_en: call.title_en,
        stage: call.stage,
        site_visit_threshold: call.site_visit_threshold,
        created_at: call.created_at,
    }
}

/// Every award call, newest first.
#[utoipa::path(tag = "awards", responses(
    (status = 200, body = AwardList, description = "The award calls"),
))]
#[get("/awards")]
pub async fn list_awards(state: web::Data<AppState>) -> Result<web::Json<AwardList>, ApiError> {
    let items = calls::list(state.db.reader()).await?;
    Ok(web::Json(AwardList {
        items: items
            .into_iter()
            .map(|(c, name)| summary(c, name))
            .collect(),
    }))
}

/// Opens an award call in an organisation's name, with its criteria and site-visit threshold.
#[utoipa::path(tag = "awards", security(("bearer" = [])), request_body = AwardRequest, responses(
    (status = 201, body = AwardResponse, description = "The new award call, taking applications"),
    (status = 403),
    (status = 422, description = "validation_failed"),
))]
#[post("/awards")]
pub async fn create_award(
    state: web::Data<AppState>,
    Writer(agent): Writer,
    body: Body<AwardRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    let call = calls::create(&state.db, &agent, body.into()).await?;
    Ok(HttpResponse::Created().json(fresh_view(&state, &agent, call.id).await?))
}

/// An award call with its criteria and applications; its managers also see each
/// application's assessors and decided score.
#[utoipa::path(tag = "awards", params(("id" = Uuid, Path)), responses(
    (status = 200, body = AwardResponse, description = "The award call"),
))]
#[get("/awards/{id}")]
pub async fn get_award(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: Path<Uuid>,
) -> Result<web::Json<AwardResponse>, ApiError> {
    let path = path.parsed()?;
    let view = calls::view(state.db.reader(), caller.as_ref(), *path).await?;
    Ok(web::Json(view.into()))
}

/// Moves the award on: from taking applications to assessment, or from assessment to its
/// decision, which sends each application whose mean score reaches the threshold to a site
/// visit.
#[utoipa::path(tag = "awards", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = AwardResponse, description = "The award at its next stage"),
    (status = 403),
    (status = 409, description = "assessment_incomplete or phase_closed"),
))]
#[post("/awards/{id}/advance")]
pub async fn advance_award(
    state: web::Data<AppState>,
    Writer(agent): Writer,
    path: Path<Uuid>,
) -> Result<web::Json<AwardResponse>, ApiError> {
    let path = path.parsed()?;
    let call = calls::advance(&state.db, &agent, *path).await?;
    Ok(web::Json(fresh_view(&state, &agent, call.id).await?))
}

/// Applies to the award in the name of an organisation the caller speaks for.
#[utoipa::path(tag = "awards", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = AwardApplicationRequest, responses(
    (status = 201, body = AwardResponse, description = "The award with the new application"),
    (status = 403),
    (status = 409, description = "already_applied or phase_closed"),
    (status = 422, description = "validation_failed"),
))]
#[post("/awards/{id}/applications")]
pub async fn apply_to_award(
    state: web::Data<AppState>,
    Writer(applicant): Writer,
    path: Path<Uuid>,
    body: Body<AwardApplicationRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    applications::apply(&state.db, &applicant, *path, body.into()).await?;
    Ok(HttpResponse::Created().json(fresh_view(&state, &applicant, *path).await?))
}
