//! `POST /api/v1/auth/password-reset` and `POST /api/v1/auth/password-reset/confirm`

use actix_web::{post, web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::{accounts, password_reset};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetRequest {
    pub email: String,
}

/// Emails a reset link valid for 30 minutes, once. The answer is the same, and as fast,
/// whether or not the address has an account: the account is looked up after answering.
#[utoipa::path(tag = "auth", request_body = PasswordResetRequest, responses(
    (status = 202, description = "Accepted: a link is emailed if the address has an account"),
    crate::api::openapi::RateLimited,
))]
#[post("/password-reset")]
pub async fn request_reset(
    state: web::Data<AppState>,
    client: ClientAddress,
    body: Body<PasswordResetRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    state
        .limit(LimitedAction::PasswordReset, client.with_email(&body.email))
        .await?;
    password_reset::request(&state.db, &body.email).await?;
    Ok(HttpResponse::Accepted().finish())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordResetConfirmRequest {
    /// The token from the emailed link.
    pub token: String,
    /// At least 10 characters.
    pub password: String,
}

/// Sets a new password with the emailed token. Every existing sign-in of the account ends.
#[utoipa::path(tag = "auth", request_body = PasswordResetConfirmRequest, responses(
    (status = 204, description = "The password is changed and every sign-in ended"),
    (status = 422, description = "Invalid, used or expired token, or a weak password"),
))]
#[post("/password-reset/confirm")]
pub async fn confirm_reset(
    state: web::Data<AppState>,
    body: Body<PasswordResetConfirmRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    accounts::reset_password(&state.db, &body.token, &body.password).await?;
    Ok(HttpResponse::NoContent().finish())
}
