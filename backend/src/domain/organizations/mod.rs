//! Organisations and their members. An organisation has a kind (policy lab, government
//! agency, civil-society organisation, youth group, business, academic), a public profile,
//! and members in roles (owner, representative, member). Only verified organisations confer
//! powers on their members (running consultations for labs and agencies, agency access);
//! anyone may create one, so
//! an unverified "agency" grants nothing until an administrator verifies it.

mod create;
mod directory;
mod edit;
mod input;
mod invitations;
mod members;
mod profile;
mod verification;

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::Value;
use uuid::Uuid;

use crate::db::entities::{memberships, organizations};
use crate::domain::accounts::Account;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::{now, text};
use crate::error::{Error, Resource, Result};

pub use crate::db::entities::memberships::MemberRole;
pub use crate::db::entities::organizations::OrganizationKind;
pub use create::create_for;
pub use directory::{list, member_count, DirectoryQuery};
pub use edit::edit;
pub use invitations::{
    accept_invitation, invite, pending_invitations, revoke_invitation, Invitation,
};
pub use members::{change_role, leave, members_of, remove_member, speaks_for, Member};
pub use profile::{profile, Activity, EndorsedProposal, OwnedConsultation, Profile};
pub use verification::set_verified;

/// An organisation's row.
pub type Organization = organizations::Model;

/// The profile fields a person writes when creating or editing an organisation.
#[derive(Debug, Default, Clone)]
pub struct ProfileInput {
    pub name: Option<String>,
    pub description: Option<Option<String>>,
    pub website: Option<Option<String>>,
    pub parent_organization_id: Option<Option<Uuid>>,
    pub province: Option<Option<String>>,
}

/// The verified organisations a person belongs to: the ones that give them powers.
pub async fn of_user<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<Vec<Organization>> {
    Ok(memberships_of(conn, user_id)
        .await?
        .into_iter()
        .map(|(org, _)| org)
        .filter(|org| org.verified_at.is_some())
        .collect())
}

/// The verified organisations a person belongs to, by id, with their role in each: what
/// agency access and answering read.
pub async fn verified_roles_of<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
) -> Result<Vec<(Uuid, MemberRole)>> {
    Ok(memberships_of(conn, user_id)
        .await?
        .into_iter()
        .filter(|(org, _)| org.verified_at.is_some())
        .map(|(org, role)| (org.id, role))
        .collect())
}

/// Every organisation a person belongs to, verified or not, with their role in it.
pub async fn memberships_of<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
) -> Result<Vec<(Organization, MemberRole)>> {
    let rows = memberships::Entity::find()
        .filter(memberships::Column::UserId.eq(user_id))
        .all(conn)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let orgs = organizations::Entity::find()
        .filter(organizations::Column::Id.is_in(rows.iter().map(|m| m.organization_id)))
        .all(conn)
        .await?;
    Ok(orgs
        .into_iter()
        .filter_map(|org| {
            let role = rows.iter().find(|m| m.organization_id == org.id)?.role;
            Some((org, role))
        })
        .collect())
}

/// Whether the person belongs to at least one verified organisation of one of these kinds.
pub async fn belongs_to_any<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    kinds: &[&str],
) -> Result<bool> {
    Ok(of_user(conn, user_id)
        .await?
        .iter()
        .any(|org| kinds.contains(&org.kind.as_str())))
}

/// The kinds of organisation that run consultations: policy labs, and government agencies
/// consulting on their own policies (a ministry on its strategy). Other kinds take part.
pub const CONVENING_KINDS: [OrganizationKind; 2] =
    [OrganizationKind::Lab, OrganizationKind::Agency];

/// Whether the person is a member of this verified organisation of a kind that runs
/// consultations (see [`CONVENING_KINDS`]).
pub async fn is_convener_member<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    org_id: Uuid,
) -> Result<bool> {
    Ok(of_user(conn, user_id)
        .await?
        .iter()
        .any(|org| org.id == org_id && CONVENING_KINDS.contains(&org.kind)))
}

