//! Writers' routes: create a document, save its draft, start a new draft, publish.

use actix_web::{post, put, web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::read::after_write;
use super::{DocumentDetail, DraftRequest};
use crate::api::body::Body;
use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::documents::content::DraftInput;
use crate::domain::documents::{write, DocumentKind};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateDocumentRequest {
    pub kind: DocumentKind,
    /// 3–200 characters.
    pub title: String,
    pub title_en: Option<String>,
    /// The first draft's paragraphs, markdown; may be empty until published.
    #[serde(default)]
    pub paragraphs: Vec<String>,
}

/// The consultation's lab, or an owner or representative of an organisation answering for
/// it, starts a document; its first version is a draft.
#[utoipa::path(tag = "documents", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = CreateDocumentRequest, responses(
    (status = 201, body = DocumentDetail, description = "The new document with its draft"),
    (status = 403),
    (status = 422),
))]
#[post("/consultations/{id}/documents")]
pub async fn create_document(
    state: web::Data<AppState>,
    Writer(agent): Writer,
    path: Path<Uuid>,
    body: Body<CreateDocumentRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let words = DraftInput {
        title: body.title,
        title_en: body.title_en,
        paragraphs: body.paragraphs,
    };
    let created = write::create(&state.db, &agent, *path, body.kind, words).await?;
    let detail = after_write(&state, &agent, created.id).await?;
    Ok(HttpResponse::Created().json(detail))
}

/// A writer replaces the draft's title and paragraphs.
#[utoipa::path(tag = "documents", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = DraftRequest, responses(
    (status = 200, body = DocumentDetail, description = "The document with its saved draft"),
    (status = 403),
    (status = 409, description = "no_draft: the document has no draft; start one"),
    (status = 422),
))]
#[put("/documents/{id}/draft")]
pub async fn save_draft(
    state: web::Data<AppState>,
    Writer(agent): Writer,
    path: Path<Uuid>,
    body: Body<DraftRequest>,
) -> Result<web::Json<DocumentDetail>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    write::save_draft(&state.db, &agent, *path, body.into()).await?;
    Ok(web::Json(after_write(&state, &agent, *path).await?))
}

/// A writer starts a new draft from the last published version.
#[utoipa::path(tag = "documents", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 201, body = DocumentDetail, description = "The document with its new draft"),
    (status = 403),
    (status = 409, description = "draft_exists: a draft is under way already"),
))]
#[post("/documents/{id}/draft")]
pub async fn start_draft(
    state: web::Data<AppState>,
    Writer(agent): Writer,
    path: Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    write::start_draft(&state.db, &agent, *path).await?;
    Ok(HttpResponse::Created().json(after_write(&state, &agent, *path).await?))
}

/// A writer publishes the draft: it is frozen, hashed and dated, and can be signed.
#[utoipa::path(tag = "documents", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = DocumentDetail, description = "The document with its new current version"),
    (status = 403),
    (status = 409, description = "no_draft: nothing to publish"),
    (status = 422, description = "validation_failed: a draft without paragraphs"),
))]
#[post("/documents/{id}/publish")]
pub async fn publish(
    state: web::Data<AppState>,
    Writer(agent): Writer,
    path: Path<Uuid>,
) -> Result<web::Json<DocumentDetail>, ApiError> {
    let path = path.parsed()?;
    write::publish(&state.db, &agent, *path).await?;
    Ok(web::Json(after_write(&state, &agent, *path).await?))
}
