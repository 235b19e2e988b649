//! `GET /api/v1/agency/queue`

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::extract::AgencyMember;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::accountability::AnswerStanding;
use crate::domain::agency::{queue, routing};

#[derive(Serialize, ToSchema)]
pub struct QueuedProposal {
    pub id: Uuid,
    pub title: String,
    pub theme: Option<String>,
    pub province: Option<String>,
    pub agree: i32,
    pub disagree: i32,
    pub consultation_id: Uuid,
    pub consultation_slug: String,
    pub consultation_title: String,
    /// The consultation's English title, when the organisers gave one.
    pub consultation_title_en: Option<String>,
    /// The caller's organisation it is routed to.
    pub organization_id: Uuid,
    pub organization_name: String,
    /// `overdue` or `pending` when the consultation's answer deadline covers it; `null` when
    /// it does not (no deadline, or under the support threshold).
    pub standing: Option<AnswerStanding>,
    /// The deadline that covers it, once the review phase has a date.
    pub due_at: Option<DateTime<Utc>>,
}

#[derive(Serialize, ToSchema)]
pub struct AgencyQueue {
    /// Overdue first, then those owed an answer by deadline, then the rest; by net support
    /// within each.
    pub items: Vec<QueuedProposal>,
}

/// The unanswered proposals routed to the caller's organisations, across consultations:
/// overdue first, then those owed an answer under a deadline, then the rest.
#[utoipa::path(tag = "agency", security(("bearer" = [])), responses(
    (status = 200, body = AgencyQueue, description = "What the caller's organisations have to answer"),
    (status = 403),
))]
#[get("/agency/queue")]
pub async fn get_agency_queue(
    state: web::Data<AppState>,
    AgencyMember(member): AgencyMember,
) -> Result<web::Json<AgencyQueue>, ApiError> {
    let waiting = queue::of(state.db.reader(), &member).await?;
    let names = routing::names_of(
        state.db.reader(),
        waiting
            .iter()
            .filter_map(|w| w.proposal.responsible_organization_id),
    )
    .await?;
    let items = waiting
        .into_iter()
        .map(|w| {
            let organization_id = w.proposal.responsible_organization_id.unwrap_or_default();
            QueuedProposal {
                id: w.proposal.id,
                title: w.proposal.title,
                theme: w.proposal.theme,
                province: w.proposal.province,
                agree: w.proposal.agree_count,
                disagree: w.proposal.disagree_count,
                consultation_id: w.consultation.id,
                consultation_slug: w.consultation.slug,
                consultation_title_en: w.consultation.title_en.clone(),
                consultation_title: w.consultation.title,
                organization_name: names.get(&organization_id).cloned().unwrap_or_default(),
                organization_id,
                standing: w.standing,
                due_at: w.due_at,
            }
        })
        .collect();
    Ok(web::Json(AgencyQueue { items }))
}
