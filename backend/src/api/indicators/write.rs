//! `POST /api/v1/results/{id}/indicators`, `POST /api/v1/consultations/{id}/indicators`,
//! `PATCH /api/v1/indicators/{id}` and `DELETE /api/v1/indicators/{id}`.

use actix_web::{delete, patch, post, web, HttpResponse};
use uuid::Uuid;

use super::{IndicatorRequest, IndicatorResponse};
use crate::api::body::Body;
use crate::api::extract::AgencyMember;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::indicators::Indicator;
use crate::domain::indicators::{read, write, Owner};

/// The indicator as just written, with its values (read from the primary).
async fn view_of(state: &AppState, indicator: Indicator) -> Result<IndicatorResponse, ApiError> {
    Ok(read::one(state.db.writer(), indicator).await?.into())
}

/// What both create routes take besides the owner's id.
type NewIndicator = (web::Data<AppState>, AgencyMember, Body<IndicatorRequest>);

async fn create(
    (state, AgencyMember(agent), body): NewIndicator,
    owner: impl FnOnce(Uuid) -> Owner,
    path: Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let owner = owner(*path.parsed()?);
    let body = body.into_inner()?;
    let created = write::create(&state.db, &agent, owner, body.into()).await?;
    Ok(HttpResponse::Created().json(view_of(&state, created).await?))
}

/// Adds an impact indicator to a result.
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = IndicatorRequest, responses(
    (status = 201, body = IndicatorResponse, description = "The new indicator"),
    (status = 403),
    (status = 422, description = "validation_failed"),
))]
#[post("/results/{id}/indicators")]
pub async fn create_result_indicator(
    request: NewIndicator,
    path: Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    create(request, Owner::Result, path).await
}

/// Adds an impact indicator to a consultation as a whole (its lab's).
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = IndicatorRequest, responses(
    (status = 201, body = IndicatorResponse, description = "The new indicator"),
    (status = 403),
    (status = 422, description = "validation_failed"),
))]
#[post("/consultations/{id}/indicators")]
pub async fn create_consultation_indicator(
    request: NewIndicator,
    path: Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    create(request, Owner::Consultation, path).await
}

/// Changes an indicator's name, unit, baseline, target, description or order.
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = IndicatorRequest, responses(
    (status = 200, body = IndicatorResponse, description = "The indicator as changed"),
    (status = 403),
    (status = 422, description = "validation_failed"),
))]
#[patch("/indicators/{id}")]
pub async fn edit_indicator(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: Path<Uuid>,
    body: Body<IndicatorRequest>,
) -> Result<web::Json<IndicatorResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let edited = write::edit(&state.db, &agent, *path, body.into()).await?;
    Ok(web::Json(view_of(&state, edited).await?))
}

/// Deletes an indicator and its measured values (the audit log keeps what it was).
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 204, description = "Deleted"),
    (status = 403),
))]
#[delete("/indicators/{id}")]
pub async fn delete_indicator(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    write::delete(&state.db, &agent, *path).await?;
    Ok(HttpResponse::NoContent().finish())
}
