//! Uploaded media: `/api/v1/proposals/{id}/images` and the files themselves at
//! `/api/v1/media/{id}`.

mod delete_image;
mod serve;
mod upload_image;

use actix_web::http::header;
use actix_web::{web, HttpRequest};
use futures_util::StreamExt;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::api::problem::ApiError;
use crate::db::entities::media::Model as Media;
use crate::error::UploadRefusal;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(upload_image::upload_proposal_image)
        .service(delete_image::delete_proposal_image)
        .service(serve::get_media)
        .service(serve::get_thumbnail);
}

/// A file's bytes, as sent or served.
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct FileBytes(#[allow(dead_code)] Vec<u8>);

/// An image shown with a proposal.
#[derive(Serialize, ToSchema)]
pub struct ImageResponse {
    pub id: Uuid,
    /// The display size (longest side at most 1600 pixels), under this server.
    pub url: String,
    /// The thumbnail (longest side at most 480 pixels).
    pub thumbnail_url: String,
    /// The text alternative, for people who cannot see the image.
    pub alt: String,
    pub width: i32,
    pub height: i32,
}

impl From<&Media> for ImageResponse {
    fn from(m: &Media) -> Self {
        ImageResponse {
            id: m.id,
            url: format!("/api/v1/media/{}", m.id),
            thumbnail_url: format!("/api/v1/media/{}/thumbnail", m.id),
            alt: m.alt_text.clone().unwrap_or_default(),
            width: m.width.unwrap_or_default(),
            height: m.height.unwrap_or_default(),
        }
    }
}

/// The request body as raw bytes, refused as `file_too_large` past `limit` (by its announced
/// length when there is one, else as it arrives).
pub(crate) async fn read_upload(
    req: &HttpRequest,
    mut payload: web::Payload,
    limit: usize,
) -> Result<bytes::Bytes, ApiError> {
    let announced = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if announced.is_some_and(|n| n > limit) {
        return Err(crate::error::Error::from(UploadRefusal::FileTooLarge(limit)).into());
    }
    let mut body = bytes::BytesMut::with_capacity(announced.unwrap_or(0).min(limit));
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| ApiError::MalformedRequest(e.to_string()))?;
        if body.len() + chunk.len() > limit {
            return Err(crate::error::Error::from(UploadRefusal::FileTooLarge(limit)).into());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}
