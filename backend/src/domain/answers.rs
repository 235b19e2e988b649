//! Official answers: the responsible organisation's owner or representative (or the owning
//! lab's) sets a proposal's status with a public, dated answer signed by that organisation.
//! Followers, voters and the author hear of it through the notification the answer emits in
//! its own transaction.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::agency::scope::signer_for;
use crate::domain::audit::{self, AuditAction, AuditEntry};
use crate::domain::notifications::{self, Event};
use crate::domain::proposals::{get_for_update, Status};
use crate::domain::{now, text, visibility};
use crate::error::{Conflict, Error, Result};
use crate::outbox::search::{self, DocType};

/// The statuses an answer may set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnswerStatus {
    UnderReview,
    Accepted,
    Rejected,
    Implemented,
}

impl AnswerStatus {
    pub fn status(self) -> Status {
        match self {
            AnswerStatus::UnderReview => Status::UnderReview,
            AnswerStatus::Accepted => Status::Accepted,
            AnswerStatus::Rejected => Status::Rejected,
            AnswerStatus::Implemented => Status::Implemented,
        }
    }
}

#[tracing::instrument(skip_all, fields(proposal_id = %proposal_id))]
pub async fn answer(
    db: &Db,
    agent: &Account,
    proposal_id: Uuid,
    status: AnswerStatus,
    raw_answer: &str,
) -> Result<Proposal> {
    let txn = db.begin_write().await?;
    let (current, consultation) = get_for_update(&txn, agent, proposal_id).await?;
    let Some(signer) = signer_for(&txn, agent, &consultation, &current).await? else {
        return Err(Error::Forbidden(
            "Only owners and representatives of the organisation responsible for this proposal can answer it."
                .into(),
        ));
    };
    // Checked after the permission, so only those allowed to answer learn the rules.
    let answer =
        text::bounded("answer", raw_answer, 1, 10_000).map_err(|e| Error::Validation(vec![e]))?;
    if current.status == Status::Withdrawn {
        return Err(Conflict::ProposalWithdrawn.into());
    }
    if current.merged_into.is_some() {
        return Err(Conflict::ProposalMerged.into());
    }
    let now = now();
    let before = json!({
        "status": current.status,
        "official_response": current.official_response,
        "answering_organization_id": current.answering_organization_id,
    });
    let mut row: proposals::ActiveModel = current.clone().into();
    row.status = Set(status.status());
    row.official_response = Set(Some(answer));
    row.responded_at = Set(Some(now));
    row.first_responded_at = Set(Some(current.first_responded_at.unwrap_or(now)));
    row.answering_organization_id = Set(signer.organization());
    row.updated_at = Set(now);
    let updated = row.update(&txn).await?;
    // The status is a search filter and facet, for the proposal and its comments.
    search::touch(&txn, DocType::Proposal, updated.id).await?;
    search::touch_comments_of(&txn, updated.id).await?;
    notifications::emit(
        &txn,
        &Event::ProposalStatusChanged {
            proposal_id: updated.id,
            actor_id: Some(agent.id),
        },
    )
    .await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(agent.id),
            action: AuditAction::ProposalAnswered,
            target_type: "proposal",
            target_id: Some(updated.id),
            reason: None,
            before: Some(before),
            after: Some(json!({
                "status": updated.status,
                "official_response": updated.official_response,
                "answering_organization_id": updated.answering_organization_id,
            })),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// The listed proposals an organisation answered, the most recently answered first.
pub async fn signed_by<C: ConnectionTrait>(
    conn: &C,
    organization_id: Uuid,
    limit: u64,
) -> Result<Vec<Proposal>> {
    Ok(proposals::Entity::find()
        .filter(proposals::Column::AnsweringOrganizationId.eq(organization_id))
        .filter(visibility::listed_proposals())
        .order_by_desc(proposals::Column::RespondedAt)
        .limit(limit)
        .all(conn)
        .await?)
}
