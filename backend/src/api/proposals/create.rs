//! `POST /api/v1/consultations/{id_or_slug}/proposals`

use actix_web::{post, web, HttpResponse};

use super::{ProposalRequest, ProposalResponse};
use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::proposals;

/// Submits a proposal while the consultation collects ideas.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id_or_slug" = String, Path)), request_body = ProposalRequest, responses(
    (status = 201, body = ProposalResponse, description = "The new proposal"),
    (status = 403),
    (status = 409, description = "phase_closed"),
    (status = 422, description = "validation_failed; `repeated` when the same text was posted too often"),
    crate::api::openapi::RateLimited,
))]
#[post("/consultations/{id_or_slug}/proposals")]
pub async fn create_proposal(
    state: web::Data<AppState>,
    Writer(author): Writer,
    client: ClientAddress,
    path: Path<String>,
    body: Body<ProposalRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    state
        .limit(LimitedAction::Proposal, client.with_account(&author))
        .await?;
    let created = proposals::create(
        &state.db,
        &author,
        &path,
        body.into(),
        &state.repetition_policy(),
    )
    .await?;
    let names = [(author.id, author.display_name.clone())]
        .into_iter()
        .collect();
    let mut response = ProposalResponse::new(created, &names, None);
    // `proposals::create` made the author a follower.
    response.following = Some(true);
    Ok(HttpResponse::Created().json(response))
}
