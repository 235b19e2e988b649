//! The proposals a result came from. Only listed proposals of the result's own consultation
//! may be linked: a result cannot borrow another consultation's ideas, nor name a hidden one.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;
use uuid::Uuid;

use super::write::{for_update, record};
use crate::db::entities::proposals;
use crate::db::entities::result_proposals;
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::AuditAction;
use crate::domain::{now, visibility};
use crate::error::{Error, FieldError, Resource, Result};

/// How many proposals one result may name.
pub const MAX_LINKED: usize = 50;

/// The proposals, deduplicated, when each may be linked to a result of this consultation;
/// the field problem otherwise.
pub async fn check_linkable<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    ids: &[Uuid],
    field: &str,
) -> Result<std::result::Result<Vec<Uuid>, FieldError>> {
    let mut wanted = ids.to_vec();
    wanted.sort_unstable();
    wanted.dedup();
    if wanted.len() > MAX_LINKED {
        return Ok(Err(FieldError::new(
            field,
            "too_many",
            format!("a result comes from at most {MAX_LINKED} proposals"),
        )));
    }
    if wanted.is_empty() {
        return Ok(Ok(wanted));
    }
    let found = proposals::Entity::find()
        .filter(proposals::Column::Id.is_in(wanted.clone()))
        .all(conn)
        .await?;
    let linkable = found
        .iter()
        .filter(|p| p.consultation_id == consultation_id && visibility::is_listed(p))
        .count();
    if linkable != wanted.len() {
        return Ok(Err(FieldError::new(
            field,
            "not_linkable",
            "only listed proposals of the result's consultation can be linked",
        )));
    }
    Ok(Ok(wanted))
}

pub(super) async fn insert<C: ConnectionTrait>(
    conn: &C,
    result_id: Uuid,
    proposal_id: Uuid,
) -> Result<()> {
    result_proposals::Entity::insert(result_proposals::ActiveModel {
        result_id: Set(result_id),
        proposal_id: Set(proposal_id),
        linked_at: Set(now()),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Names a proposal as a source of the result (again is harmless).
pub async fn link(db: &Db, agent: &Account, result_id: Uuid, proposal_id: Uuid) -> Result<()> {
    let txn = db.begin_write().await?;
    let (result, _) = for_update(&txn, agent, result_id).await?;
    check_linkable(&txn, result.consultation_id, &[proposal_id], "proposal_id")
        .await?
        .map_err(|e| Error::Validation(vec![e]))?;
    let count = result_proposals::Entity::find()
        .filter(result_proposals::Column::ResultId.eq(result.id))
        .all(&txn)
        .await?;
    if count.len() >= MAX_LINKED && !count.iter().any(|l| l.proposal_id == proposal_id) {
        return Err(Error::field(
            "proposal_id",
            "too_many",
            format!("a result comes from at most {MAX_LINKED} proposals"),
        ));
    }
    insert(&txn, result.id, proposal_id).await?;
    record(
        &txn,
        agent,
        AuditAction::ResultProposalLinked,
        result.id,
        None,
        json!({ "proposal_id": proposal_id }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// No longer names a proposal as a source of the result.
pub async fn unlink(db: &Db, agent: &Account, result_id: Uuid, proposal_id: Uuid) -> Result<()> {
    let txn = db.begin_write().await?;
    let (result, _) = for_update(&txn, agent, result_id).await?;
    let removed = result_proposals::Entity::delete_many()
        .filter(result_proposals::Column::ResultId.eq(result.id))
        .filter(result_proposals::Column::ProposalId.eq(proposal_id))
        .exec(&txn)
        .await?;
    if removed.rows_affected == 0 {
        return Err(Error::NotFound(Resource::Proposal));
    }
    record(
        &txn,
        agent,
        AuditAction::ResultProposalUnlinked,
        result.id,
        Some(json!({ "proposal_id": proposal_id })),
        json!({}),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
