//! `POST /api/v1/consultations/{id}/results`

use actix_web::{post, web, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::ResultResponse;
use crate::api::body::Body;
use crate::api::extract::AgencyMember;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::results::input::ResultFields;
use crate::domain::results::write::{self, NewResult};
use crate::domain::results::ResultStatus;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateResultRequest {
    /// 3–200 characters.
    pub title: String,
    pub title_en: Option<String>,
    /// Markdown, 1–10,000 characters.
    pub description: String,
    pub description_en: Option<String>,
    /// The owning organisation: one the caller speaks for that answers for the consultation.
    /// Left out: the first such organisation, then the consultation's own lab.
    pub organization_id: Option<Uuid>,
    /// The result this one is a part of, in the same consultation.
    pub parent_id: Option<Uuid>,
    /// `planned` when left out.
    pub status: Option<ResultStatus>,
    /// 0–100; 0 when left out.
    pub progress: Option<i32>,
    /// A province of Thailand (Thai or English name).
    pub province: Option<String>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    /// The proposals it came from: listed proposals of this consultation, at most 50.
    #[serde(default)]
    pub proposal_ids: Vec<Uuid>,
}

/// An owner or representative of an organisation answering for the consultation (or of its
/// lab) publishes a result: what some of its proposals became.
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = CreateResultRequest, responses(
    (status = 201, body = ResultResponse, description = "The new result"),
    (status = 403),
    (status = 422, description = "validation_failed: fields, or a proposal that is hidden or of another consultation (`not_linkable`)"),
))]
#[post("/consultations/{id}/results")]
pub async fn create_result(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: Path<Uuid>,
    body: Body<CreateResultRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let new = NewResult {
        fields: ResultFields {
            title: Some(body.title),
            title_en: Some(body.title_en),
            description: Some(body.description),
            description_en: Some(body.description_en),
            province: Some(body.province),
            start_date: Some(body.start_date),
            end_date: Some(body.end_date),
        },
        organization_id: body.organization_id,
        parent_id: body.parent_id,
        status: body.status,
        progress: body.progress,
        proposal_ids: body.proposal_ids,
    };
    let created = write::create(&state.db, &agent, *path, new).await?;
    let view = super::read::view_of(&state, &agent, created.id).await?;
    Ok(HttpResponse::Created().json(view))
}
