//! `DELETE /api/v1/comments/{id}`

use actix_web::{delete, web, HttpResponse};
use uuid::Uuid;

use crate::api::extract::SignedIn;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::comments;

/// Deletes a comment's text; replies stay in place. The author or a moderator.
#[utoipa::path(tag = "comments", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 204, description = "The comment's text is deleted"),
    (status = 403),
))]
#[delete("/comments/{id}")]
pub async fn delete_comment(
    state: web::Data<AppState>,
    SignedIn(actor): SignedIn,
    path: Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    comments::delete(&state.db, &actor, *path).await?;
    Ok(HttpResponse::NoContent().finish())
}
