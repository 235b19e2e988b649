//! `GET /api/v1/admin/outbox/dead-letters` and `POST /api/v1/admin/outbox/{id}/retry`

use actix_web::{get, post, web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::extract::Admin;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::error::{Error, Resource};
use crate::outbox;

#[derive(Serialize, ToSchema)]
pub struct DeadLetter {
    pub id: Uuid,
    /// `mail` or `notify`.
    pub topic: String,
    pub attempts: i32,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub dead_at: Option<DateTime<Utc>>,
}

#[derive(Serialize, ToSchema)]
pub struct DeadLetterList {
    pub items: Vec<DeadLetter>,
}

/// Work that failed too often to be retried automatically, with its last error.
#[utoipa::path(tag = "admin", security(("bearer" = [])), responses(
    (status = 200, body = DeadLetterList, description = "The dead-lettered items (at most 200)"),
    (status = 403),
))]
#[get("/outbox/dead-letters")]
pub async fn list_dead_letters(
    state: web::Data<AppState>,
    _admin: Admin,
) -> Result<web::Json<DeadLetterList>, ApiError> {
    let items = outbox::dead_letters(&state.db, 200)
        .await?
        .into_iter()
        .map(|row| DeadLetter {
            id: row.id,
            topic: row.topic,
            attempts: row.attempts,
            last_error: row.last_error,
            created_at: row.created_at,
            dead_at: row.dead_at,
        })
        .collect();
    Ok(web::Json(DeadLetterList { items }))
}

/// Puts a dead-lettered item back in the queue, to be tried at once.
#[utoipa::path(tag = "admin", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 204, description = "The item is queued again"),
    (status = 403),
))]
#[post("/outbox/{id}/retry")]
pub async fn retry_dead_letter(
    state: web::Data<AppState>,
    _admin: Admin,
    path: Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    if outbox::revive(&state.db, *path).await? {
        Ok(HttpResponse::NoContent().finish())
    } else {
        Err(Error::NotFound(Resource::DeadLetter).into())
    }
}
