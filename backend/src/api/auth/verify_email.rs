//! `POST /api/v1/auth/verify-email`

use actix_web::{post, web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::api::body::Body;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::accounts;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyEmailRequest {
    /// The token from the emailed link.
    pub token: String,
}

/// Confirms an email address with the single-use token from the emailed link.
#[utoipa::path(tag = "auth", request_body = VerifyEmailRequest, responses(
    (status = 204, description = "The address is verified"),
    (status = 422, description = "Invalid, used or expired token"),
))]
#[post("/verify-email")]
pub async fn verify_email(
    state: web::Data<AppState>,
    body: Body<VerifyEmailRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    accounts::verify_email(&state.db, &body.token).await?;
    Ok(HttpResponse::NoContent().finish())
}
