//! `GET /api/v1/me/activity/votes`

use actix_web::{get, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::ActivityParams;
use crate::api::extract::SignedIn;
use crate::api::params::Query;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::activity::{self, MyVote};
use crate::domain::cursor::page_limit;

#[derive(Serialize, ToSchema)]
pub struct MyVotesPage {
    pub items: Vec<MyVote>,
    pub next_cursor: Option<String>,
}

/// The caller's votes, most recently cast first, with their choice. Nobody else sees these.
#[utoipa::path(tag = "me", security(("bearer" = [])), params(ActivityParams), responses(
    (status = 200, body = MyVotesPage, description = "A page, with the cursor of the next"),
    (status = 401),
    (status = 422),
))]
#[get("/me/activity/votes")]
pub async fn list_my_votes(
    state: web::Data<AppState>,
    SignedIn(me): SignedIn,
    params: Query<ActivityParams>,
) -> Result<web::Json<MyVotesPage>, ApiError> {
    let web::Query(params) = params.parsed()?;
    let (items, next_cursor) = activity::votes(
        state.db.reader(),
        &me,
        params.cursor.as_deref(),
        page_limit(params.limit)?,
    )
    .await?;
    Ok(web::Json(MyVotesPage { items, next_cursor }))
}
