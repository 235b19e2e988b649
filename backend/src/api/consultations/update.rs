//! `PATCH /api/v1/consultations/{id_or_slug}`

use actix_web::{patch, web};

use super::{ConsultationRequest, ConsultationResponse};
use crate::api::body::Body;
use crate::api::extract::LabMember;
use crate::api::media::attachments_of;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::consultations;
use crate::domain::media::OwnerKind;

/// Edits a consultation or moves it to another phase. Administrators and members of the
/// owning lab; every change is on the audit log.
#[utoipa::path(tag = "consultations", security(("bearer" = [])), params(("id_or_slug" = String, Path)), request_body = ConsultationRequest, responses(
    (status = 200, body = ConsultationResponse, description = "The consultation as changed"),
    (status = 403),
))]
#[patch("/consultations/{id_or_slug}")]
pub async fn update_consultation(
    state: web::Data<AppState>,
    LabMember(editor): LabMember,
    path: Path<String>,
    body: Body<ConsultationRequest>,
) -> Result<web::Json<ConsultationResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let updated = consultations::update(&state.db, &editor, &path, body.into()).await?;
    let mut response = ConsultationResponse::from(updated);
    response.attachments =
        Some(attachments_of(state.db.reader(), OwnerKind::Consultation, response.id).await?);
    Ok(web::Json(response))
}
