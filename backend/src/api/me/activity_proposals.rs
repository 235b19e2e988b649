//! `GET /api/v1/me/activity/proposals`

use actix_web::{get, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::ActivityParams;
use crate::api::extract::SignedIn;
use crate::api::params::Query;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::activity::{self, MyProposal};
use crate::domain::cursor::page_limit;

#[derive(Serialize, ToSchema)]
pub struct MyProposalsPage {
    pub items: Vec<MyProposal>,
    pub next_cursor: Option<String>,
}

/// The caller's proposals, newest first: status, whether answered, and their own hidden ones marked hidden with the reason.
#[utoipa::path(tag = "me", security(("bearer" = [])), params(ActivityParams), responses(
    (status = 200, body = MyProposalsPage, description = "A page, with the cursor of the next"),
    (status = 401),
    (status = 422),
))]
#[get("/me/activity/proposals")]
pub async fn list_my_proposals(
    state: web::Data<AppState>,
    SignedIn(me): SignedIn,
    params: Query<ActivityParams>,
) -> Result<web::Json<MyProposalsPage>, ApiError> {
    let web::Query(params) = params.parsed()?;
    let (items, next_cursor) = activity::proposals(
        state.db.reader(),
        &me,
        params.cursor.as_deref(),
        page_limit(params.limit)?,
    )
    .await?;
    Ok(web::Json(MyProposalsPage { items, next_cursor }))
}
