//! Endorsements: organisations (civil-society organisations, youth groups, businesses,
//! academic institutions) back proposals, once each, through their owners and
//! representatives; the proposal shows who endorsed it and whether that organisation is
//! verified.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set, TryInsertResult,
};
use serde_json::json;
use uuid::Uuid;

use crate::db::entities::{endorsements, organizations};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::proposals::{ensure_open, get_for_update};
use crate::domain::{now, organizations as orgs};
use crate::error::{Error, Result};

/// An organization's endorsement as the public sees it.
pub struct Endorsement {
    pub organization_id: Uuid,
    pub organization_slug: String,
    pub organization_name: String,
    pub organization_verified: bool,
    pub endorsed_at: DateTime<Utc>,
}

/// Whether organisations of this kind endorse proposals: labs run consultations and
/// agencies answer them, so neither takes sides on a proposal.
fn endorses(kind: orgs::OrganizationKind) -> bool {
    !matches!(
        kind,
        orgs::OrganizationKind::Lab | orgs::OrganizationKind::Agency
    )
}

/// The organisation the person endorses for: the one named, or their only one. Only its
/// owners and representatives speak for it.
async fn endorsing_org<C: ConnectionTrait>(
    conn: &C,
    member: &Account,
    named: Option<Uuid>,
) -> Result<Uuid> {
    let memberships: Vec<(Uuid, orgs::MemberRole)> = orgs::memberships_of(conn, member.id)
        .await?
        .into_iter()
        .filter(|(o, _)| endorses(o.kind))
        .map(|(o, role)| (o.id, role))
        .collect();
    let speaking: Vec<Uuid> = memberships
        .iter()
        .filter(|(_, role)| role.speaks_for_organization())
        .map(|(id, _)| *id)
        .collect();
    match named {
        Some(id) if speaking.contains(&id) => Ok(id),
        Some(id) if memberships.iter().any(|(o, _)| *o == id) => Err(Error::Forbidden(
            "Only the organisation's owners and representatives can endorse for it.".into(),
        )),
        Some(_) => Err(Error::Forbidden(
            "You can only endorse for an organisation you represent.".into(),
        )),
        None if speaking.len() == 1 => Ok(speaking[0]),
        None if speaking.is_empty() => Err(Error::Forbidden(
            "Only owners and representatives of an organisation can endorse proposals.".into(),
        )),
        None => Err(Error::field(
            "organization_id",
            "required",
            "you represent several organisations: name one",
        )),
    }
}

/// Endorses the proposal for the member's organization; returns whether it is new.
pub async fn endorse(
    db: &Db,
    member: &Account,
    proposal_id: Uuid,
    organization: Option<Uuid>,
) -> Result<bool> {
    let txn = db.begin_write().await?;
    let (proposal, _) = get_for_update(&txn, member, proposal_id).await?;
    ensure_open(&proposal)?;
    let org = endorsing_org(&txn, member, organization).await?;
    let inserted = endorsements::Entity::insert(endorsements::ActiveModel {
        proposal_id: Set(proposal.id),
        organization_id: Set(org),
        endorsed_by: Set(Some(member.id)),
        created_at: Set(now()),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(&txn)
    .await?;
    let created = matches!(inserted, TryInsertResult::Inserted(rows) if rows > 0);
    if created {
        AuditEntry::by(
            member,
            AuditAction::ProposalEndorsed,
            "proposal",
            proposal.id,
        )
        .after(json!({"organization_id": org}))
        .record(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(created)
}

/// Withdraws the organization's endorsement, if any.
pub async fn withdraw(
    db: &Db,
    member: &Account,
    proposal_id: Uuid,
    organization: Option<Uuid>,
) -> Result<()> {
    let txn = db.begin_write().await?;
    let (proposal, _) = get_for_update(&txn, member, proposal_id).await?;
    let org = endorsing_org(&txn, member, organization).await?;
    let removed = endorsements::Entity::delete_by_id((proposal.id, org))
        .exec(&txn)
        .await?
        .rows_affected;
    if removed > 0 {
        AuditEntry::by(
            member,
            AuditAction::ProposalEndorsementWithdrawn,
            "proposal",
            proposal.id,
        )
        .before(json!({"organization_id": org}))
        .record(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// A proposal's endorsements, oldest first.
pub async fn of_proposal<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
) -> Result<Vec<Endorsement>> {
    let rows = endorsements::Entity::find()
        .filter(endorsements::Column::ProposalId.eq(proposal_id))
        .order_by_asc(endorsements::Column::CreatedAt)
        .all(conn)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let orgs: std::collections::HashMap<Uuid, organizations::Model> = organizations::Entity::find()
        .filter(organizations::Column::Id.is_in(rows.iter().map(|r| r.organization_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let org = orgs.get(&r.organization_id)?;
            Some(Endorsement {
                organization_id: r.organization_id,
                organization_slug: org.slug.clone(),
                organization_name: org.name.clone(),
                organization_verified: org.verified_at.is_some(),
                endorsed_at: r.created_at,
            })
        })
        .collect())
}
