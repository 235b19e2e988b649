//! `POST` and `DELETE /api/v1/proposals/{id}/endorsements`

use actix_web::{delete, post, web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::EndorsementResponse;
use crate::api::body::Body;
use crate::api::extract::Writer;
use crate::api::params::{Path, Query};
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::endorsements;

#[derive(Deserialize, ToSchema, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct EndorseRequest {
    /// The civil-society organization endorsing; needed only when the caller belongs to
    /// several.
    pub organization_id: Option<Uuid>,
}

#[derive(Serialize, ToSchema)]
pub struct EndorsementList {
    pub items: Vec<EndorsementResponse>,
}

/// A member of a civil-society organization endorses the proposal for it (once per
/// organization; repeating changes nothing). Answers with the proposal's endorsements.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = EndorseRequest, responses(
    (status = 201, body = EndorsementList, description = "endorsed"),
    (status = 200, body = EndorsementList, description = "already endorsed"),
    (status = 403),
    (status = 409),
))]
#[post("/proposals/{id}/endorsements")]
pub async fn endorse_proposal(
    state: web::Data<AppState>,
    Writer(member): Writer,
    path: Path<Uuid>,
    body: Body<EndorseRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let organization = body.into_optional()?.and_then(|b| b.organization_id);
    let created = endorsements::endorse(&state.db, &member, *path, organization).await?;
    let items = endorsements::of_proposal(state.db.reader(), *path)
        .await?
        .into_iter()
        .map(EndorsementResponse::from)
        .collect();
    let mut response = if created {
        HttpResponse::Created()
    } else {
        HttpResponse::Ok()
    };
    Ok(response.json(EndorsementList { items }))
}

/// Withdraws the caller's organization's endorsement.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path), EndorseRequest), responses(
    (status = 204, description = "The endorsement is withdrawn"),
    (status = 403),
))]
#[delete("/proposals/{id}/endorsements")]
pub async fn withdraw_endorsement(
    state: web::Data<AppState>,
    Writer(member): Writer,
    path: Path<Uuid>,
    query: Query<EndorseRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let query = query.parsed()?;
    endorsements::withdraw(&state.db, &member, *path, query.organization_id).await?;
    Ok(HttpResponse::NoContent().finish())
}
