//! `PUT` and `DELETE /api/v1/proposals/{id}/vote`

use actix_web::{delete, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::extract::Voter;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::votes::{VoteOutcome, VoteValue};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VoteRequest {
    pub value: VoteValue,
}

#[derive(Serialize, ToSchema)]
pub struct VoteCounts {
    pub agree: i32,
    pub disagree: i32,
    pub pass: i32,
}

#[derive(Serialize, ToSchema)]
pub struct VoteResponse {
    pub my_vote: Option<VoteValue>,
    pub counts: VoteCounts,
}

impl From<VoteOutcome> for VoteResponse {
    fn from(o: VoteOutcome) -> Self {
        VoteResponse {
            my_vote: o.my_vote,
            counts: VoteCounts {
                agree: o.tally.agree,
                disagree: o.tally.disagree,
                pass: o.tally.pass,
            },
        }
    }
}

/// Casts or changes the caller's one vote. Sending the same vote again changes nothing.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = VoteRequest, responses(
    (status = 200, body = VoteResponse, description = "The caller's vote and the proposal's new tallies"),
    (status = 403),
    (status = 409, description = "phase_closed or withdrawn"),
    (status = 423),
    crate::api::openapi::RateLimited,
))]
#[put("/proposals/{id}/vote")]
pub async fn put_vote(
    state: web::Data<AppState>,
    Voter(voter): Voter,
    client: ClientAddress,
    path: Path<Uuid>,
    body: Body<VoteRequest>,
) -> Result<web::Json<VoteResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    state
        .limit(LimitedAction::Vote, client.with_account(&voter))
        .await?;
    let outcome = state
        .votes
        .cast(&voter, *path, Some(body.value), client.network())
        .await?;
    Ok(web::Json(outcome.into()))
}

/// Retracts the caller's vote, if any.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = VoteResponse, description = "The proposal's tallies without the caller's vote"),
    (status = 409),
    crate::api::openapi::RateLimited,
))]
#[delete("/proposals/{id}/vote")]
pub async fn delete_vote(
    state: web::Data<AppState>,
    Voter(voter): Voter,
    client: ClientAddress,
    path: Path<Uuid>,
) -> Result<web::Json<VoteResponse>, ApiError> {
    let path = path.parsed()?;
    state
        .limit(LimitedAction::Vote, client.with_account(&voter))
        .await?;
    let outcome = state
        .votes
        .cast(&voter, *path, None, client.network())
        .await?;
    Ok(web::Json(outcome.into()))
}
