//! `GET /api/v1/consultations/{id_or_slug}/scorecard`

use actix_web::{get, web};

use crate::api::extract::Caller;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::accountability::{self, Figures};
use crate::domain::consultations;

/// How the consultation keeps its promise to answer: proposals answered on time, answered
/// late, overdue and pending, and the median days to an answer, counted from answer clocks
/// recorded when each became owed. Public: no sign-in needed.
#[utoipa::path(tag = "consultations", params(("id_or_slug" = String, Path)), responses(
    (status = 200, body = Figures, description = "The promise in force and its scorecard"),
    (status = 404, description = "No such consultation, or a draft the caller may not see"),
))]
#[get("/consultations/{id_or_slug}/scorecard")]
pub async fn get_scorecard(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: web::Path<String>,
) -> Result<web::Json<Figures>, ApiError> {
    let consultation = consultations::get(state.db.reader(), caller.as_ref(), &path).await?;
    Ok(web::Json(
        accountability::published(state.db.reader(), &consultation).await?,
    ))
}
