//! `POST /api/v1/auth/login`

use actix_web::{post, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::TokenResponse;
use crate::app::AppState;
use crate::domain::accounts;
use crate::error::{ApiError, Problem};

#[derive(Deserialize, ToSchema)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

/// Signs in. A wrong password and an unknown email get the same answer.
#[utoipa::path(tag = "auth", request_body = LoginRequest, responses(
    (status = 200, body = TokenResponse),
    (status = 401, body = Problem, content_type = "application/problem+json"),
))]
#[post("/login")]
pub async fn login(
    state: web::Data<AppState>,
    web::Json(body): web::Json<LoginRequest>,
) -> Result<web::Json<TokenResponse>, ApiError> {
    let session = accounts::login(
        &state.db,
        &state.tokens,
        &state.account_policy(),
        &body.email,
        &body.password,
    )
    .await?;
    Ok(web::Json(session.into()))
}
