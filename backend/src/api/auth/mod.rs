//! `/api/v1/auth`: sign-up, email verification, sign-in, token refresh, sign-out.

mod login;
mod logout;
mod password_reset;
mod refresh;
mod refresh_cookie;
mod register;
mod resend_verification;
mod verify_email;

use actix_web::HttpResponse;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::{scope, service_config::ServiceConfig};

use crate::api::state::AppState;
use crate::domain::accounts::Session;
use refresh_cookie::Carrier;

/// The cookie that carries a browser's session.
pub use refresh_cookie::COOKIE_NAME as SESSION_COOKIE;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(
        scope::scope("/auth")
            .service(register::register)
            .service(verify_email::verify_email)
            .service(resend_verification::resend_verification)
            .service(login::login)
            .service(refresh::refresh)
            .service(logout::logout)
            .service(password_reset::request_reset)
            .service(password_reset::confirm_reset),
    );
}

/// A signed-in session.
#[derive(Serialize, ToSchema)]
pub struct TokenResponse {
    /// Bearer token for `Authorization`, valid for `expires_in` seconds (at most 15 minutes).
    pub access_token: String,
    /// Single-use token for `/auth/refresh`; each use returns a new one. Absent when the
    /// request sent `X-Sala-Session: cookie`: the token is then in the `sala_refresh` cookie
    /// (`HttpOnly`, `SameSite=Strict`, path `/api/v1/auth`) instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    pub expires_in: u64,
    /// Always `Bearer`.
    pub token_type: &'static str,
}

impl TokenResponse {
    /// The answer to a sign-in or refresh: the refresh token in a cookie for a browser session,
    /// in the body otherwise.
    fn respond(session: Session, carrier: Carrier, state: &AppState) -> HttpResponse {
        let (refresh_token, cookie) = match carrier {
            Carrier::Body => (Some(session.refresh_token), None),
            Carrier::Cookie => (
                None,
                Some(refresh_cookie::with_token(state, session.refresh_token)),
            ),
        };
        let body = TokenResponse {
            access_token: session.access_token,
            refresh_token,
            expires_in: session.expires_in,
            token_type: "Bearer",
        };
        let mut response = HttpResponse::Ok();
        if let Some(cookie) = cookie {
            response.cookie(cookie);
        }
        response.json(body)
    }
}
