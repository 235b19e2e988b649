//! `POST /api/v1/organization-invitations/accept`

use actix_web::{post, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::OrganizationResponse;
use crate::api::body::Body;
use crate::api::extract::Writer;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::organizations;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptInvitationRequest {
    /// The token from the emailed link.
    pub token: String,
}

/// The signed-in holder of the invited, verified address joins the organisation in the role
/// offered. The link works once and expires; another account is refused. On the audit log.
#[utoipa::path(tag = "organizations", security(("bearer" = [])), request_body = AcceptInvitationRequest, responses(
    (status = 200, body = OrganizationResponse, description = "The organisation joined"),
    (status = 403, description = "The invitation was sent to another address"),
    (status = 409, description = "already_member"),
    (status = 422, description = "Invalid, used, revoked or expired link"),
))]
#[post("/organization-invitations/accept")]
pub async fn accept_invitation(
    state: web::Data<AppState>,
    Writer(account): Writer,
    body: Body<AcceptInvitationRequest>,
) -> Result<web::Json<OrganizationResponse>, ApiError> {
    let body = body.into_inner()?;
    let org = organizations::accept_invitation(&state.db, &account, &body.token).await?;
    let members = organizations::member_count(state.db.reader(), org.id).await?;
    Ok(web::Json(OrganizationResponse::new(org, members)))
}
