//! `GET /api/v1/agency/consultations`

use actix_web::{get, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::consultations::ConsultationResponse;
use crate::api::extract::AgencyMember;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency;

#[derive(Serialize, ToSchema)]
pub struct ReadableConsultations {
    pub items: Vec<ConsultationResponse>,
}

/// The consultations whose feedback the caller may read, newest first: those of the labs they
/// belong to, and those their verified organisations are responsible for. API keys can be made
/// for these only.
#[utoipa::path(tag = "agency", security(("bearer" = [])), responses(
    (status = 200, body = ReadableConsultations, description = "The consultations the caller's organisations may read"),
    (status = 403),
))]
#[get("/agency/consultations")]
pub async fn list_readable_consultations(
    state: web::Data<AppState>,
    AgencyMember(member): AgencyMember,
) -> Result<web::Json<ReadableConsultations>, ApiError> {
    let readable = agency::readable_consultations(state.db.reader(), &member).await?;
    Ok(web::Json(ReadableConsultations {
        items: readable.into_iter().map(Into::into).collect(),
    }))
}
