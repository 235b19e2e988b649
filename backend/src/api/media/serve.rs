//! `GET /api/v1/media/{id}` and `GET /api/v1/media/{id}/thumbnail`: the bytes of an uploaded
//! file, to those who may see what it belongs to.

use actix_web::http::header;
use actix_web::{get, web, HttpResponse};
use uuid::Uuid;

use super::FileBytes;
use crate::api::caching::{IMMUTABLE, PRIVATE};
use crate::api::extract::Caller;
use crate::api::problem::ApiError;
use crate::api::security_headers::API_POLICY;
use crate::api::state::AppState;
use crate::domain::accounts::Account;
use crate::domain::media::MediaKind;
use crate::domain::media::{self, Served, Variant};

/// An uploaded image (its display size) or document. A file never changes under its id, so
/// files anyone may see are cached for a year; those of a hidden proposal only reach its
/// author and moderators, and are not kept. Documents download under their own name.
#[utoipa::path(tag = "media", params(("id" = Uuid, Path)), responses(
    (status = 200, description = "The file", content((FileBytes = "image/jpeg"), (FileBytes = "image/png"), (FileBytes = "application/octet-stream"))),
    (status = 404, description = "media_not_found"),
))]
#[get("/media/{id}")]
pub async fn get_media(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    serve(&state, caller.as_ref(), *path, Variant::Original).await
}

/// An image's thumbnail (at most 480 pixels a side), as `GET /api/v1/media/{id}` serves.
#[utoipa::path(tag = "media", params(("id" = Uuid, Path)), responses(
    (status = 200, description = "The thumbnail", content((FileBytes = "image/jpeg"), (FileBytes = "image/png"))),
    (status = 404, description = "media_not_found"),
))]
#[get("/media/{id}/thumbnail")]
pub async fn get_thumbnail(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    serve(&state, caller.as_ref(), *path, Variant::Thumbnail).await
}

async fn serve(
    state: &AppState,
    caller: Option<&Account>,
    id: Uuid,
    variant: Variant,
) -> Result<HttpResponse, ApiError> {
    let served = media::read(state.db.reader(), &state.media, caller, id, variant).await?;
    Ok(respond(served))
}

fn respond(served: Served) -> HttpResponse {
    let mut response = HttpResponse::Ok();
    response
        .insert_header((header::CONTENT_TYPE, served.content_type.as_str()))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::CONTENT_SECURITY_POLICY, API_POLICY))
        .insert_header((
            header::CACHE_CONTROL,
            if served.public { IMMUTABLE } else { PRIVATE },
        ));
    if served.media.kind == MediaKind::Document {
        let name = served.media.filename.as_deref().unwrap_or("document");
        response.insert_header((header::CONTENT_DISPOSITION, attachment(name)));
    }
    response.body(served.bytes)
}

/// `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback for old
/// clients and the real name, Thai included, percent-encoded.
pub(crate) fn attachment(name: &str) -> String {
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded =
        percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC).to_string();
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}
