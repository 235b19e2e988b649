//! `/api/v1/auth`: sign-up, email verification, sign-in, token refresh, sign-out.

mod login;
mod logout;
mod password_reset;
mod refresh;
mod register;
mod resend_verification;
mod verify_email;

use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::{scope, service_config::ServiceConfig};

use crate::domain::accounts::Session;

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
    /// Single-use token for `/auth/refresh`; each use returns a new one.
    pub refresh_token: String,
    pub expires_in: u64,
    /// Always `Bearer`.
    pub token_type: &'static str,
}

impl From<Session> for TokenResponse {
    fn from(s: Session) -> Self {
        TokenResponse {
            access_token: s.access_token,
            refresh_token: s.refresh_token,
            expires_in: s.expires_in,
            token_type: "Bearer",
        }
    }
}
