//! `PATCH /api/v1/organizations/{slug}`

use actix_web::{patch, web};

use super::{OrganizationResponse, ProfileFields};
use crate::api::body::Body;
use crate::api::extract::Writer;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::organizations;

/// An owner (or an administrator) edits the organisation's profile. On the audit log.
#[utoipa::path(tag = "organizations", security(("bearer" = [])), params(("slug" = String, Path, description = "Slug or id")), request_body = ProfileFields, responses(
    (status = 200, body = OrganizationResponse, description = "The organisation as it is now"),
    (status = 403, description = "Not an owner of it"),
    (status = 404, description = "organization_not_found"),
    (status = 422),
))]
#[patch("/organizations/{slug}")]
pub async fn update_organization(
    state: web::Data<AppState>,
    Writer(editor): Writer,
    path: web::Path<String>,
    body: Body<ProfileFields>,
) -> Result<web::Json<OrganizationResponse>, ApiError> {
    let body = body.into_inner()?;
    let org = organizations::edit(&state.db, &editor, &path, &body.into()).await?;
    let members = organizations::member_count(state.db.reader(), org.id).await?;
    Ok(web::Json(OrganizationResponse::new(org, members)))
}
