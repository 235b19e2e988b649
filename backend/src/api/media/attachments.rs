//! `POST`/`DELETE /api/v1/consultations/{id_or_slug}/attachments`,
//! `/api/v1/proposals/{id}/response/attachments` and
//! `/api/v1/results/{id}/milestones/{milestone_id}/attachments`: documents attached by those who
//! manage a consultation, answer for a proposal or write a result.

use actix_web::{delete, post, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::{IntoParams, IntoResponses};
use uuid::Uuid;

use super::{read_upload, AttachmentResponse, FileBytes};
use crate::api::extract::{AgencyMember, LabMember};
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::media::{self, Attachable};
use crate::media::documents::MAX_DOCUMENT_BYTES;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AttachParams {
    /// The document's name as readers will download it, with its extension (`.pdf`, `.docx`,
    /// `.xlsx`, `.odt`, `.ods`, `.csv`, `.txt`): 1–200 characters, Thai welcome.
    #[param(nullable = true)]
    pub filename: Option<String>,
}

/// What every attach route takes besides who attaches and to what: the file and its name.
type Upload = (
    web::Data<AppState>,
    web::Query<AttachParams>,
    HttpRequest,
    web::Payload,
);

/// The problems every attach route can answer with, besides those of its target.
#[derive(IntoResponses)]
#[expect(
    dead_code,
    reason = "describes answers in the OpenAPI document; never built"
)]
enum UploadRefused {
    #[response(status = 403)]
    Forbidden,
    /// file_too_large
    #[response(status = 413)]
    TooLarge,
    /// unsupported_document_type
    #[response(status = 415)]
    UnsupportedType,
}

async fn attach(
    actor: &crate::domain::accounts::Account,
    target: Attachable,
    (state, web::Query(params), req, payload): Upload,
) -> Result<HttpResponse, ApiError> {
    let upload = read_upload(&req, payload, MAX_DOCUMENT_BYTES).await?;
    let document = media::attach_document(
        &state.db,
        &state.media,
        actor,
        &target,
        params.filename.as_deref().unwrap_or_default(),
        upload,
    )
    .await?;
    Ok(HttpResponse::Created().json(AttachmentResponse::from(&document)))
}

/// Attaches a document to a consultation (administrators and the owning lab's members). The
/// body is the file itself, at most 20 MB; its type is read from its bytes.
#[utoipa::path(tag = "consultations", security(("bearer" = [])), params(("id_or_slug" = String, Path), AttachParams),
    request_body(description = "The document", content((FileBytes = "application/pdf"), (FileBytes = "application/octet-stream"))),
    responses(
        (status = 201, body = AttachmentResponse, description = "The attached document"),
        UploadRefused,
))]
#[post("/consultations/{id_or_slug}/attachments")]
pub async fn attach_to_consultation(
    LabMember(editor): LabMember,
    path: web::Path<String>,
    upload: Upload,
) -> Result<HttpResponse, ApiError> {
    let target = Attachable::Consultation(path.into_inner());
    attach(&editor, target, upload).await
}

/// Removes a document from a consultation.
#[utoipa::path(tag = "consultations", security(("bearer" = [])),
    params(("id_or_slug" = String, Path), ("attachment_id" = Uuid, Path)),
    responses((status = 204, description = "Removed"), (status = 403)))]
#[delete("/consultations/{id_or_slug}/attachments/{attachment_id}")]
pub async fn remove_from_consultation(
    state: web::Data<AppState>,
    LabMember(editor): LabMember,
    path: web::Path<(String, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (consultation, attachment) = path.into_inner();
    let target = Attachable::Consultation(consultation);
    media::remove_document(&state.db, &state.media, &editor, &target, attachment).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Attaches a document to a proposal's official answer (owners and representatives of the
/// organisation that answers it). The body is the file itself, at most 20 MB.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path), AttachParams),
    request_body(description = "The document", content((FileBytes = "application/pdf"), (FileBytes = "application/octet-stream"))),
    responses(
        (status = 201, body = AttachmentResponse, description = "The attached document"),
        UploadRefused,
))]
#[post("/proposals/{id}/response/attachments")]
pub async fn attach_to_answer(
    AgencyMember(agent): AgencyMember,
    path: web::Path<Uuid>,
    upload: Upload,
) -> Result<HttpResponse, ApiError> {
    let target = Attachable::Answer(path.into_inner());
    attach(&agent, target, upload).await
}

/// Removes a document from a proposal's official answer.
#[utoipa::path(tag = "proposals", security(("bearer" = [])),
    params(("id" = Uuid, Path), ("attachment_id" = Uuid, Path)),
    responses((status = 204, description = "Removed"), (status = 403)))]
#[delete("/proposals/{id}/response/attachments/{attachment_id}")]
pub async fn remove_from_answer(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (proposal, attachment) = path.into_inner();
    let target = Attachable::Answer(proposal);
    media::remove_document(&state.db, &state.media, &agent, &target, attachment).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Attaches a document to a result's milestone as evidence (those who may write the result).
/// The body is the file itself, at most 20 MB.
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path), ("milestone_id" = Uuid, Path), AttachParams),
    request_body(description = "The document", content((FileBytes = "application/pdf"), (FileBytes = "application/octet-stream"))),
    responses(
        (status = 201, body = AttachmentResponse, description = "The attached document"),
        (status = 404, description = "result_not_found; milestone_not_found"),
        UploadRefused,
))]
#[post("/results/{id}/milestones/{milestone_id}/attachments")]
pub async fn attach_to_milestone(
    AgencyMember(agent): AgencyMember,
    path: web::Path<(Uuid, Uuid)>,
    upload: Upload,
) -> Result<HttpResponse, ApiError> {
    let (result, milestone) = path.into_inner();
    let target = Attachable::Milestone(result, milestone);
    attach(&agent, target, upload).await
}

/// Removes a document from a result's milestone.
#[utoipa::path(tag = "results", security(("bearer" = [])),
    params(("id" = Uuid, Path), ("milestone_id" = Uuid, Path), ("attachment_id" = Uuid, Path)),
    responses((status = 204, description = "Removed"), (status = 403)))]
#[delete("/results/{id}/milestones/{milestone_id}/attachments/{attachment_id}")]
pub async fn remove_from_milestone(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: web::Path<(Uuid, Uuid, Uuid)>,
) -> Result<HttpResponse, ApiError> {
    let (result, milestone, attachment) = path.into_inner();
    let target = Attachable::Milestone(result, milestone);
    media::remove_document(&state.db, &state.media, &agent, &target, attachment).await?;
    Ok(HttpResponse::NoContent().finish())
}
