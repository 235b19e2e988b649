//! `POST /api/v1/proposals/{id}/images?alt=…`

use actix_web::{post, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::{read_upload, FileBytes, ImageResponse};
use crate::api::client_address::ClientAddress;
use crate::api::extract::Writer;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::media;
use crate::media::images::MAX_IMAGE_BYTES;

#[derive(Deserialize, IntoParams)]
pub struct UploadParams {
    /// What the image shows, for people who cannot see it: 1–300 characters.
    pub alt: Option<String>,
}

/// The author adds an image to their proposal while it may still be edited: the body is the
/// image itself (JPEG, PNG or WebP, at most 10 MB; its type is read from its bytes). It is
/// scaled to at most 1600 pixels a side with a 480-pixel thumbnail and encoded afresh,
/// without its metadata (EXIF, GPS). At most 5 images a proposal.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path), UploadParams),
    request_body(description = "The image file", content((FileBytes = "image/jpeg"), (FileBytes = "image/png"), (FileBytes = "image/webp"))),
    responses(
        (status = 201, body = ImageResponse, description = "The image as it is shown"),
        (status = 403, description = "Not the author"),
        (status = 409, description = "too_many_images, proposal_withdrawn or phase_closed"),
        (status = 413, description = "file_too_large"),
        (status = 415, description = "unsupported_image_type"),
        (status = 422, description = "image_unreadable, or no alt text"),
        (status = 423, description = "Locked by a moderator"),
        crate::api::openapi::RateLimited,
))]
#[post("/proposals/{id}/images")]
pub async fn upload_proposal_image(
    state: web::Data<AppState>,
    Writer(author): Writer,
    client: ClientAddress,
    path: web::Path<Uuid>,
    web::Query(params): web::Query<UploadParams>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let upload = read_upload(&req, payload, MAX_IMAGE_BYTES).await?;
    state
        .limit(LimitedAction::Proposal, client.with_account(&author))
        .await?;
    let image = media::add_proposal_image(
        &state.db,
        &state.media,
        &author,
        *path,
        params.alt.as_deref().unwrap_or_default(),
        upload,
    )
    .await?;
    Ok(HttpResponse::Created().json(ImageResponse::from(&image)))
}
