//! `DELETE /api/v1/proposals/{id}`

use actix_web::{delete, web};
use uuid::Uuid;

use super::ProposalResponse;
use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::proposals;

/// The author withdraws their proposal. It stays readable, marked `withdrawn`, and takes no
/// more votes or comments.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = ProposalResponse, description = "The proposal, now `withdrawn`"),
    (status = 403),
    (status = 409),
))]
#[delete("/proposals/{id}")]
pub async fn withdraw_proposal(
    state: web::Data<AppState>,
    Writer(author): Writer,
    path: Path<Uuid>,
) -> Result<web::Json<ProposalResponse>, ApiError> {
    let path = path.parsed()?;
    let withdrawn = proposals::withdraw(&state.db, &author, *path).await?;
    let my_vote = proposals::votes_of(state.db.reader(), author.id, &[withdrawn.id])
        .await?
        .get(&withdrawn.id)
        .copied();
    let names = [(author.id, author.display_name.clone())]
        .into_iter()
        .collect();
    Ok(web::Json(ProposalResponse::new(withdrawn, &names, my_vote)))
}
