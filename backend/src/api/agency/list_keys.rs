//! `GET /api/v1/agency/api-keys`

use actix_web::{get, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::ApiKeyResponse;
use crate::api::extract::SignedIn;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::api_keys;

#[derive(Serialize, ToSchema)]
pub struct ApiKeyList {
    pub items: Vec<ApiKeyResponse>,
}

/// The caller's API keys, newest first, revoked ones included.
#[utoipa::path(tag = "agency", security(("bearer" = [])), responses(
    (status = 200, body = ApiKeyList, description = "The caller's keys, without their secrets"),
))]
#[get("/agency/api-keys")]
pub async fn list_api_keys(
    state: web::Data<AppState>,
    SignedIn(owner): SignedIn,
) -> Result<web::Json<ApiKeyList>, ApiError> {
    let keys = api_keys::list(&state.db, &owner).await?;
    Ok(web::Json(ApiKeyList {
        items: keys.into_iter().map(Into::into).collect(),
    }))
}
