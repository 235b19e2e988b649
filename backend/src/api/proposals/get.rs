//! `GET /api/v1/proposals/{id}`

use actix_web::{get, web};
use uuid::Uuid;

use super::{add_images, FedResult, ProposalResponse};
use crate::api::extract::Caller;
use crate::api::media::attachments_of;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::routing;
use crate::domain::endorsements;
use crate::domain::follows::{self, Target};
use crate::domain::media::OwnerKind;
use crate::domain::{moderation, proposals, results};

/// One proposal, with the caller's vote, follow and moderation rights when signed in, and the
/// organizations endorsing it, the one responsible for answering it and the one that
/// answered.
#[utoipa::path(tag = "proposals", params(("id" = Uuid, Path)), responses(
    (status = 200, body = ProposalResponse, description = "The proposal"),
))]
#[get("/proposals/{id}")]
pub async fn get_proposal(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<ProposalResponse>, ApiError> {
    let (proposal, _) = proposals::get(state.db.reader(), caller.as_ref(), *path).await?;
    let fed = results::read::fed_by(state.db.reader(), &proposal).await?;
    let my_vote = match &caller {
        Some(me) => proposals::votes_of(state.db.reader(), me.id, &[proposal.id])
            .await?
            .get(&proposal.id)
            .copied(),
        None => None,
    };
    let (following, viewer_moderates) = match &caller {
        Some(me) => (
            Some(
                follows::is_following(state.db.reader(), me.id, Target::Proposal, proposal.id)
                    .await?,
            ),
            Some(moderation::may_moderate(state.db.reader(), me, proposal.consultation_id).await?),
        ),
        None => (None, None),
    };
    let names = proposals::display_names(state.db.reader(), [proposal.author_id]).await?;
    let mut response = ProposalResponse::new(proposal, &names, my_vote);
    add_images(state.db.reader(), std::slice::from_mut(&mut response)).await?;
    if let Some(answer) = response.official_response.as_mut() {
        answer.attachments =
            Some(attachments_of(state.db.reader(), OwnerKind::Answer, response.id).await?);
    }
    response.results = Some(
        fed.into_iter()
            .map(|(r, progress)| FedResult {
                id: r.id,
                title: r.title,
                title_en: r.title_en,
                progress,
            })
            .collect(),
    );
    response.following = following;
    response.viewer_moderates = viewer_moderates;
    let organizations = routing::names_of(state.db.reader(), response.organizations()).await?;
    response.name_organizations(&organizations);
    response.endorsements = Some(
        endorsements::of_proposal(state.db.reader(), response.id)
            .await?
            .into_iter()
            .map(Into::into)
            .collect(),
    );
    Ok(web::Json(response))
}
