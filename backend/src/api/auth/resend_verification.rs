//! `POST /api/v1/auth/verify-email/resend`

use actix_web::{post, web, HttpResponse};

use crate::api::client_address::ClientAddress;
use crate::api::extract::SignedIn;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::accounts;

/// Emails a fresh verification link to the signed-in, not yet verified account.
#[utoipa::path(tag = "auth", security(("bearer" = [])), responses(
    (status = 202, description = "A new link was queued"),
    (status = 409, description = "Already verified"),
    crate::api::openapi::RateLimited,
))]
#[post("/verify-email/resend")]
pub async fn resend_verification(
    state: web::Data<AppState>,
    client: ClientAddress,
    SignedIn(account): SignedIn,
) -> Result<HttpResponse, ApiError> {
    // Each resend mails the address, like a sign-up: they share its limit.
    state
        .limit(
            LimitedAction::Registration,
            client.with_email(&account.email),
        )
        .await?;
    accounts::resend_verification(&state.db, &state.account_policy(), &account).await?;
    Ok(HttpResponse::Accepted().finish())
}
