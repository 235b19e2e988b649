//! `POST /api/v1/organizations/{slug}/invitations`

use actix_web::{post, web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::extract::Writer;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::organizations::{self, Invitation, MemberRole};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationRequest {
    pub email: String,
    pub role: MemberRole,
}

#[derive(Serialize, ToSchema)]
pub struct InvitationResponse {
    pub id: Uuid,
    pub email: String,
    pub role: MemberRole,
    pub expires_at: DateTime<Utc>,
}

impl From<Invitation> for InvitationResponse {
    fn from(i: Invitation) -> Self {
        InvitationResponse {
            id: i.id,
            email: i.email,
            role: i.role,
            expires_at: i.expires_at,
        }
    }
}

/// An owner invites an address in a role: Sala emails a link that works once, for seven
/// days. On the audit log.
#[utoipa::path(tag = "organizations", security(("bearer" = [])), params(("slug" = String, Path, description = "Slug or id")), request_body = InvitationRequest, responses(
    (status = 201, body = InvitationResponse, description = "The invitation is on its way"),
    (status = 403, description = "Not an owner of it"),
    (status = 404, description = "organization_not_found"),
    (status = 409, description = "already_member"),
    (status = 422),
    crate::api::openapi::RateLimited,
))]
#[post("/organizations/{slug}/invitations")]
pub async fn invite_member(
    state: web::Data<AppState>,
    Writer(inviter): Writer,
    path: web::Path<String>,
    client: ClientAddress,
    body: Body<InvitationRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    state
        .limit(LimitedAction::Invitation, client.with_account(&inviter))
        .await?;
    let invitation = organizations::invite(
        &state.db,
        &state.settings.public_url,
        &inviter,
        &path,
        &body.email,
        body.role,
    )
    .await?;
    Ok(HttpResponse::Created().json(InvitationResponse::from(invitation)))
}
