//! `GET /api/v1/me/activity/follows`

use actix_web::{get, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::ActivityParams;
use crate::api::extract::SignedIn;
use crate::api::params::Query;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::activity::{self, MyFollow};
use crate::domain::cursor::page_limit;

#[derive(Serialize, ToSchema)]
pub struct MyFollowsPage {
    pub items: Vec<MyFollow>,
    pub next_cursor: Option<String>,
}

/// The consultations and proposals the caller follows, most recently followed first.
#[utoipa::path(tag = "me", security(("bearer" = [])), params(ActivityParams), responses(
    (status = 200, body = MyFollowsPage, description = "A page, with the cursor of the next"),
    (status = 401),
    (status = 422),
))]
#[get("/me/activity/follows")]
pub async fn list_my_follows(
    state: web::Data<AppState>,
    SignedIn(me): SignedIn,
    params: Query<ActivityParams>,
) -> Result<web::Json<MyFollowsPage>, ApiError> {
    let web::Query(params) = params.parsed()?;
    let (items, next_cursor) = activity::follows(
        state.db.reader(),
        &me,
        params.cursor.as_deref(),
        page_limit(params.limit)?,
    )
    .await?;
    Ok(web::Json(MyFollowsPage { items, next_cursor }))
}
