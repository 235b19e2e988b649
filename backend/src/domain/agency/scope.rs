//! Whose agency data a person reads and answers. Administrators and the owning lab or agency
//! see a consultation whole; members of an organisation responsible for part of it see the
//! proposals routed to their organisation; everyone else, whatever their account role,
//! sees nothing. Aggregates that cannot be cut per proposal are discussed in
//! `docs/ARCHITECTURE.md` ("Scoped agency access").

use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::db::entities::consultations::{self as consultation_rows, Model as Consultation};
use crate::db::entities::organizations::{self as organization_rows, OrganizationKind};
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::entities::responsibilities;
use crate::domain::accounts::Account;
use crate::domain::{consultations, organizations};
use crate::error::Result;

/// What part of a consultation someone may read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every proposal: administrators and members of the owning lab.
    Whole,
    /// The proposals routed to these organisations (the reader belongs to each).
    Organizations(Vec<Uuid>),
}

impl Scope {
    pub fn covers(&self, proposal: &Proposal) -> bool {
        match self {
            Scope::Whole => true,
            Scope::Organizations(ids) => proposal
                .responsible_organization_id
                .is_some_and(|org| ids.contains(&org)),
        }
    }

    /// Names the scope: two readers with the same key read the same figures.
    pub fn key(&self) -> String {
        match self {
            Scope::Whole => "whole".into(),
            Scope::Organizations(ids) => {
                let mut ids = ids.clone();
                ids.sort_unstable();
                let ids: Vec<String> = ids.iter().map(Uuid::to_string).collect();
                ids.join(",")
            }
        }
    }

    /// The proposals in scope, as a filter on `proposals`.
    pub fn proposals(&self) -> Condition {
        match self {
            Scope::Whole => Condition::all(),
            Scope::Organizations(ids) => Condition::all()
                .add(proposals::Column::ResponsibleOrganizationId.is_in(ids.iter().copied())),
        }
    }
}

/// The organisations answering for some part of the consultation: those its map names and
/// those a proposal was reassigned to by hand.
pub async fn responsible_for<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
) -> Result<Vec<Uuid>> {
    let mut ids: Vec<Uuid> = responsibilities::Entity::find()
        .select_only()
        .column(responsibilities::Column::OrganizationId)
        .filter(responsibilities::Column::ConsultationId.eq(consultation_id))
        .into_tuple()
        .all(conn)
        .await?;
    let routed: Vec<Option<Uuid>> = proposals::Entity::find()
        .select_only()
        .column(proposals::Column::ResponsibleOrganizationId)
        .distinct()
        .filter(proposals::Column::ConsultationId.eq(consultation_id))
        .filter(proposals::Column::ResponsibleOrganizationId.is_not_null())
        .into_tuple()
        .all(conn)
        .await?;
    ids.extend(routed.into_iter().flatten());
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// What part of the consultation the person may read, or `None` when nothing.
pub async fn scope_of<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
    consultation: &Consultation,
) -> Result<Option<Scope>> {
    if consultations::can_manage(conn, person, consultation).await? {
        return Ok(Some(Scope::Whole));
    }
    let mine = organizations::verified_roles_of(conn, person.id).await?;
    if mine.is_empty() {
        return Ok(None);
    }
    let responsible = responsible_for(conn, consultation.id).await?;
    let ids: Vec<Uuid> = mine
        .into_iter()
        .map(|(org, _)| org)
        .filter(|org| responsible.contains(org))
        .collect();
    Ok((!ids.is_empty()).then_some(Scope::Organizations(ids)))
}

/// Whether the person may act for an agency anywhere: an administrator, a policy-lab
/// member, a member of an agency that owns a consultation, or a member of an organisation
/// that some consultation names as responsible.
pub async fn acts_somewhere<C: ConnectionTrait>(conn: &C, person: &Account) -> Result<bool> {
    if person.is_admin() {
        return Ok(true);
    }
    let orgs: Vec<Uuid> = organizations::verified_roles_of(conn, person.id)
        .await?
        .into_iter()
        .map(|(org, _)| org)
        .collect();
    if orgs.is_empty() {
        return Ok(false);
    }
    let labs = organization_rows::Entity::find()
        .filter(organization_rows::Column::Id.is_in(orgs.iter().copied()))
        .filter(organization_rows::Column::Kind.eq(OrganizationKind::Lab))
        .one(conn)
        .await?;
    if labs.is_some() || runs_a_consultation(conn, &orgs).await? {
        return Ok(true);
    }
    let named = responsibilities::Entity::find()
        .filter(responsibilities::Column::OrganizationId.is_in(orgs.iter().copied()))
        .one(conn)
        .await?;
    if named.is_some() {
        return Ok(true);
    }
    Ok(proposals::Entity::find()
        .filter(proposals::Column::ResponsibleOrganizationId.is_in(orgs))
        .one(conn)
        .await?
        .is_some())
}

/// Whether one of these organisations is an agency that owns a consultation: its members
/// manage that consultation, so they read its agency data whole.
async fn runs_a_consultation<C: ConnectionTrait>(conn: &C, orgs: &[Uuid]) -> Result<bool> {
    let agencies: Vec<Uuid> = organization_rows::Entity::find()
        .select_only()
        .column(organization_rows::Column::Id)
        .filter(organization_rows::Column::Id.is_in(orgs.iter().copied()))
        .filter(organization_rows::Column::Kind.eq(OrganizationKind::Agency))
        .into_tuple()
        .all(conn)
        .await?;
    if agencies.is_empty() {
        return Ok(false);
    }
    Ok(consultation_rows::Entity::find()
        .filter(consultation_rows::Column::OwnerOrganizationId.is_in(agencies))
        .one(conn)
        .await?
        .is_some())
}

/// The organisation an answer to this proposal is signed by, when the person may answer
/// it: an owner or representative of its responsible organisation signs for that; one of
/// the owning lab signs for the lab; an administrator who is neither answers unsigned.
/// `None` when the person may not answer it.
pub async fn signer_for<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
    consultation: &Consultation,
    proposal: &Proposal,
) -> Result<Option<Signer>> {
    let mine = organizations::verified_roles_of(conn, person.id).await?;
    let signs_for = |org: Option<Uuid>| {
        org.filter(|org| {
            mine.iter()
                .any(|(member_of, role)| member_of == org && role.speaks_for_organization())
        })
    };
    if let Some(org) = signs_for(proposal.responsible_organization_id) {
        return Ok(Some(Signer::Organization(org)));
    }
    if consultations::can_manage(conn, person, consultation).await? {
        if let Some(org) = signs_for(consultation.owner_organization_id) {
            return Ok(Some(Signer::Organization(org)));
        }
    }
    Ok(person.is_admin().then_some(Signer::Unsigned))
}

/// Who an answer is signed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signer {
    Organization(Uuid),
    /// An administrator acting for no organisation.
    Unsigned,
}

impl Signer {
    pub fn organization(self) -> Option<Uuid> {
        match self {
            Signer::Organization(org) => Some(org),
            Signer::Unsigned => None,
        }
    }
}
