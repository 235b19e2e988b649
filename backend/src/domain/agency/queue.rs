//! An agency's queue: across consultations, the unanswered proposals routed to the person's
//! organisations, those overdue first, then those owed an answer under a deadline, then the
//! rest. Which proposals are owed and how each stands is `accountability`'s answer.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::accountability::{self, AnswerStanding};
use crate::db::entities::consultations::{self, Model as Consultation};
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::domain::accounts::Account;
use crate::domain::organizations::verified_roles_of;
use crate::domain::visibility;
use crate::error::Result;

pub struct Waiting {
    pub consultation: Consultation,
    pub proposal: Proposal,
    /// How it stands under the consultation's answer deadline; `None` when the deadline
    /// does not cover it (no deadline, or under the support threshold).
    pub standing: Option<AnswerStanding>,
    pub due_at: Option<DateTime<Utc>>,
}

/// The person's queue: overdue first, then those owed an answer by the earliest deadline,
/// then the rest; by net support within each.
pub async fn of<C: ConnectionTrait>(conn: &C, person: &Account) -> Result<Vec<Waiting>> {
    let orgs: Vec<Uuid> = verified_roles_of(conn, person.id)
        .await?
        .into_iter()
        .map(|(org, _)| org)
        .collect();
    if orgs.is_empty() {
        return Ok(Vec::new());
    }
    let routed = proposals::Entity::find()
        .filter(proposals::Column::ResponsibleOrganizationId.is_in(orgs))
        .filter(proposals::Column::FirstRespondedAt.is_null())
        .filter(visibility::counted_proposals())
        .all(conn)
        .await?;
    if routed.is_empty() {
        return Ok(Vec::new());
    }
    let consultations = consultations::Entity::find()
        .filter(consultations::Column::Id.is_in(routed.iter().map(|p| p.consultation_id)))
        .all(conn)
        .await?;
    // Each owed proposal's own clock says how it stands and when it falls due.
    let mut owed: HashMap<Uuid, (AnswerStanding, DateTime<Utc>)> = HashMap::new();
    for consultation in &consultations {
        for due in accountability::unanswered(conn, consultation).await? {
            owed.insert(due.proposal.id, (due.standing, due.due_at));
        }
    }
    let by_id: HashMap<Uuid, &Consultation> = consultations.iter().map(|c| (c.id, c)).collect();
    let mut waiting: Vec<Waiting> = routed
        .into_iter()
        .filter_map(|proposal| {
            let consultation = (*by_id.get(&proposal.consultation_id)?).clone();
            let owed = owed.get(&proposal.id).copied();
            Some(Waiting {
                standing: owed.map(|(standing, _)| standing),
                due_at: owed.map(|(_, due_at)| due_at),
                consultation,
                proposal,
            })
        })
        .collect();
    waiting.sort_by(|a, b| {
        rank(a)
            .cmp(&rank(b))
            .then(a.due_at.cmp(&b.due_at))
            .then(b.proposal.support_score.cmp(&a.proposal.support_score))
            .then(b.proposal.id.cmp(&a.proposal.id))
    });
    Ok(waiting)
}

/// Overdue, then owed with a deadline, then owed without one, then not owed.
fn rank(w: &Waiting) -> u8 {
    match (w.standing, w.due_at) {
        (Some(AnswerStanding::Overdue), _) => 0,
        (Some(_), Some(_)) => 1,
        (Some(_), None) => 2,
        (None, _) => 3,
    }
}
