//! `POST` and `DELETE /api/v1/consultations/{id_or_slug}/follow`

use actix_web::{delete, post, web, HttpResponse};

use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::follows::{self, Target};

/// Follows a consultation: its phase changes reach you.
#[utoipa::path(tag = "consultations", security(("bearer" = [])), params(("id_or_slug" = String, Path)), responses(
    (status = 204, description = "The caller follows the consultation"),
))]
#[post("/consultations/{id_or_slug}/follow")]
pub async fn follow_consultation(
    state: web::Data<AppState>,
    Writer(who): Writer,
    path: Path<String>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    follows::follow(&state.db, &who, Target::Consultation, &path).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Stops following a consultation.
#[utoipa::path(tag = "consultations", security(("bearer" = [])), params(("id_or_slug" = String, Path)), responses(
    (status = 204, description = "The caller no longer follows the consultation"),
))]
#[delete("/consultations/{id_or_slug}/follow")]
pub async fn unfollow_consultation(
    state: web::Data<AppState>,
    Writer(who): Writer,
    path: Path<String>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    follows::unfollow(&state.db, &who, Target::Consultation, &path).await?;
    Ok(HttpResponse::NoContent().finish())
}
