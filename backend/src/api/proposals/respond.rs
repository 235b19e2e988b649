//! `PUT /api/v1/proposals/{id}/response`

use actix_web::{put, web};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::ProposalResponse;
use crate::api::body::Body;
use crate::api::extract::AgencyMember;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::routing;
use crate::domain::answers::{self, AnswerStatus};
use crate::domain::proposals;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerRequest {
    pub status: AnswerStatus,
    /// The public answer, markdown-free text of 1–10,000 characters.
    pub answer: String,
}

/// An owner or representative of the organisation responsible for the proposal (or of the
/// owning lab) answers it: its new status and a public, dated answer signed by that
/// organisation. The author, followers and voters are notified.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = AnswerRequest, responses(
    (status = 200, body = ProposalResponse, description = "The proposal with its answer and new status"),
    (status = 403),
    (status = 409, description = "withdrawn or merged"),
))]
#[put("/proposals/{id}/response")]
pub async fn put_response(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: Path<Uuid>,
    body: Body<AnswerRequest>,
) -> Result<web::Json<ProposalResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let answered = answers::answer(&state.db, &agent, *path, body.status, &body.answer).await?;
    let names = proposals::display_names(state.db.reader(), [answered.author_id]).await?;
    let mut response = ProposalResponse::new(answered, &names, None);
    let organizations = routing::names_of(state.db.reader(), response.organizations()).await?;
    response.name_organizations(&organizations);
    Ok(web::Json(response))
}
