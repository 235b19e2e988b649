//! Organizations and memberships: who may run which consultations.

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::db::entities::{memberships, organizations};
use crate::domain::{now, text};
use crate::error::{Error, Result};

pub const KINDS: &[&str] = &["lab", "agency", "cso"];

/// The organizations a person belongs to.
pub async fn of_user<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
) -> Result<Vec<organizations::Model>> {
    let org_ids: Vec<Uuid> = memberships::Entity::find()
        .filter(memberships::Column::UserId.eq(user_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.organization_id)
        .collect();
    if org_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(organizations::Entity::find()
        .filter(organizations::Column::Id.is_in(org_ids))
        .all(conn)
        .await?)
}

/// Whether the person belongs to at least one organization of one of these kinds.
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

/// Whether the person is a member of this policy lab.
pub async fn is_lab_member<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    org_id: Uuid,
) -> Result<bool> {
    Ok(of_user(conn, user_id)
        .await?
        .iter()
        .any(|org| org.id == org_id && org.kind == "lab"))
}

pub async fn create<C: ConnectionTrait>(
    conn: &C,
    slug: &str,
    name: &str,
    kind: &str,
) -> Result<organizations::Model> {
    let slug = text::slug("slug", slug).map_err(|e| Error::Validation(vec![e]))?;
    let name = text::title("name", name, 2, 120).map_err(|e| Error::Validation(vec![e]))?;
    if !KINDS.contains(&kind) {
        return Err(Error::field(
            "kind",
            "invalid",
            "must be lab, agency or cso",
        ));
    }
    Ok(organizations::ActiveModel {
        id: Set(Uuid::now_v7()),
        slug: Set(slug),
        name: Set(name),
        kind: Set(kind.to_owned()),
        created_at: Set(now()),
    }
    .insert(conn)
    .await?)
}

pub async fn add_member<C: ConnectionTrait>(
    conn: &C,
    org_id: Uuid,
    user_id: Uuid,
    role: &str,
) -> Result<()> {
    memberships::ActiveModel {
        organization_id: Set(org_id),
        user_id: Set(user_id),
        role: Set(role.to_owned()),
        created_at: Set(now()),
    }
    .insert(conn)
    .await?;
    Ok(())
}
