//! `POST /api/v1/agency/api-keys`

use actix_web::{post, web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::ApiKeyResponse;
use crate::api::body::Body;
use crate::api::extract::AgencyMember;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::api_keys::{self, NewKey};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateApiKeyRequest {
    /// What the key is for, 1–80 characters.
    pub name: String,
    /// Ids or slugs of the consultations the key may read (1–50).
    pub consultation_ids: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedApiKey {
    #[serde(flatten)]
    pub key: ApiKeyResponse,
    /// The key, shown this once: send it as `Authorization: Bearer <key>`.
    pub secret: String,
}

/// Creates a read-only key for consultations the caller's agency may read.
#[utoipa::path(tag = "agency", security(("bearer" = [])), request_body = CreateApiKeyRequest, responses(
    (status = 201, body = CreatedApiKey, description = "The new key, with its secret (shown this once only)"),
    (status = 403),
))]
#[post("/agency/api-keys")]
pub async fn create_api_key(
    state: web::Data<AppState>,
    AgencyMember(creator): AgencyMember,
    body: Body<CreateApiKeyRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    let (row, secret) = api_keys::create(
        &state.db,
        &creator,
        NewKey {
            name: body.name,
            consultations: body.consultation_ids,
        },
    )
    .await?;
    Ok(HttpResponse::Created().json(CreatedApiKey {
        key: row.into(),
        secret,
    }))
}
