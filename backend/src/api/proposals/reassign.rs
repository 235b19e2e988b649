//! `PUT /api/v1/proposals/{id}/responsible-organization`

use actix_web::{put, web};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::ProposalResponse;
use crate::api::body::Body;
use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::routing;
use crate::domain::proposals;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReassignRequest {
    /// The organisation that is to answer it.
    pub organization_id: Uuid,
    /// Why, 3–500 characters: kept in the audit log.
    pub reason: String,
}

/// Gives a proposal to another organisation to answer. Allowed to the consultation's
/// moderators, administrators and its own lab; audited with the reason. A proposal
/// reassigned by hand keeps its organisation when the responsibility map changes. Only a
/// verified organisation the consultation's responsibility map names may be given it.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ReassignRequest, responses(
    (status = 200, body = ProposalResponse, description = "The proposal with its new responsible organisation"),
    (status = 403),
    (status = 409, description = "`organization_not_responsible`: the organisation is not verified or not named in the consultation's responsibility map"),
    (status = 422, description = "No such organisation, or no reason"),
))]
#[put("/proposals/{id}/responsible-organization")]
pub async fn put_responsible_organization(
    state: web::Data<AppState>,
    Writer(actor): Writer,
    path: Path<Uuid>,
    body: Body<ReassignRequest>,
) -> Result<web::Json<ProposalResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let moved =
        routing::reassign(&state.db, &actor, *path, body.organization_id, &body.reason).await?;
    let names = proposals::display_names(state.db.reader(), [moved.author_id]).await?;
    let mut response = ProposalResponse::new(moved, &names, None);
    let organizations = routing::names_of(state.db.reader(), response.organizations()).await?;
    response.name_organizations(&organizations);
    Ok(web::Json(response))
}
