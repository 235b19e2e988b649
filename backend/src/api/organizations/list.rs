//! `GET /api/v1/organizations`

use actix_web::{get, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::OrganizationResponse;
use crate::api::params::Query;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::cursor::page_limit;
use crate::domain::organizations::{self, DirectoryQuery, OrganizationKind};

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct DirectoryParams {
    /// Only organisations of this kind.
    pub kind: Option<OrganizationKind>,
    /// Only verified (`true`) or unverified (`false`) organisations.
    pub verified: Option<bool>,
    /// 1–100, default 20.
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct OrganizationList {
    pub items: Vec<OrganizationResponse>,
    pub next_cursor: Option<String>,
}

/// The directory of organisations, newest first.
#[utoipa::path(tag = "organizations", params(DirectoryParams), responses(
    (status = 200, body = OrganizationList, description = "A page of organisations, with the cursor of the next"),
    (status = 422),
))]
#[get("/organizations")]
pub async fn list_organizations(
    state: web::Data<AppState>,
    query: Query<DirectoryParams>,
) -> Result<web::Json<OrganizationList>, ApiError> {
    let params = query.parsed()?.into_inner();
    let limit = page_limit(params.limit)?;
    let (rows, next_cursor) = organizations::list(
        state.db.reader(),
        DirectoryQuery {
            kind: params.kind,
            verified: params.verified,
            cursor: params.cursor,
            limit,
        },
    )
    .await?;
    Ok(web::Json(OrganizationList {
        items: rows
            .into_iter()
            .map(|(org, n)| OrganizationResponse::new(org, n))
            .collect(),
        next_cursor,
    }))
}
