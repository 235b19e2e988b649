//! Sessions: a sign-in's lifetime. Access tokens name their session and are accepted only
//! while it is live, checked in the database on every request (one primary-key join with the
//! account the request loads anyway), so every server process agrees the moment a session
//! ends; a vote alone may use the account read for its session's last vote, until any other
//! write (`api::read_cache::callers`). Ending a session also revokes its refresh tokens.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, JoinType, QueryFilter,
    QuerySelect, RelationTrait, Set,
};
use uuid::Uuid;

use crate::db::entities::{refresh_tokens, sessions, users};
use crate::domain::accounts::Account;
use crate::domain::now;

/// Starts a session for `user_id` and returns its id.
pub async fn open<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    sessions::ActiveModel {
        id: Set(id),
        user_id: Set(user_id),
        created_at: Set(now()),
        revoked_at: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(id)
}

/// The account behind a live session of `user_id`; `None` when the session ended or the
/// account is deleted.
pub async fn live_account<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    session_id: Uuid,
) -> Result<Option<Account>, DbErr> {
    Ok(users::Entity::find_by_id(user_id)
        .join(JoinType::InnerJoin, sessions::Relation::User.def().rev())
        .filter(sessions::Column::Id.eq(session_id))
        .filter(sessions::Column::RevokedAt.is_null())
        .filter(users::Column::DeletedAt.is_null())
        .one(conn)
        .await?
        .map(Account::from_row))
}

/// Ends one session: its access tokens and refresh tokens stop working.
pub async fn end<C: ConnectionTrait>(conn: &C, session_id: Uuid) -> Result<(), DbErr> {
    let now = now();
    sessions::Entity::update_many()
        .col_expr(sessions::Column::RevokedAt, Expr::value(now))
        .filter(sessions::Column::Id.eq(session_id))
        .filter(sessions::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    refresh_tokens::Entity::update_many()
        .col_expr(refresh_tokens::Column::RevokedAt, Expr::value(now))
        .filter(refresh_tokens::Column::FamilyId.eq(session_id))
        .filter(refresh_tokens::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// Ends every session of an account (new password, sanction, deletion).
pub async fn end_all_of<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<(), DbErr> {
    let now = now();
    sessions::Entity::update_many()
        .col_expr(sessions::Column::RevokedAt, Expr::value(now))
        .filter(sessions::Column::UserId.eq(user_id))
        .filter(sessions::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    refresh_tokens::Entity::update_many()
        .col_expr(refresh_tokens::Column::RevokedAt, Expr::value(now))
        .filter(refresh_tokens::Column::UserId.eq(user_id))
        .filter(refresh_tokens::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}
