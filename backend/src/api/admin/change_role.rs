//! `PUT /api/v1/admin/users/{id}/role`

use actix_web::{put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::body::Body;
use crate::api::extract::Admin;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::accounts::Role;
use crate::domain::moderation::assignments::{self, RoleChanger};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleRequest {
    /// `moderator` makes a global moderator.
    pub role: Role,
    pub reason: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RoleResponse {
    pub id: Uuid,
    pub display_name: String,
    pub role: Role,
}

/// Changes an account's role (not one's own). On the audit log.
#[utoipa::path(tag = "admin", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = RoleRequest, responses(
    (status = 200, body = RoleResponse, description = "The account's new role"),
    (status = 403),
    (status = 409, description = "The account already has this role"),
))]
#[put("/users/{id}/role")]
pub async fn change_role(
    state: web::Data<AppState>,
    Admin(admin): Admin,
    path: Path<Uuid>,
    body: Body<RoleRequest>,
) -> Result<web::Json<RoleResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let account = assignments::change_role(
        &state.db,
        RoleChanger::Administrator(&admin),
        *path,
        body.role,
        body.reason.as_deref(),
    )
    .await?;
    Ok(web::Json(RoleResponse {
        id: account.id,
        display_name: account.display_name,
        role: account.role,
    }))
}
