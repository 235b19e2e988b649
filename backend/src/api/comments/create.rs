//! `POST /api/v1/proposals/{id}/comments`

use actix_web::{post, web, HttpResponse};
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
pub struct CreateCommentRequest {
    /// Markdown, 1–5,000 characters.
    pub body: String,
    /// `for`, `against` or `neutral` (default).
    pub stance: Option<Stance>,
    /// The comment this replies to; replies nest at most six levels.
    pub parent_id: Option<Uuid>,
}

/// Adds a comment or a reply.
#[utoipa::path(tag = "comments", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = CreateCommentRequest, responses(
    (status = 201, body = CommentResponse, description = "The new comment"),
    (status = 403),
    (status = 409),
    (status = 423),
    crate::api::openapi::RateLimited,
))]
#[post("/proposals/{id}/comments")]
pub async fn create_comment(
    state: web::Data<AppState>,
    Writer(author): Writer,
    client: ClientAddress,
    path: Path<Uuid>,
    body: Body<CreateCommentRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    state
        .limit(LimitedAction::Comment, client.with_account(&author))
        .await?;
    let comment = comments::create(
        &state.db,
        &author,
        *path,
        &body.body,
        body.stance.unwrap_or_default(),
        body.parent_id,
        &state.repetition_policy(),
    )
    .await?;
    let names = [(author.id, author.display_name.clone())]
        .into_iter()
        .collect();
    let no_votes = Default::default();
    let view = CommentView {
        viewer: Some(&author),
        viewer_moderates: false,
        names: &names,
        my_votes: &no_votes,
    };
    Ok(HttpResponse::Created().json(view.render(comment, Vec::new())))
}
