//! An agency's queue: across consultations, the proposals routed to the person's
//! organisations that are still owed an answer, overdue first. Which proposals are owed
//! and how each stands is `accountability`'s answer; this only narrows it to the routing.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use super::accountability::{self, AnswerStanding};
use super::scope::memberships_of;
use crate::db::entities::consultations::{self, Model as Consultation};
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::domain::accounts::Account;
use crate::domain::visibility;
use crate::error::Result;

pub struct Waiting {
    pub consultation: Consultation,
    pub proposal: Proposal,
    pub standing: AnswerStanding,
    pub due_at: Option<DateTime<Utc>>,
}

/// The person's queue: overdue first, then the earliest deadline, then net support.
pub async fn of<C: ConnectionTrait>(conn: &C, person: &Account) -> Result<Vec<Waiting>> {
    let orgs: Vec<Uuid> = memberships_of(conn, person.id)
        .await?
        .into_iter()
        .map(|(org, _)| org)
        .collect();
    if orgs.is_empty() {
        return Ok(Vec::new());
    }
    let consultation_ids: Vec<Uuid> = proposals::Entity::find()
        .select_only()
        .column(proposals::Column::ConsultationId)
        .distinct()
        .filter(proposals::Column::ResponsibleOrganizationId.is_in(orgs.iter().copied()))
        .filter(proposals::Column::FirstRespondedAt.is_null())
        .filter(visibility::counted_proposals())
        .into_tuple()
        .all(conn)
        .await?;
    if consultation_ids.is_empty() {
        return Ok(Vec::new());
    }
    let consultations = consultations::Entity::find()
        .filter(consultations::Column::Id.is_in(consultation_ids))
        .all(conn)
        .await?;
    let mut waiting = Vec::new();
    for consultation in consultations {
        let due_at = accountability::due_at(&consultation);
        for due in accountability::unanswered(conn, &consultation).await? {
            let routed_to_me = due
                .proposal
                .responsible_organization_id
                .is_some_and(|org| orgs.contains(&org));
            if routed_to_me {
                waiting.push(Waiting {
                    consultation: consultation.clone(),
                    proposal: due.proposal,
                    standing: due.standing,
                    due_at,
                });
            }
        }
    }
    waiting.sort_by(|a, b| {
        (a.standing != AnswerStanding::Overdue)
            .cmp(&(b.standing != AnswerStanding::Overdue))
            .then(a.due_at.is_none().cmp(&b.due_at.is_none()))
            .then(a.due_at.cmp(&b.due_at))
            .then(b.proposal.support_score.cmp(&a.proposal.support_score))
            .then(b.proposal.id.cmp(&a.proposal.id))
    });
    Ok(waiting)
}
