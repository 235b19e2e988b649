//! Public reads: `GET /api/v1/consultations/{id_or_slug}/results`, `GET /api/v1/results`
//! (by province) and `GET /api/v1/results/{id}`.

use actix_web::{get, web};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::{ResultDetail, ResultList, ResultPart, ResultResponse, UpdateResponse};
use crate::api::extract::Caller;
use crate::api::params::{Path, Query};
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::accounts::Account;
use crate::domain::provinces;
use crate::domain::results::{self, read};
use crate::error::Error;

/// A result as its writer sees it right after a change (one of a draft consultation too).
pub(super) async fn view_of(
    state: &AppState,
    writer: &Account,
    id: Uuid,
) -> Result<ResultResponse, ApiError> {
    // Read from the primary: the change was just written there.
    let (_, view, _, _) = read::one(state.db.writer(), Some(writer), id).await?;
    Ok(view.into())
}

/// A consultation's results with their progress rolled up from parts to parents, their
/// milestones and the listed proposals they came from: "what happened to our ideas".
#[utoipa::path(tag = "results", params(("id_or_slug" = String, Path)), responses(
    (status = 200, body = ResultList, description = "The results, oldest first; each names its parent"),
))]
#[get("/consultations/{id_or_slug}/results")]
pub async fn list_results(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: Path<String>,
) -> Result<web::Json<ResultList>, ApiError> {
    let path = path.parsed()?;
    let (_, views) = read::of_consultation(state.db.reader(), caller.as_ref(), &path).await?;
    Ok(web::Json(ResultList {
        items: views.into_iter().map(ResultResponse::from).collect(),
    }))
}

#[derive(Deserialize, IntoParams)]
pub struct ProvinceParams {
    /// A province of Thailand, by its Thai or English name.
    pub province: String,
}

/// The results placed in a province, across the consultations the public sees.
#[utoipa::path(tag = "results", params(ProvinceParams), responses(
    (status = 200, body = ResultList, description = "The province's results, newest first"),
    (status = 422, description = "validation_failed: not a province of Thailand"),
))]
#[get("/results")]
pub async fn results_in_province(
    state: web::Data<AppState>,
    params: Query<ProvinceParams>,
) -> Result<web::Json<ResultList>, ApiError> {
    let web::Query(params) = params.parsed()?;
    let province = provinces::find(&params.province).ok_or_else(|| {
        Error::field("province", "unknown_province", "not a province of Thailand")
    })?;
    let found = read::in_province(state.db.reader(), province.th).await?;
    Ok(web::Json(ResultList {
        items: found
            .into_iter()
            .map(|(_, view)| ResultResponse::from(view))
            .collect(),
    }))
}

/// One result with its milestones, its parts, the proposals it came from and every update.
#[utoipa::path(tag = "results", params(("id" = Uuid, Path)), responses(
    (status = 200, body = ResultDetail, description = "The result"),
))]
#[get("/results/{id}")]
pub async fn get_result(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: Path<Uuid>,
) -> Result<web::Json<ResultDetail>, ApiError> {
    let path = path.parsed()?;
    let db = state.db.reader();
    let (consultation, view, children, updates) = read::one(db, caller.as_ref(), *path).await?;
    let viewer_may_update = match &caller {
        Some(me) => {
            Some(results::may_steward(db, me, &consultation, view.result.organization_id).await?)
        }
        None => None,
    };
    Ok(web::Json(ResultDetail {
        result: view.into(),
        consultation_slug: consultation.slug,
        consultation_title: consultation.title,
        consultation_title_en: consultation.title_en,
        children: children
            .into_iter()
            .map(|c| ResultPart {
                id: c.id,
                status: c.status,
                progress: c.progress,
                title: c.title,
                title_en: c.title_en,
            })
            .collect(),
        updates: updates.iter().map(UpdateResponse::from).collect(),
        viewer_may_update,
    }))
}
