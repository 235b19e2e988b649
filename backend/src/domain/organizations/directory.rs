//! The directory of organisations: newest first, by kind and by verification.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::{Organization, OrganizationKind};
use crate::db::batch::count_by;
use crate::db::entities::{memberships, organizations};
use crate::domain::cursor;
use crate::error::Result;

pub struct DirectoryQuery {
    pub kind: Option<OrganizationKind>,
    pub verified: Option<bool>,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// A page of organisations with their member counts, and the cursor of the next page.
pub async fn list<C: ConnectionTrait>(
    conn: &C,
    q: DirectoryQuery,
) -> Result<(Vec<(Organization, u64)>, Option<String>)> {
    let mut query = organizations::Entity::find();
    if let Some(kind) = q.kind {
        query = query.filter(organizations::Column::Kind.eq(kind));
    }
    match q.verified {
        Some(true) => query = query.filter(organizations::Column::VerifiedAt.is_not_null()),
        Some(false) => query = query.filter(organizations::Column::VerifiedAt.is_null()),
        None => {}
    }
    let (rows, next) = cursor::newest_first(
        conn,
        query,
        organizations::Column::Id,
        q.cursor.as_deref(),
        q.limit,
        |row| row.id,
    )
    .await?;
    let counts = member_counts(conn, rows.iter().map(|o| o.id).collect()).await?;
    let page = rows
        .into_iter()
        .map(|org| {
            let n = counts.get(&org.id).copied().unwrap_or(0);
            (org, n)
        })
        .collect();
    Ok((page, next))
}

/// How many members each of these organisations has.
pub(super) async fn member_counts<C: ConnectionTrait>(
    conn: &C,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, u64>> {
    let all = memberships::Entity::find();
    let (organization, user) = (
        memberships::Column::OrganizationId,
        memberships::Column::UserId,
    );
    Ok(count_by(conn, all, organization, user, ids).await?)
}

/// How many members the organisation has.
pub async fn member_count<C: ConnectionTrait>(conn: &C, org_id: Uuid) -> Result<u64> {
    Ok(member_counts(conn, vec![org_id])
        .await?
        .get(&org_id)
        .copied()
        .unwrap_or(0))
}
