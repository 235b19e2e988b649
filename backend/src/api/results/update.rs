//! `PATCH /api/v1/results/{id}` and `POST /api/v1/results/{id}/updates`

use actix_web::{patch, post, web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{ResultFieldsRequest, ResultResponse};
use crate::api::body::Body;
use crate::api::extract::AgencyMember;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::results::write::{self, NewUpdate};
use crate::domain::results::ResultStatus;

/// Changes what describes a result (titles, descriptions, province, dates). Progress and
/// status change only through updates, so that each change is in the history.
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ResultFieldsRequest, responses(
    (status = 200, body = ResultResponse, description = "The result as changed"),
    (status = 403),
    (status = 422, description = "validation_failed"),
))]
#[patch("/results/{id}")]
pub async fn edit_result(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: Path<Uuid>,
    body: Body<ResultFieldsRequest>,
) -> Result<web::Json<ResultResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let edited = write::edit(&state.db, &agent, *path, body.into()).await?;
    Ok(web::Json(
        super::read::view_of(&state, &agent, edited.id).await?,
    ))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateRequest {
    /// 0–100; not for a result made of parts.
    pub progress: Option<i32>,
    pub status: Option<ResultStatus>,
    /// What happened, at most 2,000 characters; required when nothing else changes.
    pub note: Option<String>,
}

/// Posts a dated update of progress or status, kept in the result's history for good. Those
/// who wrote, follow or supported a proposal it came from are told, once each.
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = UpdateRequest, responses(
    (status = 201, body = ResultResponse, description = "The result after the update"),
    (status = 403),
    (status = 409, description = "result_has_children: progress of a result made of parts"),
    (status = 422, description = "validation_failed: progress outside 0–100, or nothing given"),
))]
#[post("/results/{id}/updates")]
pub async fn post_update(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: Path<Uuid>,
    body: Body<UpdateRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let new = NewUpdate {
        progress: body.progress,
        status: body.status,
        note: body.note,
    };
    let (updated, _) = write::add_update(&state.db, &agent, *path, new).await?;
    Ok(HttpResponse::Created().json(super::read::view_of(&state, &agent, updated.id).await?))
}
