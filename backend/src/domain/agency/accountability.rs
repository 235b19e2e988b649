//! Answer deadlines: a consultation may promise an official answer within so many days of its
//! review phase for every proposal at or above a net-support threshold. These figures say
//! publicly how that promise is kept.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::domain::visibility;
use crate::error::Result;

/// How a proposal that must be answered stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnswerStanding {
    AnsweredOnTime,
    AnsweredLate,
    /// Unanswered and past the deadline.
    Overdue,
    /// Unanswered, deadline not reached (or the review phase has no date yet).
    Pending,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Figures {
    pub answer_due_days: i32,
    /// Net support (agree − disagree) from which a proposal must be answered.
    pub support_threshold: i32,
    /// The deadline: the review phase's start plus `answer_due_days`.
    pub due_at: Option<DateTime<Utc>>,
    /// Proposals that must be answered.
    pub required: u64,
    pub answered_on_time: u64,
    pub answered_late: u64,
    pub overdue: u64,
    pub pending: u64,
}

pub fn due_at(consultation: &Consultation) -> Option<DateTime<Utc>> {
    let days = consultation.answer_due_days?;
    Some(consultation.review_starts_at? + Duration::days(days as i64))
}

pub fn standing(
    proposal: &Proposal,
    due: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> AnswerStanding {
    match (proposal.first_responded_at, due) {
        (Some(at), Some(due)) if at > due => AnswerStanding::AnsweredLate,
        (Some(_), _) => AnswerStanding::AnsweredOnTime,
        (None, Some(due)) if now > due => AnswerStanding::Overdue,
        (None, _) => AnswerStanding::Pending,
    }
}

/// The listed, not withdrawn proposals that must be answered, by net support.
pub async fn required<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
) -> Result<Vec<Proposal>> {
    if consultation.answer_due_days.is_none() {
        return Ok(Vec::new());
    }
    Ok(proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(consultation.id))
        .filter(visibility::counted_proposals())
        .filter(
            proposals::Column::SupportScore.gte(consultation.answer_support_threshold.unwrap_or(0)),
        )
        .order_by_desc(proposals::Column::SupportScore)
        .order_by_desc(proposals::Column::Id)
        .all(conn)
        .await?)
}

/// The public figures, when the consultation set a deadline.
pub async fn figures<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
) -> Result<Option<Figures>> {
    let Some(days) = consultation.answer_due_days else {
        return Ok(None);
    };
    let due = due_at(consultation);
    let now = Utc::now();
    let mut figures = Figures {
        answer_due_days: days,
        support_threshold: consultation.answer_support_threshold.unwrap_or(0),
        due_at: due,
        required: 0,
        answered_on_time: 0,
        answered_late: 0,
        overdue: 0,
        pending: 0,
    };
    for proposal in required(conn, consultation).await? {
        figures.required += 1;
        match standing(&proposal, due, now) {
            AnswerStanding::AnsweredOnTime => figures.answered_on_time += 1,
            AnswerStanding::AnsweredLate => figures.answered_late += 1,
            AnswerStanding::Overdue => figures.overdue += 1,
            AnswerStanding::Pending => figures.pending += 1,
        }
    }
    Ok(Some(figures))
}

/// A proposal still waiting for its answer.
pub struct Due {
    pub proposal: Proposal,
    pub standing: AnswerStanding,
}

/// Unanswered proposals that must be answered: overdue first, then by net support.
pub async fn unanswered<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
) -> Result<Vec<Due>> {
    let due = due_at(consultation);
    let now = Utc::now();
    let mut items: Vec<Due> = required(conn, consultation)
        .await?
        .into_iter()
        .filter(|p| p.first_responded_at.is_none())
        .map(|proposal| Due {
            standing: standing(&proposal, due, now),
            proposal,
        })
        .collect();
    items.sort_by_key(|d| d.standing != AnswerStanding::Overdue);
    Ok(items)
}
