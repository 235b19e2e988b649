//! Uploaded media: `/api/v1/proposals/{id}/images` and the files themselves at
//! `/api/v1/media/{id}`.

mod attachments;
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
use crate::domain::media::Media;
use crate::error::UploadRefusal;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(upload_image::upload_proposal_image)
        .service(delete_image::delete_proposal_image)
        .service(attachments::attach_to_consultation)
        .service(attachments::remove_from_consultation)
        .service(attachments::attach_to_answer)
        .service(attachments::remove_from_answer)
        .service(attachments::attach_to_milestone)
        .service(attachments::remove_from_milestone)
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

/// A document attached to a consultation or an official answer.
#[derive(Serialize, ToSchema)]
pub struct AttachmentResponse {
    pub id: Uuid,
    /// Downloads the document under its name.
    pub url: String,
    pub filename: String,
    pub content_type: String,
    pub bytes: i64,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl From<&Media> for AttachmentResponse {
    fn from(m: &Media) -> Self {
        AttachmentResponse {
            id: m.id,
            url: format!("/api/v1/media/{}", m.id),
            filename: m.filename.clone().unwrap_or_default(),
            content_type: m.content_type.clone(),
            bytes: m.bytes,
            created_at: m.created_at,
        }
    }
}

/// The attachments of each owner.
pub async fn attachments_of<C: sea_orm::ConnectionTrait>(
    conn: &C,
    owner_kind: crate::domain::media::OwnerKind,
    owner: Uuid,
) -> crate::error::Result<Vec<AttachmentResponse>> {
    Ok(crate::domain::media::of_owners(conn, owner_kind, &[owner])
        .await?
        .remove(&owner)
        .unwrap_or_default()
        .iter()
        .map(AttachmentResponse::from)
        .collect())
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
