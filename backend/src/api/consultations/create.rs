//! `POST /api/v1/consultations`

use actix_web::{post, web, HttpResponse};

use super::{ConsultationRequest, ConsultationResponse};
use crate::api::body::Body;
use crate::api::extract::LabMember;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::consultations;

/// Opens a new consultation (in `draft` unless a phase is given). Administrators, and members
/// of the policy lab named as owner.
#[utoipa::path(tag = "consultations", security(("bearer" = [])), request_body = ConsultationRequest, responses(
    (status = 201, body = ConsultationResponse, description = "The new consultation"),
    (status = 403),
))]
#[post("/consultations")]
pub async fn create_consultation(
    state: web::Data<AppState>,
    LabMember(creator): LabMember,
    body: Body<ConsultationRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    let created = consultations::create(&state.db, &creator, body.into()).await?;
    let mut response = ConsultationResponse::from(created);
    // Nothing is attached to a consultation yet; the single view always lists its documents.
    response.attachments = Some(Vec::new());
    Ok(HttpResponse::Created().json(response))
}
