//! `GET /api/v1/agency/consultations/{id}/breakdown?by=…`

use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::api::extract::Agency;
use crate::api::params::{Path, Query};
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::breakdown::{self, Breakdown, Dimension};
use crate::domain::agency::readable_consultation;

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct BreakdownQuery {
    /// `province`, `theme`, `age_band` or `gender`.
    pub by: Dimension,
}

/// Participants, votes and support per group, from self-declared profile fields (or
/// proposal themes). Groups under k participants are suppressed, with enough others that no
/// combination of figures gives them away. Each group's figures are a release that changes
/// only after at least k new participants joined the group (`released_at`), so comparing
/// two reads does not reveal one person's vote.
#[utoipa::path(tag = "agency", security(("bearer" = [])), params(("id" = String, Path, description = "id or slug"), BreakdownQuery), responses(
    (status = 200, body = Breakdown, description = "Participation and support per group, small groups suppressed"),
    (status = 403),
))]
#[get("/agency/consultations/{id}/breakdown")]
pub async fn get_breakdown(
    state: web::Data<AppState>,
    Agency(reader): Agency,
    path: Path<String>,
    query: Query<BreakdownQuery>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let query = query.parsed()?;
    // The same k-anonymous release for every reader the consultation admits, whatever
    // their scope: see "Scoped agency access" in docs/ARCHITECTURE.md.
    let (consultation, _) = readable_consultation(state.db.reader(), &reader, &path).await?;
    let key = format!("breakdown/{}/{:?}", consultation.id, query.by);
    let k = state.settings.k_anonymity;
    state
        .agency_figures
        .json(key, async {
            Ok(breakdown::breakdown(&state.db, &consultation, query.by, k).await?)
        })
        .await
}
