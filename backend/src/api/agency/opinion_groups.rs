//! `GET /api/v1/agency/consultations/{id}/opinion-groups`

use actix_web::http::StatusCode;
use actix_web::{get, web, HttpResponse};
use chrono::{DateTime, Utc};
use sea_orm::EntityTrait;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::app::AppState;
use crate::auth::SignedIn;
use crate::db::entities::consultations;
use crate::domain::accounts::Role;
use crate::error::{ApiError, Error, Problem};
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
/// every participant's position (pseudonymous) for a scatter plot. Answers 202 with the
/// problem code `pending` until the first result is computed.
#[utoipa::path(tag = "agency", security(("bearer" = [])), params(("id" = Uuid, Path, description = "Consultation id")), responses(
    (status = 200, description = "The latest opinion groups", body = OpinionGroupsResponse),
    (status = 202, description = "`pending`: being computed; ask again shortly", body = Problem, content_type = "application/problem+json"),
    (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "`forbidden`: agencies and administrators only", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
))]
#[get("/consultations/{id}/opinion-groups")]
pub async fn get_opinion_groups(
    state: web::Data<AppState>,
    caller: SignedIn,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, ApiError> {
    if !matches!(caller.0.role, Role::Agency | Role::Admin) {
        return Err(Error::Forbidden(
            "Only agencies and administrators can see opinion groups.".into(),
        ));
    }
    let consultation = path.into_inner();
    let reader = state.db.reader();
    consultations::Entity::find_by_id(consultation)
        .one(reader)
        .await?
        .ok_or(Error::NotFound("consultation"))?;
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
        report: cached.report,
    }))
}

fn pending() -> HttpResponse {
    let problem = Problem::new(
        "pending",
        StatusCode::ACCEPTED,
        "Being computed",
        "The opinion groups of this consultation are being computed; ask again in a few seconds."
            .into(),
    );
    HttpResponse::build(StatusCode::ACCEPTED)
        .insert_header(("Retry-After", "5"))
        .insert_header(("Content-Type", crate::error::PROBLEM_JSON))
        .json(problem)
}
