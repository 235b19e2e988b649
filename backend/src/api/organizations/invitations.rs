//! `GET /api/v1/organizations/{slug}/invitations` and
//! `DELETE /api/v1/organizations/{slug}/invitations/{id}`

use actix_web::{delete, get, web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::invite::InvitationResponse;
use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::organizations;

#[derive(Serialize, ToSchema)]
pub struct InvitationList {
    pub items: Vec<InvitationResponse>,
}

/// The organisation's open invitations (not accepted, revoked or expired), for its owners.
#[utoipa::path(tag = "organizations", security(("bearer" = [])), params(("slug" = String, Path, description = "Slug or id")), responses(
    (status = 200, body = InvitationList, description = "The open invitations, newest first"),
    (status = 403, description = "Not an owner of it"),
    (status = 404, description = "organization_not_found"),
))]
#[get("/organizations/{slug}/invitations")]
pub async fn list_invitations(
    state: web::Data<AppState>,
    Writer(owner): Writer,
    path: web::Path<String>,
) -> Result<web::Json<InvitationList>, ApiError> {
    let items = organizations::pending_invitations(&state.db, &owner, &path)
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    Ok(web::Json(InvitationList { items }))
}

/// An owner withdraws an open invitation; its link stops working. On the audit log.
#[utoipa::path(tag = "organizations", security(("bearer" = [])), params(("slug" = String, Path, description = "Slug or id"), ("id" = Uuid, Path)), responses(
    (status = 204, description = "The invitation is withdrawn"),
    (status = 403, description = "Not an owner of it"),
    (status = 404, description = "organization_not_found or invitation_not_found"),
))]
#[delete("/organizations/{slug}/invitations/{id}")]
pub async fn revoke_invitation(
    state: web::Data<AppState>,
    Writer(owner): Writer,
    path: Path<(String, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.parsed()?.into_inner();
    organizations::revoke_invitation(&state.db, &owner, &slug, id).await?;
    Ok(HttpResponse::NoContent().finish())
}
