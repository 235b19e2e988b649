//! `GET /api/v1/agency/consultations/{id}/answers-due`

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::extract::Agency;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::accountability::{self, AnswerStanding};
use crate::domain::agency::readable_consultation;

#[derive(Serialize, ToSchema)]
pub struct DueProposal {
    pub id: Uuid,
    pub title: String,
    pub agree: i32,
    pub disagree: i32,
    /// `overdue` or `pending`.
    pub standing: AnswerStanding,
    /// Fixed when the proposal's answer clock started.
    pub due_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct AnswersDue {
    /// The earliest due moment among the listed proposals.
    pub due_at: Option<DateTime<Utc>>,
    /// Unanswered proposals whose answer clock started: overdue first, then by due moment.
    pub items: Vec<DueProposal>,
}

/// What the agency still has to answer under the consultation's answer deadline.
#[utoipa::path(tag = "agency", security(("bearer" = [])), params(("id" = String, Path, description = "id or slug")), responses(
    (status = 200, body = AnswersDue, description = "The deadline and the proposals still to answer, overdue first"),
    (status = 403),
))]
#[get("/agency/consultations/{id}/answers-due")]
pub async fn get_answers_due(
    state: web::Data<AppState>,
    Agency(reader): Agency,
    path: Path<String>,
) -> Result<web::Json<AnswersDue>, ApiError> {
    let path = path.parsed()?;
    let consultation = readable_consultation(state.db.reader(), &reader, &path).await?;
    let items = accountability::unanswered(state.db.reader(), &consultation).await?;
    Ok(web::Json(AnswersDue {
        due_at: items.iter().map(|d| d.due_at).min(),
        items: items
            .into_iter()
            .map(|d| DueProposal {
                id: d.proposal.id,
                title: d.proposal.title,
                agree: d.proposal.agree_count,
                disagree: d.proposal.disagree_count,
                standing: d.standing,
                due_at: d.due_at,
            })
            .collect(),
    }))
}
