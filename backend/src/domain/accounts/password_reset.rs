//! Setting a new password with the single-use link mailed on request (the request itself is
//! `domain::password_reset`).

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::tokens;
use crate::auth::password;
use crate::db::entities::users;
use crate::db::Db;
use crate::domain::{now, sessions, text};
use crate::error::{Error, Result};

/// The purpose of the single-use token a password-reset link carries.
pub(crate) const PASSWORD_RESET: &str = "password_reset";
/// How long a password-reset link works.
pub const PASSWORD_RESET_MINUTES: i64 = 30;

/// Sets a new password with a reset token (once), and ends every sign-in of the account.
pub async fn reset_password(db: &Db, token: &str, new_password: &str) -> Result<()> {
    let password = text::new_password(new_password).map_err(|e| Error::Validation(vec![e]))?;
    let password_hash = password::hash_password(&password).await?;
    let txn = db.begin_write().await?;
    let now = now();
    let user_id = tokens::spend(&txn, token, PASSWORD_RESET, now).await?;
    let verified_at = users::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .and_then(|u| u.verified_at)
        .unwrap_or(now);
    users::Entity::update_many()
        .col_expr(users::Column::PasswordHash, Expr::value(password_hash))
        // The link proves the address, so an unverified account becomes verified too.
        .col_expr(users::Column::VerifiedAt, Expr::value(verified_at))
        .col_expr(users::Column::UpdatedAt, Expr::value(now))
        .filter(users::Column::Id.eq(user_id))
        .exec(&txn)
        .await?;
    sessions::end_all_of(&txn, user_id).await?;
    txn.commit().await?;
    Ok(())
}
