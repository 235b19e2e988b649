//! Public reads: `GET /api/v1/consultations/{id_or_slug}/documents` and
//! `GET /api/v1/documents/{id}`.

use actix_web::{get, web};
use uuid::Uuid;

use super::{DocumentDetail, DocumentList, DocumentSummary};
use crate::api::extract::Caller;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::documents::read;

/// A consultation's documents: published ones for everyone, drafts too for their writers.
#[utoipa::path(tag = "documents", params(("id_or_slug" = String, Path)), responses(
    (status = 200, body = DocumentList, description = "The documents, oldest first"),
))]
#[get("/consultations/{id_or_slug}/documents")]
pub async fn list_documents(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: Path<String>,
) -> Result<web::Json<DocumentList>, ApiError> {
    let path = path.parsed()?;
    let (views, writer) = read::of_consultation(state.db.reader(), caller.as_ref(), &path).await?;
    Ok(web::Json(DocumentList {
        items: views.iter().map(DocumentSummary::from).collect(),
        viewer_may_write: writer,
    }))
}

/// One document: its current published version with its content hash and signatories, every
/// published version, and (for its writers) the draft.
#[utoipa::path(tag = "documents", params(("id" = Uuid, Path)), responses(
    (status = 200, body = DocumentDetail, description = "The document"),
))]
#[get("/documents/{id}")]
pub async fn get_document(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: Path<Uuid>,
) -> Result<web::Json<DocumentDetail>, ApiError> {
    let path = path.parsed()?;
    let page = read::page(state.db.reader(), caller.as_ref(), *path).await?;
    Ok(web::Json(DocumentDetail::of(page)))
}

/// The document as its writer sees it right after a change, read from the primary.
pub(super) async fn after_write(
    state: &AppState,
    caller: &crate::domain::accounts::Account,
    id: Uuid,
) -> Result<DocumentDetail, ApiError> {
    let page = read::page(state.db.writer(), Some(caller), id).await?;
    Ok(DocumentDetail::of(page))
}
