//! `DELETE /api/v1/proposals/{id}/images/{image_id}`

use actix_web::{delete, web, HttpResponse};
use uuid::Uuid;

use crate::api::extract::SignedIn;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::media;

/// Removes an image: the proposal's author may, and so may the consultation's moderators
/// (their removal is recorded in the audit log).
#[utoipa::path(tag = "proposals", security(("bearer" = [])),
    params(("id" = Uuid, Path), ("image_id" = Uuid, Path)),
    responses(
        (status = 204, description = "Removed"),
        (status = 403, description = "Neither the author nor a moderator"),
        (status = 404, description = "media_not_found or proposal_not_found"),
))]
#[delete("/proposals/{id}/images/{image_id}")]
pub async fn delete_proposal_image(
    state: web::Data<AppState>,
    SignedIn(actor): SignedIn,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (proposal_id, image_id) = path.into_inner();
    media::delete_proposal_image(&state.db, &state.media, &actor, proposal_id, image_id).await?;
    Ok(HttpResponse::NoContent().finish())
}
