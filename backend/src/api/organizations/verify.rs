//! `PUT` and `DELETE /api/v1/organizations/{slug}/verification`

use actix_web::{delete, put, web};

use super::OrganizationResponse;
use crate::api::extract::Admin;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::organizations;

async fn set(
    state: &AppState,
    admin: &crate::domain::accounts::Account,
    slug: &str,
    verified: bool,
) -> Result<web::Json<OrganizationResponse>, ApiError> {
    let org = organizations::set_verified(&state.db, admin, slug, verified).await?;
    let members = organizations::member_count(state.db.reader(), org.id).await?;
    Ok(web::Json(OrganizationResponse::new(org, members)))
}

/// An administrator verifies the organisation: it shows a badge, and its members get the
/// powers its kind gives. Repeating it changes nothing. On the audit log.
#[utoipa::path(tag = "organizations", security(("bearer" = [])), params(("slug" = String, Path, description = "Slug or id")), responses(
    (status = 200, body = OrganizationResponse, description = "The organisation, verified"),
    (status = 403, description = "Not an administrator"),
    (status = 404, description = "organization_not_found"),
))]
#[put("/organizations/{slug}/verification")]
pub async fn verify_organization(
    state: web::Data<AppState>,
    Admin(admin): Admin,
    path: web::Path<String>,
) -> Result<web::Json<OrganizationResponse>, ApiError> {
    set(&state, &admin, &path, true).await
}

/// An administrator withdraws the organisation's verification. On the audit log.
#[utoipa::path(tag = "organizations", security(("bearer" = [])), params(("slug" = String, Path, description = "Slug or id")), responses(
    (status = 200, body = OrganizationResponse, description = "The organisation, unverified"),
    (status = 403, description = "Not an administrator"),
    (status = 404, description = "organization_not_found"),
))]
#[delete("/organizations/{slug}/verification")]
pub async fn unverify_organization(
    state: web::Data<AppState>,
    Admin(admin): Admin,
    path: web::Path<String>,
) -> Result<web::Json<OrganizationResponse>, ApiError> {
    set(&state, &admin, &path, false).await
}
