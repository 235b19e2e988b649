//! `POST /api/v1/auth/login`

use actix_web::{post, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use super::refresh_cookie::{self, Carrier};
use super::TokenResponse;
use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::accounts;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

/// Signs in. A wrong password and an unknown email get the same answer. Repeated failures
/// for one email address slow its sign-ins down (429 with Retry-After) for a while; a
/// successful sign-in clears them. A browser sends `X-Sala-Session: cookie` to receive the
/// refresh token in an `HttpOnly` cookie rather than in the body.
#[utoipa::path(tag = "auth", request_body = LoginRequest, params(
    ("X-Sala-Session" = Option<String>, Header, description = "`cookie`: keep the refresh token in the `sala_refresh` cookie"),
), responses(
    (status = 200, description = "Signed in: an access token and a refresh token", body = TokenResponse, headers(("Set-Cookie" = String, description = "`sala_refresh`, when asked for with `X-Sala-Session: cookie`"))),
    (status = 401, description = "`unauthenticated`: wrong email or password (the same answer for both)"),
    crate::api::openapi::RateLimited,
))]
#[post("/login")]
pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    client: ClientAddress,
    body: Body<LoginRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    // Every attempt counts against the email address; success forgets them, so only
    // failures add up.
    state
        .limit(LimitedAction::Login, client.with_email(&body.email))
        .await?;
    let session = accounts::login(
        &state.db,
        &state.tokens,
        &state.account_policy(),
        &body.email,
        &body.password,
    )
    .await?;
    state
        .limiter
        .forget_email(&state.db, LimitedAction::Login, &body.email)
        .await?;
    let carrier = if refresh_cookie::wants_cookie(&req) {
        Carrier::Cookie
    } else {
        Carrier::Body
    };
    Ok(TokenResponse::respond(session, carrier, &state))
}
