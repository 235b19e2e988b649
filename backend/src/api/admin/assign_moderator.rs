//! `POST /api/v1/admin/consultations/{id_or_slug}/moderators`

use actix_web::{post, web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::body::Body;
use crate::api::extract::Admin;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::moderation::assignments;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignRequest {
    pub user_id: Uuid,
    pub reason: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct AssignmentResponse {
    pub consultation_id: Uuid,
    pub user_id: Uuid,
    pub created_at: DateTime<Utc>,
}

/// Makes an account a moderator of this consultation only. On the audit log.
#[utoipa::path(tag = "admin", security(("bearer" = [])), params(("id_or_slug" = String, Path)), request_body = AssignRequest, responses(
    (status = 201, body = AssignmentResponse, description = "The account now moderates this consultation"),
    (status = 403),
    (status = 409, description = "Already assigned"),
))]
#[post("/consultations/{id_or_slug}/moderators")]
pub async fn assign_moderator(
    state: web::Data<AppState>,
    Admin(admin): Admin,
    path: Path<String>,
    body: Body<AssignRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let assigned = assignments::assign(
        &state.db,
        &admin,
        &path,
        body.user_id,
        body.reason.as_deref(),
    )
    .await?;
    Ok(HttpResponse::Created().json(AssignmentResponse {
        consultation_id: assigned.consultation_id,
        user_id: assigned.user_id,
        created_at: assigned.created_at,
    }))
}
