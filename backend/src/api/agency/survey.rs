//! `GET /api/v1/agency/consultations/{id}/survey`

use actix_web::{get, web};

use crate::api::extract::Agency;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::readable_consultation;
use crate::domain::surveys::summary::{self, SurveySummary};

/// The reader surveys of the consultation and of each of its results: answers, the mean and
/// distribution of each score, and the comments, per subject. A subject fewer than k readers
/// answered shows nothing at all. The same for every reader the consultation admits.
#[utoipa::path(tag = "agency", security(("bearer" = [])), params(("id" = String, Path, description = "id or slug")), responses(
    (status = 200, body = SurveySummary, description = "The survey figures per subject, small ones withheld"),
    (status = 403),
))]
#[get("/agency/consultations/{id}/survey")]
pub async fn get_survey_summary(
    state: web::Data<AppState>,
    Agency(reader): Agency,
    path: Path<String>,
) -> Result<web::Json<SurveySummary>, ApiError> {
    let path = path.parsed()?;
    let (consultation, _) = readable_consultation(state.db.reader(), &reader, &path).await?;
    Ok(web::Json(
        summary::summarize(
            state.db.reader(),
            &consultation,
            i64::from(state.settings.k_anonymity),
        )
        .await?,
    ))
}
