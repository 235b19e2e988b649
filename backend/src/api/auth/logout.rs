//! `POST /api/v1/auth/logout`

use actix_web::{post, web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::api::body::Body;
use crate::app::AppState;
use crate::domain::accounts;
use crate::error::ApiError;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LogoutRequest {
    pub refresh_token: String,
}

/// Signs out: the refresh token and every token of the same sign-in stop working.
#[utoipa::path(tag = "auth", request_body = LogoutRequest, responses((status = 204)))]
#[post("/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    body: Body<LogoutRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    accounts::logout(&state.db, &body.refresh_token).await?;
    Ok(HttpResponse::NoContent().finish())
}
