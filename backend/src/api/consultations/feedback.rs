//! `PUT /api/v1/consultations/{id}/feedback`

use actix_web::{put, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::body::Body;
use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::feedback::Feedback;
use crate::domain::feedback::{self, Ratings};

/// Three quick ratings, each 1 (lowest) to 5.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FeedbackRequest {
    /// Was the consultation useful to you?
    pub usefulness: i64,
    /// Did you understand what was asked?
    pub understanding: i64,
    /// Are you satisfied with how it was run?
    pub satisfaction: i64,
}

#[derive(Serialize, ToSchema)]
pub struct FeedbackResponse {
    pub usefulness: i16,
    pub understanding: i16,
    pub satisfaction: i16,
    pub updated_at: DateTime<Utc>,
}

impl From<Feedback> for FeedbackResponse {
    fn from(row: Feedback) -> Self {
        FeedbackResponse {
            usefulness: row.usefulness,
            understanding: row.understanding,
            satisfaction: row.satisfaction,
            updated_at: row.updated_at,
        }
    }
}

/// Rates the consultation; rating again replaces the caller's earlier ratings.
#[utoipa::path(tag = "consultations", security(("bearer" = [])), params(("id" = String, Path, description = "id or slug")), request_body = FeedbackRequest, responses(
    (status = 200, body = FeedbackResponse, description = "The caller's ratings as now recorded"),
    (status = 403),
))]
#[put("/consultations/{id}/feedback")]
pub async fn put_feedback(
    state: web::Data<AppState>,
    Writer(person): Writer,
    path: Path<String>,
    body: Body<FeedbackRequest>,
) -> Result<web::Json<FeedbackResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let row = feedback::rate(
        &state.db,
        &person,
        &path,
        Ratings {
            usefulness: body.usefulness,
            understanding: body.understanding,
            satisfaction: body.satisfaction,
        },
    )
    .await?;
    Ok(web::Json(row.into()))
}
