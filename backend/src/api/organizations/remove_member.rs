//! `DELETE /api/v1/organizations/{slug}/members/{user_id}`

use actix_web::{delete, web, HttpResponse};
use uuid::Uuid;

use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::organizations;

/// An owner removes a member (a member naming themself leaves). The last owner stays. On
/// the audit log.
#[utoipa::path(tag = "organizations", security(("bearer" = [])), params(("slug" = String, Path, description = "Slug or id"), ("user_id" = Uuid, Path)), responses(
    (status = 204, description = "The member is removed"),
    (status = 403, description = "Not an owner of it"),
    (status = 404, description = "organization_not_found or member_not_found"),
    (status = 409, description = "last_owner"),
))]
#[delete("/organizations/{slug}/members/{user_id}")]
pub async fn remove_member(
    state: web::Data<AppState>,
    Writer(owner): Writer,
    path: Path<(String, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, user_id) = path.parsed()?.into_inner();
    organizations::remove_member(&state.db, &owner, &slug, user_id).await?;
    Ok(HttpResponse::NoContent().finish())
}
