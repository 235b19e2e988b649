//! `DELETE /api/v1/organizations/{slug}/membership`

use actix_web::{delete, web, HttpResponse};

use crate::api::extract::SignedIn;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::organizations;

/// The caller leaves the organisation; its last owner cannot. On the audit log.
#[utoipa::path(tag = "organizations", security(("bearer" = [])), params(("slug" = String, Path, description = "Slug or id")), responses(
    (status = 204, description = "The caller left"),
    (status = 404, description = "organization_not_found or member_not_found"),
    (status = 409, description = "last_owner"),
))]
#[delete("/organizations/{slug}/membership")]
pub async fn leave_organization(
    state: web::Data<AppState>,
    SignedIn(member): SignedIn,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    organizations::leave(&state.db, &member, &path).await?;
    Ok(HttpResponse::NoContent().finish())
}
