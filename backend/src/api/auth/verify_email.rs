//! `POST /api/v1/auth/verify-email`

use actix_web::{post, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use super::refresh_cookie::{self, Carrier};
use super::TokenResponse;
use crate::api::body::Body;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::accounts::{self, AfterVerifying};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyEmailRequest {
    /// The token from the emailed link.
    pub token: String,
    /// Also sign in as the account (answered with tokens, like `login`): the web app asks
    /// for this when the link is opened where nobody is signed in.
    #[serde(default)]
    pub sign_in: bool,
}

/// Confirms an email address with the single-use token from the emailed link, and signs in
/// when asked to.
#[utoipa::path(tag = "auth", request_body = VerifyEmailRequest, params(
    ("X-Sala-Session" = Option<String>, Header, description = "`cookie`: with `sign_in`, keep the refresh token in the `sala_refresh` cookie"),
), responses(
    (status = 200, description = "The address is verified and, as asked with `sign_in`, the person signed in", body = TokenResponse),
    (status = 204, description = "The address is verified"),
    (status = 422, description = "Invalid, used or expired token"),
))]
#[post("/verify-email")]
pub async fn verify_email(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: Body<VerifyEmailRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    let policy = state.account_policy();
    let then = if body.sign_in {
        AfterVerifying::SignIn {
            tokens: &state.tokens,
            policy: &policy,
        }
    } else {
        AfterVerifying::Nothing
    };
    let Some(session) = accounts::verify_email(&state.db, &body.token, then).await? else {
        return Ok(HttpResponse::NoContent().finish());
    };
    let carrier = if refresh_cookie::wants_cookie(&req) {
        Carrier::Cookie
    } else {
        Carrier::Body
    };
    Ok(TokenResponse::respond(session, carrier, &state))
}
