//! Answer deadlines: a consultation may promise an official answer within so many days for
//! every proposal with at least so many agree votes. The scorecard says publicly how that
//! promise is kept, counted from the answer clocks (`answer_clock`): moments recorded as they
//! happened, which no later edit of the consultation moves.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde::Serialize;

use super::answer_clock::{self, threshold};
use crate::db::entities::answer_clocks::{self, Model as Clock};
use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::organizations;
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::domain::now;
use crate::error::Result;

/// How a proposal whose clock started stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnswerStanding {
    AnsweredOnTime,
    AnsweredLate,
    /// Unanswered and past its due moment.
    Overdue,
    /// Unanswered, due moment not reached.
    Pending,
}

/// How the answer promise is kept, from the answer clocks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Scorecard {
    /// Proposals whose answer clock started (they must be answered).
    pub required: u64,
    pub answered_on_time: u64,
    pub answered_late: u64,
    pub overdue: u64,
    pub pending: u64,
    /// Median days from a clock's start to the first official answer, over the answered
    /// proposals (an answer given before the clock started counts as 0), to 0.1 day.
    pub median_days_to_answer: Option<f64>,
}

/// A consultation's promise as it stands now, and its scorecard.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Figures {
    /// Days within which an answer is due once a proposal's clock starts (`null`: no
    /// deadline now; clocks already started keep theirs).
    pub answer_due_days: Option<i32>,
    /// A proposal with at least this many supporting (agree) votes must be answered.
    pub support_threshold: i32,
    pub scorecard: Scorecard,
    /// The same figures for each organisation answerable for part of the consultation, by
    /// the proposals routed to it, by name. Proposals routed to nobody count only above.
    pub by_organization: Vec<OrganizationScorecard>,
}

/// One responsible organisation's record within a consultation.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct OrganizationScorecard {
    pub organization_id: uuid::Uuid,
    pub name: String,
    pub scorecard: Scorecard,
}

pub fn standing(clock: &Clock, proposal: &Proposal, now: DateTime<Utc>) -> AnswerStanding {
    match proposal.first_responded_at {
        Some(at) if at > clock.due_at => AnswerStanding::AnsweredLate,
        Some(_) => AnswerStanding::AnsweredOnTime,
        None if now > clock.due_at => AnswerStanding::Overdue,
        None => AnswerStanding::Pending,
    }
}

/// The scorecard of a set of clocked proposals — one consultation's, one agency's: filter
/// the set, then score it.
pub fn score(owed: &[(Clock, Proposal)], now: DateTime<Utc>) -> Scorecard {
    let mut card = Scorecard::default();
    let mut days = Vec::new();
    for (clock, proposal) in owed {
        card.required += 1;
        match standing(clock, proposal, now) {
            AnswerStanding::AnsweredOnTime => card.answered_on_time += 1,
            AnswerStanding::AnsweredLate => card.answered_late += 1,
            AnswerStanding::Overdue => card.overdue += 1,
            AnswerStanding::Pending => card.pending += 1,
        }
        if let Some(at) = proposal.first_responded_at {
            let seconds = (at - clock.started_at).num_seconds().max(0);
            days.push(seconds as f64 / 86_400.0);
        }
    }
    card.median_days_to_answer = median(&mut days).map(|d| (d * 10.0).round() / 10.0);
    card
}

fn median(values: &mut [f64]) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2]),
        _ => Some((values[n / 2 - 1] + values[n / 2]) / 2.0),
    }
}

/// The scorecard of the proposals matching `proposals_filter`.
pub async fn scorecard<C: ConnectionTrait>(
    conn: &C,
    proposals_filter: Condition,
) -> Result<Scorecard> {
    let owed = answer_clock::clocked(conn, proposals_filter).await?;
    Ok(score(&owed, now()))
}

/// An organisation's scorecard over every consultation that routes proposals to it.
pub async fn of_organization<C: ConnectionTrait>(
    conn: &C,
    organization_id: uuid::Uuid,
) -> Result<Scorecard> {
    let routed_here =
        Condition::all().add(proposals::Column::ResponsibleOrganizationId.eq(organization_id));
    scorecard(conn, routed_here).await
}

fn of_consultation(consultation: &Consultation) -> Condition {
    Condition::all().add(proposals::Column::ConsultationId.eq(consultation.id))
}

/// The consultation's promise and scorecard (all zero when it never promised answers).
pub async fn published<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
) -> Result<Figures> {
    let owed = answer_clock::clocked(conn, of_consultation(consultation)).await?;
    let now = now();
    Ok(Figures {
        answer_due_days: consultation.answer_due_days,
        support_threshold: threshold(consultation),
        scorecard: score(&owed, now),
        by_organization: by_organization(conn, owed, now).await?,
    })
}

/// Splits the clocked proposals by the organisation they are routed to, and scores each part.
async fn by_organization<C: ConnectionTrait>(
    conn: &C,
    owed: Vec<(Clock, Proposal)>,
    now: DateTime<Utc>,
) -> Result<Vec<OrganizationScorecard>> {
    let mut parts: BTreeMap<uuid::Uuid, Vec<(Clock, Proposal)>> = BTreeMap::new();
    for (clock, proposal) in owed {
        if let Some(org) = proposal.responsible_organization_id {
            parts.entry(org).or_default().push((clock, proposal));
        }
    }
    let names: BTreeMap<uuid::Uuid, String> = organizations::Entity::find()
        .filter(organizations::Column::Id.is_in(parts.keys().copied()))
        .all(conn)
        .await?
        .into_iter()
        .map(|org| (org.id, org.name))
        .collect();
    let mut cards: Vec<OrganizationScorecard> = parts
        .into_iter()
        .map(|(organization_id, owed)| OrganizationScorecard {
            name: names.get(&organization_id).cloned().unwrap_or_default(),
            organization_id,
            scorecard: score(&owed, now),
        })
        .collect();
    cards.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cards)
}

/// The public figures, when the consultation sets a deadline or clocks have started.
pub async fn figures<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
) -> Result<Option<Figures>> {
    if consultation.answer_due_days.is_none() {
        let started = answer_clocks::Entity::find()
            .filter(answer_clocks::Column::ConsultationId.eq(consultation.id))
            .count(conn)
            .await?;
        if started == 0 {
            return Ok(None);
        }
    }
    Ok(Some(published(conn, consultation).await?))
}

/// A proposal still waiting for its answer.
pub struct Due {
    pub proposal: Proposal,
    pub due_at: DateTime<Utc>,
    pub standing: AnswerStanding,
}

/// Unanswered proposals whose clock started: overdue first, then by due moment.
pub async fn unanswered<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
) -> Result<Vec<Due>> {
    let now = now();
    let mut items: Vec<Due> = answer_clock::clocked(conn, of_consultation(consultation))
        .await?
        .into_iter()
        .filter(|(_, p)| p.first_responded_at.is_none())
        .map(|(clock, proposal)| Due {
            standing: standing(&clock, &proposal, now),
            due_at: clock.due_at,
            proposal,
        })
        .collect();
    items.sort_by_key(|d| (d.standing != AnswerStanding::Overdue, d.due_at));
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn median_of_odd_and_even_sets() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [40.0, 10.0, 20.0]), Some(20.0));
        assert_eq!(median(&mut [3.0, 1.0, 10.0, 2.0]), Some(2.5));
    }
}
