//! `GET /api/v1/me/activity/comments`

use actix_web::{get, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::ActivityParams;
use crate::api::extract::SignedIn;
use crate::api::params::Query;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::activity::{self, MyComment};
use crate::domain::cursor::page_limit;

#[derive(Serialize, ToSchema)]
pub struct MyCommentsPage {
    pub items: Vec<MyComment>,
    pub next_cursor: Option<String>,
}

/// The caller's comments, newest first, with the proposal each is on; their own hidden ones marked hidden with the reason.
#[utoipa::path(tag = "me", security(("bearer" = [])), params(ActivityParams), responses(
    (status = 200, body = MyCommentsPage, description = "A page, with the cursor of the next"),
    (status = 401),
    (status = 422),
))]
#[get("/me/activity/comments")]
pub async fn list_my_comments(
    state: web::Data<AppState>,
    SignedIn(me): SignedIn,
    params: Query<ActivityParams>,
) -> Result<web::Json<MyCommentsPage>, ApiError> {
    let web::Query(params) = params.parsed()?;
    let (items, next_cursor) = activity::comments(
        state.db.reader(),
        &me,
        params.cursor.as_deref(),
        page_limit(params.limit)?,
    )
    .await?;
    Ok(web::Json(MyCommentsPage { items, next_cursor }))
}
