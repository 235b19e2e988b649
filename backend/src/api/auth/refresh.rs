//! `POST /api/v1/auth/refresh`

use actix_web::{post, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use super::{refresh_cookie, TokenResponse};
use crate::api::body::Body;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::accounts;
use crate::error::Error;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    /// The refresh token; leave it out to use the `sala_refresh` cookie instead.
    #[serde(default)]
    pub refresh_token: Option<String>,
}

/// Exchanges a refresh token for a new pair. Each refresh token works once; presenting a
/// spent one ends that whole sign-in on every device that shared it. A browser sends `{}`
/// with `X-Sala-Session: cookie` and its cookie, and gets the new refresh token as a cookie;
/// without that header (or from another site's page) the cookie is refused with 403
/// `csrf_rejected` and stays valid.
#[utoipa::path(tag = "auth", request_body = RefreshRequest, params(
    ("X-Sala-Session" = Option<String>, Header, description = "`cookie`: required to use the `sala_refresh` cookie"),
), responses(
    (status = 200, description = "A new access token and refresh token", body = TokenResponse, headers(("Set-Cookie" = String, description = "the next `sala_refresh`, when the cookie was used"))),
    (status = 401, description = "`unauthenticated`: no refresh token, or one that is unknown, spent or expired"),
    (status = 403, description = "csrf_rejected"),
))]
#[post("/refresh")]
pub async fn refresh(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: Body<RefreshRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    let (token, carrier) = refresh_cookie::presented_token(&req, &state, body.refresh_token)?
        .ok_or_else(|| Error::Unauthenticated("There is no session to refresh.".into()))?;
    let session =
        accounts::refresh(&state.db, &state.tokens, &state.account_policy(), &token).await?;
    Ok(TokenResponse::respond(session, carrier, &state))
}
