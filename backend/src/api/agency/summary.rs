//! `GET /api/v1/agency/consultations/{id}/summary`

use actix_web::{get, web, HttpResponse};

use crate::api::extract::Agency;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::readable_consultation;
use crate::domain::agency::summary::{self, Summary};

/// What citizens said: totals, daily activity, themes and provinces, proposals ranked by
/// support and by division, comment stances, quick ratings (from k responses on), valuations
/// and answer deadlines.
/// Readable by administrators, the owning lab and the organisations responsible for the
/// consultation (their own proposals' figures only), and by API keys scoped to it.
#[utoipa::path(tag = "agency", security(("bearer" = [])), params(("id" = String, Path, description = "id or slug")), responses(
    (status = 200, body = Summary, description = "The consultation's aggregated summary"),
    (status = 403),
))]
#[get("/agency/consultations/{id}/summary")]
pub async fn get_summary(
    state: web::Data<AppState>,
    Agency(reader): Agency,
    path: Path<String>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let (consultation, scope) = readable_consultation(state.db.reader(), &reader, &path).await?;
    // Readers with the same scope see the same figures: they share them for a few seconds.
    let key = format!("summary/{}/{}", consultation.id, scope.key());
    let k = i64::from(state.settings.k_anonymity);
    state
        .agency_figures
        .json(key, async {
            Ok(summary::summarize(state.db.reader(), &consultation, &scope, k).await?)
        })
        .await
}
