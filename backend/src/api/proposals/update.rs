//! `PATCH /api/v1/proposals/{id}`

use actix_web::{patch, web};
use uuid::Uuid;

use super::{add_images, ProposalRequest, ProposalResponse};
use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::proposals;

/// The author edits their proposal during ideation; the previous text is kept as a revision.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ProposalRequest, responses(
    (status = 200, body = ProposalResponse, description = "The edited proposal"),
    (status = 403),
    (status = 409),
    (status = 423, description = "Locked by a moderator"),
    crate::api::openapi::RateLimited,
))]
#[patch("/proposals/{id}")]
pub async fn update_proposal(
    state: web::Data<AppState>,
    Writer(editor): Writer,
    client: ClientAddress,
    path: Path<Uuid>,
    body: Body<ProposalRequest>,
) -> Result<web::Json<ProposalResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    state
        .limit(LimitedAction::Proposal, client.with_account(&editor))
        .await?;
    let updated = proposals::update(&state.db, &editor, *path, body.into()).await?;
    let my_vote = proposals::votes_of(state.db.reader(), editor.id, &[updated.id])
        .await?
        .get(&updated.id)
        .copied();
    let names = [(editor.id, editor.display_name.clone())]
        .into_iter()
        .collect();
    let mut response = ProposalResponse::new(updated, &names, my_vote);
    add_images(state.db.reader(), std::slice::from_mut(&mut response)).await?;
    Ok(web::Json(response))
}
