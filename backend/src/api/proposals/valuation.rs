//! `PUT /api/v1/proposals/{id}/valuation`

use actix_web::{put, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::body::Body;
use crate::api::extract::Valuator;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::valuations::{self, ScoreInput};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CriterionScore {
    /// One of the consultation's criteria.
    pub criterion: String,
    /// 1 (lowest) to 5.
    pub score: i64,
    /// Up to 2,000 characters.
    pub note: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ValuationRequest {
    pub scores: Vec<CriterionScore>,
}

#[derive(Serialize, ToSchema)]
pub struct ValuationScore {
    pub criterion: String,
    pub score: i16,
    pub note: Option<String>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct ValuationResponse {
    pub proposal_id: Uuid,
    /// All of the caller's scores on this proposal.
    pub scores: Vec<ValuationScore>,
}

/// A valuator scores the proposal against some of its consultation's criteria; criteria
/// left out keep their earlier scores.
#[utoipa::path(tag = "proposals", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = ValuationRequest, responses(
    (status = 200, body = ValuationResponse, description = "The valuator's scores as now recorded"),
    (status = 403),
))]
#[put("/proposals/{id}/valuation")]
pub async fn put_valuation(
    state: web::Data<AppState>,
    Valuator(valuator): Valuator,
    path: Path<Uuid>,
    body: Body<ValuationRequest>,
) -> Result<web::Json<ValuationResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let scores = body
        .scores
        .into_iter()
        .map(|s| ScoreInput {
            criterion: s.criterion,
            score: s.score,
            note: s.note,
        })
        .collect();
    let rows = valuations::value(&state.db, &valuator, *path, scores).await?;
    Ok(web::Json(ValuationResponse {
        proposal_id: *path,
        scores: rows
            .into_iter()
            .map(|v| ValuationScore {
                criterion: v.criterion,
                score: v.score,
                note: v.note,
                updated_at: v.updated_at,
            })
            .collect(),
    }))
}
