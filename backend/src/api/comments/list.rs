//! `GET /api/v1/proposals/{id}/comments`

use actix_web::{get, web};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::{walk, CommentList, CommentView};
use crate::api::extract::Caller;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::comments::{self, ThreadOrder};
use crate::domain::cursor::page_limit;
use crate::domain::proposals::display_names;

#[derive(Deserialize, IntoParams)]
pub struct ListParams {
    /// `oldest` (default) or `newest`, for top-level comments; replies are always oldest first.
    #[param(inline)]
    pub order: Option<ThreadOrder>,
    /// Top-level comments per page, 1–100, default 20.
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// A proposal's discussion as a tree.
#[utoipa::path(tag = "comments", params(("id" = Uuid, Path), ListParams), responses(
    (status = 200, body = CommentList, description = "The comment tree"),
))]
#[get("/proposals/{id}/comments")]
pub async fn list_comments(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: web::Path<Uuid>,
    web::Query(params): web::Query<ListParams>,
) -> Result<web::Json<CommentList>, ApiError> {
    let limit = page_limit(params.limit)?;
    let discussion = comments::threads(
        &state.db,
        caller.as_ref(),
        *path,
        params.order.unwrap_or_default(),
        params.cursor.as_deref(),
        limit,
    )
    .await?;
    let mut all = Vec::new();
    walk(&discussion.threads, &mut all);
    let names = display_names(state.db.reader(), all.iter().map(|c| c.author_id)).await?;
    let ids: Vec<Uuid> = all.iter().map(|c| c.id).collect();
    let my_votes = match &caller {
        Some(me) => comments::votes_of(state.db.reader(), me.id, &ids).await?,
        None => Default::default(),
    };
    let view = CommentView {
        viewer: caller.as_ref(),
        viewer_moderates: discussion.viewer_moderates,
        names: &names,
        my_votes: &my_votes,
    };
    let items = discussion
        .threads
        .into_iter()
        .map(|t| view.render_thread(t))
        .collect();
    Ok(web::Json(CommentList {
        items,
        next_cursor: discussion.next_cursor,
    }))
}
