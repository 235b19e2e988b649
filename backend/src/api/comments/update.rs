//! `PATCH /api/v1/comments/{id}`

use actix_web::{patch, web};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{CommentResponse, CommentView};
use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::comments::{self, Stance};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateCommentRequest {
    pub body: Option<String>,
    pub stance: Option<Stance>,
}

/// The author edits their comment.
#[utoipa::path(tag = "comments", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = UpdateCommentRequest, responses(
    (status = 200, body = CommentResponse, description = "The edited comment"),
    (status = 403),
    (status = 409),
    crate::api::openapi::RateLimited,
))]
#[patch("/comments/{id}")]
pub async fn update_comment(
    state: web::Data<AppState>,
    Writer(author): Writer,
    client: ClientAddress,
    path: Path<Uuid>,
    body: Body<UpdateCommentRequest>,
) -> Result<web::Json<CommentResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    state
        .limit(LimitedAction::Comment, client.with_account(&author))
        .await?;
    let comment =
        comments::edit(&state.db, &author, *path, body.body.as_deref(), body.stance).await?;
    let names = [(author.id, author.display_name.clone())]
        .into_iter()
        .collect();
    let my_votes = comments::votes_of(state.db.reader(), author.id, &[comment.id]).await?;
    let view = CommentView {
        viewer: Some(&author),
        viewer_moderates: false,
        names: &names,
        my_votes: &my_votes,
    };
    Ok(web::Json(view.render(comment, Vec::new())))
}
