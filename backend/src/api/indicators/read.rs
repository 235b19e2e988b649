//! Public reads: `GET /api/v1/results/{id}/indicators` and
//! `GET /api/v1/consultations/{id_or_slug}/indicators`.

use actix_web::{get, web};
use uuid::Uuid;

use super::{IndicatorList, IndicatorResponse};
use crate::api::extract::Caller;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::indicators::{self, read};

/// A result's impact indicators, each with its measured values, latest value and progress.
#[utoipa::path(tag = "results", params(("id" = Uuid, Path)), responses(
    (status = 200, body = IndicatorList, description = "The indicators, in their order"),
))]
#[get("/results/{id}/indicators")]
pub async fn list_result_indicators(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: Path<Uuid>,
) -> Result<web::Json<IndicatorList>, ApiError> {
    let path = path.parsed()?;
    let db = state.db.reader();
    let (consultation, result, views) = read::of_result(db, caller.as_ref(), *path).await?;
    let viewer_may_edit = match &caller {
        Some(me) => {
            Some(indicators::may_write(db, me, &consultation, result.organization_id).await?)
        }
        None => None,
    };
    Ok(web::Json(IndicatorList {
        items: views.into_iter().map(IndicatorResponse::from).collect(),
        viewer_may_edit,
    }))
}

/// A consultation's impact indicators: its own, then its results'.
#[utoipa::path(tag = "results", params(("id_or_slug" = String, Path)), responses(
    (status = 200, body = IndicatorList, description = "The consultation's own indicators, then each result's"),
))]
#[get("/consultations/{id_or_slug}/indicators")]
pub async fn list_consultation_indicators(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: Path<String>,
) -> Result<web::Json<IndicatorList>, ApiError> {
    let path = path.parsed()?;
    let db = state.db.reader();
    let (consultation, views) = read::of_consultation(db, caller.as_ref(), &path).await?;
    let viewer_may_edit = match &caller {
        Some(me) => Some(indicators::may_write(db, me, &consultation, None).await?),
        None => None,
    };
    Ok(web::Json(IndicatorList {
        items: views.into_iter().map(IndicatorResponse::from).collect(),
        viewer_may_edit,
    }))
}
