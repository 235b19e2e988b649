//! `POST /api/v1/auth/refresh`

use actix_web::{post, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::TokenResponse;
use crate::api::body::Body;
use crate::app::AppState;
use crate::domain::accounts;
use crate::error::{ApiError, Problem};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    pub refresh_token: String,
}

/// Exchanges a refresh token for a new pair. Each refresh token works once; presenting a
/// spent one ends that whole sign-in on every device that shared it.
#[utoipa::path(tag = "auth", request_body = RefreshRequest, responses(
    (status = 200, body = TokenResponse),
    (status = 401, body = Problem, content_type = "application/problem+json"),
))]
#[post("/refresh")]
pub async fn refresh(
    state: web::Data<AppState>,
    body: Body<RefreshRequest>,
) -> Result<web::Json<TokenResponse>, ApiError> {
    let body = body.into_inner()?;
    let session = accounts::refresh(
        &state.db,
        &state.tokens,
        &state.account_policy(),
        &body.refresh_token,
    )
    .await?;
    Ok(web::Json(session.into()))
}
