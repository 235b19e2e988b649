//! The single-use tokens that email links carry (email verification, password reset).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::auth::opaque;
use crate::db::entities::email_tokens;
use crate::error::{Error, Result};

/// The answer for a link whose token is unknown, already used or expired.
pub(super) fn invalid_token() -> Error {
    Error::field(
        "token",
        "invalid_or_expired",
        "this link is invalid, used or expired",
    )
}

/// Spends a single-use email token of the given purpose, as of `now`, and answers whose
/// account it belongs to. An unknown, used or expired token is [`invalid_token`].
pub(super) async fn spend<C: ConnectionTrait>(
    conn: &C,
    token: &str,
    purpose: &str,
    now: DateTime<Utc>,
) -> Result<Uuid> {
    let hash = opaque::hash_token(token.trim());
    let row = email_tokens::Entity::find()
        .filter(email_tokens::Column::TokenHash.eq(hash))
        .filter(email_tokens::Column::Purpose.eq(purpose))
        .one(conn)
        .await?
        .filter(|t| t.used_at.is_none() && t.expires_at > now)
        .ok_or_else(invalid_token)?;
    // The condition on used_at makes the token single-use even under concurrent requests.
    let spent = email_tokens::Entity::update_many()
        .col_expr(email_tokens::Column::UsedAt, Expr::value(now))
        .filter(email_tokens::Column::Id.eq(row.id))
        .filter(email_tokens::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    if spent.rows_affected != 1 {
        return Err(invalid_token());
    }
    Ok(row.user_id)
}