/// An organisation created by a trusted loader (`sala demo`, an operator's set-up): verified
/// from the start, with no members yet. People create theirs with [`create_for`].
pub async fn create<C: ConnectionTrait>(
    conn: &C,
    slug: &str,
    name: &str,
    kind: &str,
) -> Result<Organization> {
    let kind = parse_kind(kind)?;
    let slug = text::slug("slug", slug).map_err(|e| Error::Validation(vec![e]))?;
    let name = text::title("name", name, 2, 120).map_err(|e| Error::Validation(vec![e]))?;
    let at = now();
    Ok(organizations::ActiveModel {
        id: Set(Uuid::now_v7()),
        slug: Set(slug),
        name: Set(name),
        kind: Set(kind),
        description: Set(None),
        website: Set(None),
        parent_organization_id: Set(None),
        province: Set(None),
        verified_at: Set(Some(at)),
        verified_by: Set(None),
        created_at: Set(at),
        updated_at: Set(Some(at)),
    }
    .insert(conn)
    .await?)
}

/// Adds a member in a role (`owner`, `representative` or `member`), for trusted loaders.
pub async fn add_member<C: ConnectionTrait>(
    conn: &C,
    org_id: Uuid,
    user_id: Uuid,
    role: &str,
) -> Result<()> {
    let role = MemberRole::parse(role).ok_or_else(|| {
        Error::field("role", "invalid", "must be owner, representative or member")
    })?;
    insert_member(conn, org_id, user_id, role).await
}

/// Where a loaded organisation sits: its parent, province and description, for trusted
/// loaders (people edit theirs with [`edit`]).
pub async fn place<C: ConnectionTrait>(
    conn: &C,
    org_id: Uuid,
    parent: Option<Uuid>,
    province: Option<String>,
    description: Option<String>,
) -> Result<()> {
    organizations::ActiveModel {
        id: Set(org_id),
        parent_organization_id: Set(parent),
        province: Set(province),
        description: Set(description),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

pub(crate) fn parse_kind(raw: &str) -> Result<OrganizationKind> {
    OrganizationKind::parse(raw).ok_or_else(|| {
        Error::field(
            "kind",
            "invalid",
            "must be lab, agency, cso, youth_group, business or academic",
        )
    })
}

async fn insert_member<C: ConnectionTrait>(
    conn: &C,
    org_id: Uuid,
    user_id: Uuid,
    role: MemberRole,
) -> Result<()> {
    memberships::ActiveModel {
        organization_id: Set(org_id),
        user_id: Set(user_id),
        role: Set(role),
        created_at: Set(now()),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// An organisation by its slug (or id).
pub async fn get<C: ConnectionTrait>(conn: &C, slug_or_id: &str) -> Result<Organization> {
    let query = match Uuid::parse_str(slug_or_id) {
        Ok(id) => organizations::Entity::find_by_id(id),
        Err(_) => organizations::Entity::find().filter(organizations::Column::Slug.eq(slug_or_id)),
    };
    query
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Organization))
}

/// The person's role in the organisation, if they belong to it.
pub async fn role_in<C: ConnectionTrait>(
    conn: &C,
    org_id: Uuid,
    user_id: Uuid,
) -> Result<Option<MemberRole>> {
    Ok(memberships::Entity::find_by_id((org_id, user_id))
        .one(conn)
        .await?
        .map(|m| m.role))
}

/// Owners manage an organisation; administrators may too.
async fn ensure_manages<C: ConnectionTrait>(
    conn: &C,
    org: &Organization,
    person: &Account,
) -> Result<()> {
    if person.is_admin() || role_in(conn, org.id, person.id).await? == Some(MemberRole::Owner) {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "Only the organisation's owners (or an administrator) may do this.".into(),
        ))
    }
}

/// One audit row about an organisation.
async fn record<C: ConnectionTrait>(
    conn: &C,
    actor: &Account,
    action: AuditAction,
    org_id: Uuid,
    before: Option<Value>,
    after: Option<Value>,
) -> Result<()> {
    AuditEntry::by(actor, action, "organization", org_id)
        .before(before)
        .after(after)
        .record(conn)
        .await?;
    Ok(())
}
