//! `PUT /api/v1/organizations/{slug}/members/{user_id}/role`

use actix_web::{put, web};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::MemberResponse;
use crate::api::body::Body;
use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::organizations::{self, MemberRole};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberRoleRequest {
    pub role: MemberRole,
}

/// An owner gives a member another role. The last owner cannot be demoted. On the audit log.
#[utoipa::path(tag = "organizations", security(("bearer" = [])), params(("slug" = String, Path, description = "Slug or id"), ("user_id" = Uuid, Path)), request_body = MemberRoleRequest, responses(
    (status = 200, body = MemberResponse, description = "The member in their new role"),
    (status = 403, description = "Not an owner of it"),
    (status = 404, description = "organization_not_found or member_not_found"),
    (status = 409, description = "last_owner"),
))]
#[put("/organizations/{slug}/members/{user_id}/role")]
pub async fn change_member_role(
    state: web::Data<AppState>,
    Writer(owner): Writer,
    path: Path<(String, Uuid)>,
    body: Body<MemberRoleRequest>,
) -> Result<web::Json<MemberResponse>, ApiError> {
    let (slug, user_id) = path.parsed()?.into_inner();
    let body = body.into_inner()?;
    let member = organizations::change_role(&state.db, &owner, &slug, user_id, body.role).await?;
    Ok(web::Json(member.into()))
}
