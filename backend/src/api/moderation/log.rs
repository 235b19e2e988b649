//! `GET /api/v1/moderation/log`

use actix_web::{get, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::LogEntry;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::cursor::page_limit;
use crate::domain::moderation::log::{self, LogQuery};

#[derive(Deserialize, IntoParams)]
pub struct LogParams {
    pub consultation: Option<Uuid>,
    pub action: Option<String>,
    /// Decisions about one proposal, comment or account.
    pub target: Option<Uuid>,
    /// 1–100, default 20.
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct LogList {
    pub items: Vec<LogEntry>,
    pub next_cursor: Option<String>,
}

/// The public moderation log, newest first: every decision with its reason, without who took
/// it or anything private.
#[utoipa::path(tag = "moderation", params(LogParams), responses(
    (status = 200, body = LogList, description = "A page of the public moderation log, with the cursor of the next"),
))]
#[get("/log")]
pub async fn get_log(
    state: web::Data<AppState>,
    web::Query(params): web::Query<LogParams>,
) -> Result<web::Json<LogList>, ApiError> {
    let (rows, next_cursor) = log::public_log(
        &state.db,
        LogQuery {
            consultation_id: params.consultation,
            action: params.action,
            target_id: params.target,
            cursor: params.cursor,
            limit: page_limit(params.limit)?,
        },
    )
    .await?;
    Ok(web::Json(LogList {
        items: rows.into_iter().map(LogEntry::from).collect(),
        next_cursor,
    }))
}
