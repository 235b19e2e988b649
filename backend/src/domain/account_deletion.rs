//! Deleting one's own account: the person goes, their public words stay. Personal fields are
//! cleared, every sign-in ends, private traces (inbox, follows, preferences, roles in
//! organizations) are removed; proposals, comments and votes remain, shown as from a deleted
//! account, so discussions and counts stay whole.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::auth::password;
use crate::db::entities::{
    api_keys, email_tokens, follows, memberships, moderator_assignments, notification_preferences,
    notifications, proposals, users,
};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{self, AuditEntry};
use crate::domain::follows::Target;
use crate::domain::{now, sessions};
use crate::error::{Error, Result};

/// The address a deleted account keeps: unique per account, deliverable nowhere (RFC 2606),
/// so the real address is free to register again.
fn placeholder_email(id: Uuid) -> String {
    format!("deleted-{}@deleted.invalid", id.simple())
}

/// Deletes the account after checking its password.
#[tracing::instrument(skip_all, fields(user_id = %account.id))]
pub async fn delete_account(db: &Db, account: &Account, password_attempt: &str) -> Result<()> {
    let stored = users::Entity::find_by_id(account.id)
        .one(db.reader())
        .await?
        .filter(|u| u.deleted_at.is_none())
        .ok_or(Error::NotFound("account"))?;
    if !password::verify_password(password_attempt, Some(&stored.password_hash)).await {
        return Err(Error::field(
            "password",
            "incorrect",
            "the password is not this account's password",
        ));
    }
    let txn = db.begin_write().await?;
    let now = now();
    let cleared = users::Entity::update_many()
        .col_expr(
            users::Column::Email,
            Expr::value(placeholder_email(account.id)),
        )
        .col_expr(users::Column::DisplayName, Expr::value(""))
        // Not a PHC string: no password can ever match it.
        .col_expr(users::Column::PasswordHash, Expr::value("!deleted"))
        .col_expr(users::Column::Province, Expr::value(Option::<String>::None))
        .col_expr(users::Column::AgeBand, Expr::value(Option::<String>::None))
        .col_expr(users::Column::Gender, Expr::value(Option::<String>::None))
        .col_expr(users::Column::DeletedAt, Expr::value(now))
        .col_expr(users::Column::UpdatedAt, Expr::value(now))
        .filter(users::Column::Id.eq(account.id))
        .filter(users::Column::DeletedAt.is_null())
        .exec(&txn)
        .await?;
    if cleared.rows_affected != 1 {
        // A concurrent request deleted it first.
        return Err(Error::NotFound("account"));
    }
    sessions::end_all_of(&txn, account.id).await?;
    // Keys an agency analyst made stop working with the person who made them.
    api_keys::Entity::update_many()
        .col_expr(api_keys::Column::RevokedAt, Expr::value(now))
        .filter(api_keys::Column::OwnerId.eq(account.id))
        .filter(api_keys::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    email_tokens::Entity::delete_many()
        .filter(email_tokens::Column::UserId.eq(account.id))
        .exec(&txn)
        .await?;
    remove_follows(&txn, account.id).await?;
    notifications::Entity::delete_many()
        .filter(notifications::Column::UserId.eq(account.id))
        .exec(&txn)
        .await?;
    notification_preferences::Entity::delete_many()
        .filter(notification_preferences::Column::UserId.eq(account.id))
        .exec(&txn)
        .await?;
    memberships::Entity::delete_many()
        .filter(memberships::Column::UserId.eq(account.id))
        .exec(&txn)
        .await?;
    moderator_assignments::Entity::delete_many()
        .filter(moderator_assignments::Column::UserId.eq(account.id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(account.id),
            action: "user.deleted",
            target_type: "user",
            target_id: Some(account.id),
            reason: Some("Deleted by its owner.".to_owned()),
            // Only what is not personal: the removed details must not live on here.
            before: Some(serde_json::json!({ "role": account.role.as_str(), "deleted": false })),
            after: Some(serde_json::json!({ "deleted": true })),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Unfollows everything, moving each proposal's follower count with its row.
async fn remove_follows<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<()> {
    let followed = follows::Entity::find()
        .filter(follows::Column::UserId.eq(user_id))
        .all(conn)
        .await?;
    for follow in followed {
        let removed = follows::Entity::delete_many()
            .filter(follows::Column::UserId.eq(user_id))
            .filter(follows::Column::TargetType.eq(follow.target_type.as_str()))
            .filter(follows::Column::TargetId.eq(follow.target_id))
            .exec(conn)
            .await?;
        if removed.rows_affected == 1 && follow.target_type == Target::Proposal.as_str() {
            proposals::Entity::update_many()
                .col_expr(
                    proposals::Column::FollowerCount,
                    Expr::col(proposals::Column::FollowerCount).sub(1),
                )
                .filter(proposals::Column::Id.eq(follow.target_id))
                .exec(conn)
                .await?;
        }
    }
    Ok(())
}
