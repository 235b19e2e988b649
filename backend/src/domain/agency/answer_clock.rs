//! Answer clocks: the moment a proposal's promised answer became owed, recorded as it
//! happened. A clock starts once per proposal — when the consultation enters its review phase
//! with the proposal at the support threshold, or when the proposal reaches the threshold
//! during review (a merge brings it votes, the threshold is lowered, a deadline is set, it is
//! restored from hiding) — and
//! its due moment is fixed then: start + the days in force then. The rows are append-only (the
//! database refuses updates and deletes), so editing the consultation's dates or days later
//! moves no clock.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde::Serialize;
use uuid::Uuid;

use crate::db::entities::answer_clocks;
use crate::db::entities::consultations::{self, Model as Consultation};
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::domain::audit::{self, AuditAction, AuditEntry};
use crate::domain::consultations::Phase;
use crate::domain::{now, visibility};
use crate::error::Result;

/// Why a clock started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The consultation entered its review phase with the proposal at the threshold.
    ReviewStarted,
    /// The proposal reached the threshold while the consultation was in review.
    ThresholdReached,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::ReviewStarted => "review_started",
            Reason::ThresholdReached => "threshold_reached",
        }
    }
}

/// Whether a proposal must be answered under the consultation's promise: at least
/// `answer_support_threshold` agree votes (none set: every proposal).
pub fn meets_threshold(consultation: &Consultation, proposal: &Proposal) -> bool {
    proposal.agree_count >= threshold(consultation)
}

pub fn threshold(consultation: &Consultation) -> i32 {
    consultation.answer_support_threshold.unwrap_or(0)
}

/// Why clocks start on a change of the consultation from `before` to `after`, if they do:
/// entering review (or closing straight from an earlier phase) starts them for every proposal
/// at the threshold; any other change during review (threshold or days) for those newly at it.
pub fn reason_for_change(before: &Consultation, after: &Consultation) -> Option<Reason> {
    let (was, is) = (Phase::of(before), Phase::of(after));
    let before_review = matches!(was, Phase::Draft | Phase::Ideation | Phase::Voting);
    match is {
        Phase::Review if before_review => Some(Reason::ReviewStarted),
        Phase::Closed if before_review => Some(Reason::ReviewStarted),
        Phase::Review => Some(Reason::ThresholdReached),
        _ => None,
    }
}

/// Starts the clock of every counted proposal of the consultation at the threshold that has
/// none yet, at this moment, inside the caller's transaction. Answers how many started.
pub async fn start_due<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
    reason: Reason,
    actor_id: Option<Uuid>,
) -> Result<usize> {
    let Some(days) = consultation.answer_due_days else {
        return Ok(0);
    };
    let with_clock = Query::select()
        .column(answer_clocks::Column::ProposalId)
        .from(answer_clocks::Entity)
        .and_where(answer_clocks::Column::ConsultationId.eq(consultation.id))
        .to_owned();
    let due: Vec<Proposal> = proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(consultation.id))
        .filter(visibility::counted_proposals())
        .filter(proposals::Column::AgreeCount.gte(threshold(consultation)))
        .filter(proposals::Column::Id.not_in_subquery(with_clock))
        .all(conn)
        .await?;
    let started = now();
    for chunk in due.chunks(500) {
        let rows = chunk
            .iter()
            .map(|p| row(consultation, p, days, reason, started));
        answer_clocks::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::column(answer_clocks::Column::ProposalId)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(conn)
            .await?;
    }
    if !due.is_empty() {
        audit_started(conn, consultation.id, actor_id, reason, due.len()).await?;
    }
    Ok(due.len())
}

/// Starts one proposal's clock if it is at the threshold during review and has none yet: after
/// a merge moved votes to it, or after it was restored from hiding.
pub async fn start_if_due<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
    actor_id: Option<Uuid>,
) -> Result<()> {
    let Some(proposal) = proposals::Entity::find_by_id(proposal_id).one(conn).await? else {
        return Ok(());
    };
    let Some(consultation) = consultations::Entity::find_by_id(proposal.consultation_id)
        .one(conn)
        .await?
    else {
        return Ok(());
    };
    if Phase::of(&consultation) == Phase::Review && meets_threshold(&consultation, &proposal) {
        start_due(conn, &consultation, Reason::ThresholdReached, actor_id).await?;
    }
    Ok(())
}

fn row(
    consultation: &Consultation,
    proposal: &Proposal,
    days: i32,
    reason: Reason,
    started: DateTime<Utc>,
) -> answer_clocks::ActiveModel {
    answer_clocks::ActiveModel {
        proposal_id: Set(proposal.id),
        consultation_id: Set(consultation.id),
        reason: Set(reason.as_str().to_owned()),
        started_at: Set(started),
        due_at: Set(started + Duration::days(days as i64)),
        answer_due_days: Set(days),
        support_threshold: Set(threshold(consultation)),
        agree_count: Set(proposal.agree_count),
    }
}

async fn audit_started<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    actor_id: Option<Uuid>,
    reason: Reason,
    count: usize,
) -> Result<()> {
    audit::record(
        conn,
        AuditEntry {
            actor_id,
            action: AuditAction::AnswerClocksStarted,
            target_type: "consultation",
            target_id: Some(consultation_id),
            reason: None,
            before: None,
            after: Some(serde_json::json!({"reason": reason.as_str(), "proposals": count})),
        },
    )
    .await?;
    Ok(())
}

/// The clocks of the proposals matching `proposals_filter` (one consultation's, one agency's),
/// each with its proposal, counted proposals only.
pub async fn clocked<C: ConnectionTrait>(
    conn: &C,
    proposals_filter: sea_orm::Condition,
) -> Result<Vec<(answer_clocks::Model, Proposal)>> {
    let rows = answer_clocks::Entity::find()
        .find_also_related(proposals::Entity)
        .filter(proposals_filter)
        .filter(visibility::counted_proposals())
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(clock, proposal)| proposal.map(|p| (clock, p)))
        .collect())
}
