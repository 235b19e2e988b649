//! `PUT` and `DELETE /api/v1/comments/{id}/vote`

use actix_web::{delete, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::comments::{self, CommentVoteOutcome, CommentVoteValue};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommentVoteRequest {
    pub value: CommentVoteValue,
}

#[derive(Serialize, ToSchema)]
pub struct CommentVoteResponse {
    pub my_vote: Option<CommentVoteValue>,
    pub up: i32,
    pub down: i32,
}

impl From<CommentVoteOutcome> for CommentVoteResponse {
    fn from(o: CommentVoteOutcome) -> Self {
        CommentVoteResponse {
            my_vote: o.my_vote,
            up: o.up,
            down: o.down,
        }
    }
}

/// Votes a comment up or down; sending the same vote again changes nothing.
#[utoipa::path(tag = "comments", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = CommentVoteRequest, responses(
    (status = 200, body = CommentVoteResponse, description = "The caller's vote and the comment's new counts"),
    (status = 409),
    crate::api::openapi::RateLimited,
))]
#[put("/comments/{id}/vote")]
pub async fn put_comment_vote(
    state: web::Data<AppState>,
    Writer(voter): Writer,
    client: ClientAddress,
    path: Path<Uuid>,
    body: Body<CommentVoteRequest>,
) -> Result<web::Json<CommentVoteResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    state
        .limit(LimitedAction::Vote, client.with_account(&voter))
        .await?;
    Ok(web::Json(
        comments::vote(&state.db, &voter, *path, Some(body.value))
            .await?
            .into(),
    ))
}

/// Retracts the caller's vote on a comment.
#[utoipa::path(tag = "comments", security(("bearer" = [])), params(("id" = Uuid, Path)), responses(
    (status = 200, body = CommentVoteResponse, description = "The comment's counts without the caller's vote"),
    crate::api::openapi::RateLimited,
))]
#[delete("/comments/{id}/vote")]
pub async fn delete_comment_vote(
    state: web::Data<AppState>,
    Writer(voter): Writer,
    client: ClientAddress,
    path: Path<Uuid>,
) -> Result<web::Json<CommentVoteResponse>, ApiError> {
    let path = path.parsed()?;
    state
        .limit(LimitedAction::Vote, client.with_account(&voter))
        .await?;
    Ok(web::Json(
        comments::vote(&state.db, &voter, *path, None).await?.into(),
    ))
}
