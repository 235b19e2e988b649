//! `GET /api/v1/agency/consultations/{id}/opinion-groups`

use actix_web::{get, web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::extract::Agency;
use crate::api::params::Path;
use crate::api::problem::{ApiError, Problem, ProblemCode, UNAVAILABLE_RETRY_AFTER_SECS};
use crate::api::state::AppState;
use crate::domain::agency::readable_consultation;
use crate::opinion_groups::{cache, load, Report};

#[derive(Serialize, ToSchema)]
pub struct OpinionGroupsResponse {
    pub consultation_id: Uuid,
    /// When the groups were computed; they are recomputed in the background as votes arrive.
    pub computed_at: DateTime<Utc>,
    /// Whether votes changed since (a newer result is on its way).
    pub stale: bool,
    #[serde(flatten)]
    pub report: Report,
}

/// The consultation's opinion groups (the Polis method): participants grouped by how they
/// vote, each group's most representative proposals, the proposals all groups agree on, and
/// every participant's position for a scatter plot, under the pseudonyms this reader's
/// exports use (so a point joins to its exported votes for this key or member only). Answers 202 with the
/// problem code `pending` until the first result is computed.
#[utoipa::path(tag = "agency", security(("bearer" = [])), params(("id" = String, Path, description = "id or slug")), responses(
    (status = 200, description = "The latest opinion groups", body = OpinionGroupsResponse),
    (status = 202, description = "`pending`: being computed; ask again shortly", body = Problem, content_type = "application/problem+json"),
    (status = 401, description = "`unauthenticated`"),
    (status = 403, description = "`forbidden`: agency members of the consultation and API keys scoped to it only"),
    (status = 404, description = "`not_found`"),
))]
#[get("/agency/consultations/{id}/opinion-groups")]
pub async fn get_opinion_groups(
    state: web::Data<AppState>,
    Agency(agency): Agency,
    path: Path<String>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let reader = state.db.reader();
    // Consultation-wide for every reader it admits: see "Scoped agency access" in
    // docs/ARCHITECTURE.md.
    let consultation = readable_consultation(reader, &agency, &path).await?.0.id;
    let current = load::versions(reader, Some(consultation)).await?;
    let Some(version) = current.get(&consultation) else {
        // No proposals, so nothing to group (and nothing the background task will compute).
        return Ok(HttpResponse::Ok().json(OpinionGroupsResponse {
            consultation_id: consultation,
            computed_at: crate::domain::now(),
            stale: false,
            report: Report::empty(),
        }));
    };
    let Some(cached) = cache::cached(reader, consultation).await? else {
        return Ok(pending());
    };
    let stale = *version != cached.votes_version;
    Ok(HttpResponse::Ok().json(OpinionGroupsResponse {
        consultation_id: consultation,
        computed_at: cached.computed_at,
        stale,
        report: cached
            .report
            .for_audience(&state.pseudonyms, agency.audience()),
    }))
}

fn pending() -> HttpResponse {
    Problem::new(
        ProblemCode::Pending,
        "The opinion groups of this consultation are being computed; ask again in a few seconds."
            .into(),
    )
    .into_response_retrying_after(UNAVAILABLE_RETRY_AFTER_SECS)
}
