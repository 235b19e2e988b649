//! `POST` and `DELETE /api/v1/proposals/{id}/follow`

use actix_web::{delete, post, web, HttpResponse};
use uuid::Uuid;

use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::follows::{self, Target};

/// Follows a proposal: its status changes and official answer reach you.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 204, description = "The caller follows the proposal"),
))]
#[post("/proposals/{id}/follow")]
pub async fn follow_proposal(
    state: web::Data<AppState>,
    Writer(who): Writer,
    path: Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    follows::follow(&state.db, &who, Target::Proposal, &path.to_string()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Stops following a proposal.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 204, description = "The caller no longer follows the proposal"),
))]
#[delete("/proposals/{id}/follow")]
pub async fn unfollow_proposal(
    state: web::Data<AppState>,
    Writer(who): Writer,
    path: Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    follows::unfollow(&state.db, &who, Target::Proposal, &path.to_string()).await?;
    Ok(HttpResponse::NoContent().finish())
}
