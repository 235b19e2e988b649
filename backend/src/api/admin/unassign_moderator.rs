//! `DELETE /api/v1/admin/consultations/{id}/moderators/{user_id}`

use actix_web::{delete, web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use crate::api::extract::Admin;
use crate::api::params::{Path, Query};
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::moderation::assignments;

#[derive(Deserialize, IntoParams)]
pub struct UnassignParams {
    /// Kept on the audit log.
    pub reason: Option<String>,
}

/// Ends an account's moderation of this consultation. On the audit log.
#[utoipa::path(tag = "admin", security(("bearer" = [])), params(("id" = Uuid, Path), ("user_id" = Uuid, Path), UnassignParams), responses(
    (status = 204, description = "The account no longer moderates this consultation"),
    (status = 403),
))]
#[delete("/consultations/{id}/moderators/{user_id}")]
pub async fn unassign_moderator(
    state: web::Data<AppState>,
    Admin(admin): Admin,
    path: Path<(Uuid, Uuid)>,
    params: Query<UnassignParams>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let web::Query(params) = params.parsed()?;
    let (consultation_id, user_id) = path.into_inner();
    assignments::unassign(
        &state.db,
        &admin,
        consultation_id,
        user_id,
        params.reason.as_deref(),
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
