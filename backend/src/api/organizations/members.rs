//! `GET /api/v1/organizations/{slug}/members`

use actix_web::{get, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::MemberResponse;
use crate::api::extract::Caller;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::organizations;

#[derive(Serialize, ToSchema)]
pub struct MemberList {
    pub member_count: u64,
    /// The members and their roles: for the organisation's own members and administrators
    /// only; absent for everyone else.
    pub items: Option<Vec<MemberResponse>>,
}

/// The organisation's members: everyone sees how many; members see who, in which role.
#[utoipa::path(tag = "organizations", params(("slug" = String, Path, description = "Slug or id")), responses(
    (status = 200, body = MemberList, description = "The member count, and the members for those who may see them"),
    (status = 404, description = "organization_not_found"),
))]
#[get("/organizations/{slug}/members")]
pub async fn list_members(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: web::Path<String>,
) -> Result<web::Json<MemberList>, ApiError> {
    let (_, member_count, members) =
        organizations::members_of(state.db.reader(), caller.as_ref(), &path).await?;
    Ok(web::Json(MemberList {
        member_count,
        items: members.map(|m| m.into_iter().map(Into::into).collect()),
    }))
}
