//! `POST /api/v1/auth/logout`

use actix_web::{post, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use super::refresh_cookie::{self, Carrier};
use crate::api::body::Body;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::accounts;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LogoutRequest {
    /// The refresh token; leave it out to use the `sala_refresh` cookie instead.
    #[serde(default)]
    pub refresh_token: Option<String>,
}

/// Signs out: the refresh token and every token of the same sign-in, access tokens included,
/// stop working. A browser sends `{}` with `X-Sala-Session: cookie`; the cookie is cleared.
#[utoipa::path(tag = "auth", request_body = LogoutRequest, params(
    ("X-Sala-Session" = Option<String>, Header, description = "`cookie`: required to use the `sala_refresh` cookie"),
), responses(
    (status = 204, description = "Signed out"),
    (status = 403, description = "csrf_rejected"),
))]
#[post("/logout")]
pub async fn logout(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: Body<LogoutRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    let presented = refresh_cookie::presented_token(&req, &state, body.refresh_token)?;
    if let Some((token, _)) = &presented {
        accounts::logout(&state.db, token).await?;
    }
    let mut response = HttpResponse::NoContent();
    if matches!(presented, Some((_, Carrier::Cookie))) || refresh_cookie::wants_cookie(&req) {
        response.cookie(refresh_cookie::cleared(&state));
    }
    Ok(response.finish())
}
