//! `DELETE /api/v1/agency/api-keys/{id}`

use actix_web::{delete, web, HttpResponse};
use uuid::Uuid;

use crate::api::extract::SignedIn;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::api_keys;

/// Revokes one of the caller's keys at once; it stays listed, marked revoked.
#[utoipa::path(tag = "agency", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 204, description = "The key is revoked"),
))]
#[delete("/agency/api-keys/{id}")]
pub async fn revoke_api_key(
    state: web::Data<AppState>,
    SignedIn(owner): SignedIn,
    path: Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    api_keys::revoke(&state.db, &owner, *path).await?;
    Ok(HttpResponse::NoContent().finish())
}
