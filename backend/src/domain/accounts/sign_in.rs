//! Signing in and out, with single-use refresh tokens that rotate: a reused one ends the
//! whole sign-in.

use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use super::AccountPolicy;
use crate::auth::{opaque, password, AccessTokens};
use crate::db::entities::{refresh_tokens, users};
use crate::db::Db;
use crate::domain::{now, sessions, text};
use crate::error::{Error, Result};

/// A signed-in session: a short-lived access token and a single-use refresh token.
pub struct Session {
    pub access_token: String,
    pub refresh_token: String,
    pub expires_in: u64,
}

fn bad_credentials() -> Error {
    Error::Unauthenticated("The email or password is incorrect.".into())
}

pub async fn login(
    db: &Db,
    tokens: &AccessTokens,
    policy: &AccountPolicy<'_>,
    email: &str,
    password_attempt: &str,
) -> Result<Session> {
    let row = match text::email(email) {
        Ok(email) => {
            users::Entity::find()
                .filter(users::Column::Email.eq(email))
                .filter(users::Column::DeletedAt.is_null())
                .one(db.reader())
                .await?
        }
        Err(_) => None,
    };
    let stored = row.as_ref().map(|r| r.password_hash.as_str());
    if !password::verify_password(password_attempt, stored).await {
        return Err(bad_credentials());
    }
    let user = row.ok_or_else(bad_credentials)?;
    let txn = db.begin_write().await?;
    let session = open_session(&txn, tokens, policy, user.id).await?;
    txn.commit().await?;
    Ok(session)
}

/// A new sign-in for an account whose owner has just proven who they are.
pub(super) async fn open_session<C: ConnectionTrait>(
    conn: &C,
    tokens: &AccessTokens,
    policy: &AccountPolicy<'_>,
    user_id: Uuid,
) -> Result<Session> {
    let session_id = sessions::open(conn, user_id).await?;
    start_session(conn, tokens, policy, user_id, session_id).await
}

/// Issues a refresh token and an access token for a session; the session's id is also the
/// refresh-token family.
async fn start_session<C: ConnectionTrait>(
    conn: &C,
    tokens: &AccessTokens,
    policy: &AccountPolicy<'_>,
    user_id: Uuid,
    session_id: Uuid,
) -> Result<Session> {
    let (refresh_token, token_hash) = opaque::new_token();
    let now = now();
    refresh_tokens::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id),
        family_id: Set(session_id),
        token_hash: Set(token_hash),
        expires_at: Set(now + policy.refresh_token_ttl),
        used_at: Set(None),
        revoked_at: Set(None),
        created_at: Set(now),
    }
    .insert(conn)
    .await?;
    let (access_token, expires_in) = tokens.issue(user_id, session_id)?;
    Ok(Session {
        access_token,
        refresh_token,
        expires_in,
    })
}

fn session_ended() -> Error {
    Error::Unauthenticated("This session has ended. Sign in again.".into())
}

/// Exchanges a refresh token for a new pair. A token that was already used means it was
/// copied: the whole family (every token of that sign-in) is revoked.
pub async fn refresh(
    db: &Db,
    tokens: &AccessTokens,
    policy: &AccountPolicy<'_>,
    refresh_token: &str,
) -> Result<Session> {
    let hash = opaque::hash_token(refresh_token.trim());
    let txn = db.begin_write().await?;
    let now = now();
    let row = refresh_tokens::Entity::find()
        .filter(refresh_tokens::Column::TokenHash.eq(hash))
        .one(&txn)
        .await?
        .ok_or_else(session_ended)?;
    let spent = refresh_tokens::Entity::update_many()
        .col_expr(refresh_tokens::Column::UsedAt, Expr::value(now))
        .filter(refresh_tokens::Column::Id.eq(row.id))
        .filter(refresh_tokens::Column::UsedAt.is_null())
        .filter(refresh_tokens::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if spent.rows_affected != 1 {
        if row.revoked_at.is_none() || row.used_at.is_some() {
            sessions::end(&txn, row.family_id).await?;
            txn.commit().await?;
            tracing::warn!(family = %row.family_id, "refresh token reused; session family revoked");
        }
        return Err(session_ended());
    }
    let account = sessions::live_account(&txn, row.user_id, row.family_id).await?;
    if row.expires_at <= now || account.is_none() {
        sessions::end(&txn, row.family_id).await?;
        txn.commit().await?;
        return Err(session_ended());
    }
    let session = start_session(&txn, tokens, policy, row.user_id, row.family_id).await?;
    txn.commit().await?;
    Ok(session)
}

/// Ends the sign-in the refresh token belongs to, its access tokens included. Unknown tokens
/// are ignored: signing out twice is not an error.
pub async fn logout(db: &Db, refresh_token: &str) -> Result<()> {
    let hash = opaque::hash_token(refresh_token.trim());
    let txn = db.begin_write().await?;
    if let Some(row) = refresh_tokens::Entity::find()
        .filter(refresh_tokens::Column::TokenHash.eq(hash))
        .one(&txn)
        .await?
    {
        sessions::end(&txn, row.family_id).await?;
    }
    txn.commit().await?;
    Ok(())
}
