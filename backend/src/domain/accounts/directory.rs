//! The administrators' list of accounts: search by name or email, filters by role and state,
//! newest first by when each joined, with how much each person wrote.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

use super::{Account, Role};
use crate::db::batch::count_by;
use crate::db::entities::{comments, memberships, proposals, users};
use crate::domain::cursor;
use crate::error::{Error, Result};

/// A state an administrator looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AccountState {
    /// The email address was never verified.
    Unverified,
    /// Suspended now (the suspension has not run out).
    Suspended,
    /// Banned for good.
    Banned,
    /// A member of at least one organisation.
    OrganizationMember,
}

/// What to list.
pub struct DirectoryQuery {
    /// Part of the display name or of the email address, in any case.
    pub search: Option<String>,
    pub role: Option<Role>,
    pub state: Option<AccountState>,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// One account in the list, with how much it wrote.
pub struct ListedAccount {
    pub account: Account,
    pub proposals: u64,
    pub comments: u64,
}

/// The longest search text accepted, in characters.
const MAX_SEARCH: usize = 200;

/// One page of accounts that are not deleted, newest first, and the next page's cursor.
#[tracing::instrument(skip_all)]
pub async fn list<C: ConnectionTrait>(
    conn: &C,
    query: DirectoryQuery,
) -> Result<(Vec<ListedAccount>, Option<String>)> {
    let mut select = users::Entity::find().filter(users::Column::DeletedAt.is_null());
    if let Some(needle) = search_pattern(query.search.as_deref())? {
        select = select.filter(
            Condition::any()
                .add(contains(users::Column::DisplayName, &needle))
                .add(contains(users::Column::Email, &needle)),
        );
    }
    if let Some(role) = query.role {
        select = select.filter(users::Column::Role.eq(role));
    }
    select = match query.state {
        None => select,
        Some(AccountState::Unverified) => select.filter(users::Column::VerifiedAt.is_null()),
        Some(AccountState::Suspended) => {
            select.filter(users::Column::SuspendedUntil.gt(Utc::now()))
        }
        Some(AccountState::Banned) => select.filter(users::Column::BannedAt.is_not_null()),
        Some(AccountState::OrganizationMember) => select.filter(
            users::Column::Id.in_subquery(
                Query::select()
                    .column(memberships::Column::UserId)
                    .from(memberships::Entity)
                    .to_owned(),
            ),
        ),
    };
    // Newest first by when the account was made (imported and demo accounts carry their own
    // dates), the id breaking ties.
    select = select
        .order_by_desc(users::Column::CreatedAt)
        .order_by_desc(users::Column::Id);
    if let Some(raw) = query.cursor.as_deref() {
        let (at, id): (DateTime<Utc>, Uuid) = cursor::decode(raw)?;
        select = select.filter(
            Condition::any().add(users::Column::CreatedAt.lt(at)).add(
                Condition::all()
                    .add(users::Column::CreatedAt.eq(at))
                    .add(users::Column::Id.lt(id)),
            ),
        );
    }
    let mut rows = select.limit(query.limit + 1).all(conn).await?;
    let next = if rows.len() as u64 > query.limit {
        rows.truncate(query.limit as usize);
        rows.last()
            .map(|last| cursor::encode(&(last.created_at, last.id)))
    } else {
        None
    };
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let proposals = proposal_counts(conn, &ids).await?;
    let comments = comment_counts(conn, &ids).await?;
    let items = rows
        .into_iter()
        .map(|row| ListedAccount {
            proposals: proposals.get(&row.id).copied().unwrap_or(0),
            comments: comments.get(&row.id).copied().unwrap_or(0),
            account: Account::from_row(row),
        })
        .collect();
    Ok((items, next))
}

/// The search text as a `LIKE` pattern: trimmed, NFC (as names are stored), lower case, its
/// wildcards escaped. `None` when there is nothing to search for.
fn search_pattern(raw: Option<&str>) -> Result<Option<String>> {
    let Some(raw) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    if raw.chars().count() > MAX_SEARCH {
        return Err(Error::field(
            "q",
            "too_long",
            format!("must be at most {MAX_SEARCH} characters"),
        ));
    }
    let mut pattern = String::from("%");
    for c in raw.nfc().flat_map(char::to_lowercase) {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    Ok(Some(pattern))
}

fn contains(column: users::Column, pattern: &str) -> Expr {
    Expr::expr(Func::lower(Expr::col((users::Entity, column))))
        .like(LikeExpr::new(pattern).escape('\\'))
}

async fn proposal_counts<C: ConnectionTrait>(conn: &C, ids: &[Uuid]) -> Result<HashMap<Uuid, u64>> {
    let all = proposals::Entity::find();
    let (author, id) = (proposals::Column::AuthorId, proposals::Column::Id);
    Ok(count_by(conn, all, author, id, ids.iter().copied()).await?)
}

async fn comment_counts<C: ConnectionTrait>(conn: &C, ids: &[Uuid]) -> Result<HashMap<Uuid, u64>> {
    let kept = comments::Entity::find().filter(comments::Column::DeletedAt.is_null());
    let (author, id) = (comments::Column::AuthorId, comments::Column::Id);
    Ok(count_by(conn, kept, author, id, ids.iter().copied()).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_escapes_wildcards_and_ignores_case() {
        assert_eq!(
            search_pattern(Some("  Som_Chai%  ")).unwrap().as_deref(),
            Some("%som\\_chai\\%%")
        );
        assert_eq!(search_pattern(Some("   ")).unwrap(), None);
        assert_eq!(
            search_pattern(Some("สมชาย")).unwrap().as_deref(),
            Some("%สมชาย%")
        );
    }
}
