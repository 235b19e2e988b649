//! Members of an organisation: who sees them, changing a member's role, removing a member and
//! leaving. An organisation always keeps an owner: the last one can neither leave nor be
//! demoted or removed.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde_json::json;
use uuid::Uuid;

use super::{ensure_manages, get, record, role_in, MemberRole, Organization};
use crate::db::entities::{memberships, organizations, users};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::AuditAction;
use crate::error::{Conflict, Error, Resource, Result};

pub struct Member {
    pub user_id: Uuid,
    pub display_name: String,
    pub role: MemberRole,
    pub joined_at: DateTime<Utc>,
}

/// The member count, and the members with their roles when the viewer belongs to the
/// organisation or is an administrator.
pub async fn members_of<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    slug_or_id: &str,
) -> Result<(Organization, u64, Option<Vec<Member>>)> {
    let org = get(conn, slug_or_id).await?;
    let rows = memberships::Entity::find()
        .filter(memberships::Column::OrganizationId.eq(org.id))
        .order_by_asc(memberships::Column::CreatedAt)
        .all(conn)
        .await?;
    let count = rows.len() as u64;
    let sees = match viewer {
        Some(v) => v.is_admin() || rows.iter().any(|m| m.user_id == v.id),
        None => false,
    };
    if !sees {
        return Ok((org, count, None));
    }
    let names: std::collections::HashMap<Uuid, String> = users::Entity::find()
        .filter(users::Column::Id.is_in(rows.iter().map(|m| m.user_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let members = rows
        .into_iter()
        .map(|m| Member {
            display_name: names.get(&m.user_id).cloned().unwrap_or_default(),
            user_id: m.user_id,
            role: m.role,
            joined_at: m.created_at,
        })
        .collect();
    Ok((org, count, Some(members)))
}

/// The organisation, its row locked so member changes to it happen one at a time.
async fn locked(txn: &DatabaseTransaction, slug_or_id: &str) -> Result<Organization> {
    let org = get(txn, slug_or_id).await?;
    organizations::Entity::find_by_id(org.id)
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or(Error::NotFound(Resource::Organization))
}

async fn membership(
    txn: &DatabaseTransaction,
    org_id: Uuid,
    user_id: Uuid,
) -> Result<memberships::Model> {
    memberships::Entity::find_by_id((org_id, user_id))
        .one(txn)
        .await?
        .ok_or(Error::NotFound(Resource::Member))
}

/// Refuses to take away the organisation's only owner.
async fn ensure_not_last_owner(
    txn: &DatabaseTransaction,
    member: &memberships::Model,
) -> Result<()> {
    if member.role != MemberRole::Owner {
        return Ok(());
    }
    let owners = memberships::Entity::find()
        .filter(memberships::Column::OrganizationId.eq(member.organization_id))
        .filter(memberships::Column::Role.eq(MemberRole::Owner))
        .count(txn)
        .await?;
    if owners <= 1 {
        Err(Conflict::LastOwner.into())
    } else {
        Ok(())
    }
}

/// An owner (or an administrator) gives a member another role; audited.
#[tracing::instrument(skip_all, fields(actor = %actor.id, member = %user_id))]
pub async fn change_role(
    db: &Db,
    actor: &Account,
    slug_or_id: &str,
    user_id: Uuid,
    role: MemberRole,
) -> Result<Member> {
    let txn = db.begin_write().await?;
    let org = locked(&txn, slug_or_id).await?;
    ensure_manages(&txn, &org, actor).await?;
    let member = membership(&txn, org.id, user_id).await?;
    let before = member.role;
    if before != role {
        if role != MemberRole::Owner {
            ensure_not_last_owner(&txn, &member).await?;
        }
        let mut row = member.clone().into_active_model();
        row.role = Set(role);
        row.update(&txn).await?;
        record(
            &txn,
            actor,
            AuditAction::OrganizationMemberRoleChanged,
            org.id,
            Some(json!({"user_id": user_id, "role": before.as_str()})),
            Some(json!({"user_id": user_id, "role": role.as_str()})),
        )
        .await?;
    }
    let display_name = users::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default();
    txn.commit().await?;
    Ok(Member {
        user_id,
        display_name,
        role,
        joined_at: member.created_at,
    })
}

/// An owner (or an administrator) removes a member, or a member leaves (`user_id` is the
/// caller's own); audited either way.
#[tracing::instrument(skip_all, fields(actor = %actor.id, member = %user_id))]
pub async fn remove_member(
    db: &Db,
    actor: &Account,
    slug_or_id: &str,
    user_id: Uuid,
) -> Result<()> {
    let txn = db.begin_write().await?;
    let org = locked(&txn, slug_or_id).await?;
    let leaving = actor.id == user_id;
    if !leaving {
        ensure_manages(&txn, &org, actor).await?;
    }
    let member = membership(&txn, org.id, user_id).await?;
    ensure_not_last_owner(&txn, &member).await?;
    memberships::Entity::delete_by_id((org.id, user_id))
        .exec(&txn)
        .await?;
    let action = if leaving {
        AuditAction::OrganizationMemberLeft
    } else {
        AuditAction::OrganizationMemberRemoved
    };
    record(
        &txn,
        actor,
        action,
        org.id,
        Some(json!({"user_id": user_id, "role": member.role.as_str()})),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The caller leaves the organisation.
pub async fn leave(db: &Db, member: &Account, slug_or_id: &str) -> Result<()> {
    remove_member(db, member, slug_or_id, member.id).await
}

/// Whether the person may act in the organisation's name (owner or representative).
pub async fn speaks_for<C: ConnectionTrait>(conn: &C, org_id: Uuid, user_id: Uuid) -> Result<bool> {
    Ok(role_in(conn, org_id, user_id)
        .await?
        .is_some_and(MemberRole::speaks_for_organization))
}
