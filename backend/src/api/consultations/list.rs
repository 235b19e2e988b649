//! `GET /api/v1/consultations`

use actix_web::{get, web};
use serde::Deserialize;
use utoipa::IntoParams;

use super::ConsultationList;
use crate::api::extract::Caller;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::consultations::{self, Phase};
use crate::domain::cursor::page_limit;

#[derive(Deserialize, IntoParams)]
pub struct ListParams {
    /// Only consultations in this phase.
    pub phase: Option<Phase>,
    /// 1–100, default 20.
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// Consultations, newest first. Drafts are listed for administrators only.
#[utoipa::path(tag = "consultations", params(ListParams), responses(
    (status = 200, body = ConsultationList, description = "A page of consultations, with the cursor of the next"),
))]
#[get("/consultations")]
pub async fn list_consultations(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    web::Query(params): web::Query<ListParams>,
) -> Result<web::Json<ConsultationList>, ApiError> {
    let limit = page_limit(params.limit)?;
    let (rows, next_cursor) = consultations::list(
        &state.db,
        caller.as_ref(),
        params.phase,
        params.cursor.as_deref(),
        limit,
    )
    .await?;
    Ok(web::Json(ConsultationList {
        items: rows.into_iter().map(Into::into).collect(),
        next_cursor,
    }))
}
