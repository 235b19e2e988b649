//! `PUT` and `DELETE /api/v1/results/{id}/proposals/{proposal_id}`

use actix_web::{delete, put, web, HttpResponse};
use uuid::Uuid;

use crate::api::extract::AgencyMember;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::results::links;

/// Names a proposal as a source of the result: a listed proposal of the same consultation.
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path), ("proposal_id" = Uuid, Path)), responses(
    (status = 204, description = "Linked (linking again changes nothing)"),
    (status = 403),
    (status = 422, description = "validation_failed: `not_linkable` for a hidden proposal or one of another consultation"),
))]
#[put("/results/{id}/proposals/{proposal_id}")]
pub async fn link_proposal(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (result_id, proposal_id) = path.parsed()?.into_inner();
    links::link(&state.db, &agent, result_id, proposal_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// No longer names the proposal as a source of the result.
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path), ("proposal_id" = Uuid, Path)), responses(
    (status = 204, description = "Unlinked"),
    (status = 403),
    (status = 404, description = "proposal_not_found: not linked to this result"),
))]
#[delete("/results/{id}/proposals/{proposal_id}")]
pub async fn unlink_proposal(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (result_id, proposal_id) = path.parsed()?.into_inner();
    links::unlink(&state.db, &agent, result_id, proposal_id).await?;
    Ok(HttpResponse::NoContent().finish())
}
