//! `POST /api/v1/auth/register`

use actix_web::{post, web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::legal::ConsentVersions;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::accounts::{self, Locale, Registration};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    pub email: String,
    /// At least 10 characters.
    pub password: String,
    /// 2–60 characters, shown beside what you write.
    pub display_name: String,
    /// `th` (default) or `en`.
    pub locale: Option<String>,
    /// The versions of the privacy notice and the terms of use the person read and agrees
    /// to (`GET /legal/privacy` and `/legal/terms`): required, and must be the ones in force.
    // Inline: a sign-up body without references, as generic clients (and test generators) expect.
    #[schema(inline)]
    pub consent: Option<ConsentVersions>,
}

#[derive(Serialize, ToSchema)]
pub struct RegisterResponse {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub locale: Locale,
    /// Always false: a link to verify the address has been emailed.
    pub verified: bool,
}

/// Creates an account and emails a verification link. The answer is the same whether or not
/// the address already has an account (its owner is told by email instead).
#[utoipa::path(tag = "auth", request_body = RegisterRequest, responses(
    (status = 201, body = RegisterResponse, description = "Accepted: a new address gets a verification link (the answer is the same for a registered one)"),
    (status = 422, description = "A field is wrong; `consent_required` or `consent_outdated` on `consent` when the versions in force were not agreed to"),
    crate::api::openapi::RateLimited,
))]
#[post("/register")]
pub async fn register(
    state: web::Data<AppState>,
    client: ClientAddress,
    body: Body<RegisterRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    state
        .limit(LimitedAction::Registration, client.with_email(&body.email))
        .await?;
    let registered = accounts::register(
        &state.db,
        &state.account_policy(),
        Registration {
            email: body.email,
            password: body.password,
            display_name: body.display_name,
            locale: body.locale,
            consent: body.consent.map(Into::into),
        },
    )
    .await?;
    Ok(HttpResponse::Created().json(RegisterResponse {
        id: registered.id,
        email: registered.email,
        display_name: registered.display_name,
        locale: registered.locale,
        verified: false,
    }))
}
