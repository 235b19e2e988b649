//! Email verification: the link sent at registration (or again on request), used once.

use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use super::sign_in::{open_session, Session};
use super::{tokens, Account, AccountPolicy, Locale};
use crate::auth::{opaque, AccessTokens};
use crate::db::entities::{email_tokens, users};
use crate::db::Db;
use crate::domain::now;
use crate::domain::outgoing_mail::{self, OutgoingMail, Recipient};
use crate::error::{Conflict, Result};

const VERIFY_EMAIL: &str = "verify_email";

/// What follows a confirmed address. The link reached the address's owner, which proves as
/// much as a password would (the same mailbox could reset it), so the person who follows it
/// on a phone or another browser is signed in there instead of being asked to sign in again.
pub enum AfterVerifying<'a> {
    Nothing,
    SignIn {
        tokens: &'a AccessTokens,
        policy: &'a AccountPolicy<'a>,
    },
}

pub(super) async fn send_verification<C: ConnectionTrait>(
    conn: &C,
    policy: &AccountPolicy<'_>,
    user_id: Uuid,
    email: &str,
    name: &str,
    locale: Locale,
) -> Result<()> {
    let (token, token_hash) = opaque::new_token();
    let now = now();
    email_tokens::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id),
        purpose: Set(VERIFY_EMAIL.to_owned()),
        token_hash: Set(token_hash),
        expires_at: Set(now + policy.email_token_ttl),
        used_at: Set(None),
        created_at: Set(now),
    }
    .insert(conn)
    .await?;
    outgoing_mail::queue(
        conn,
        &OutgoingMail::VerifyEmail {
            to: Recipient {
                email: email.to_owned(),
                name: name.to_owned(),
                locale,
            },
            link: format!("{}/verify-email#token={token}", policy.public_url),
        },
    )
    .await?;
    Ok(())
}

/// Sends a fresh verification link to a signed-in account that is not verified yet.
pub async fn resend_verification(
    db: &Db,
    policy: &AccountPolicy<'_>,
    account: &Account,
) -> Result<()> {
    if account.verified_at.is_some() {
        return Err(Conflict::EmailAlreadyVerified.into());
    }
    let txn = db.begin_write().await?;
    send_verification(
        &txn,
        policy,
        account.id,
        &account.email,
        &account.display_name,
        account.locale,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Uses a verification token once: the account becomes verified.
pub async fn verify_email(
    db: &Db,
    token: &str,
    then: AfterVerifying<'_>,
) -> Result<Option<Session>> {
    let txn = db.begin_write().await?;
    let now = now();
    let user_id = tokens::spend(&txn, token, VERIFY_EMAIL, now).await?;
    users::Entity::update_many()
        .col_expr(users::Column::VerifiedAt, Expr::value(now))
        .col_expr(users::Column::UpdatedAt, Expr::value(now))
        .filter(users::Column::Id.eq(user_id))
        .filter(users::Column::VerifiedAt.is_null())
        .exec(&txn)
        .await?;
    let session = match then {
        AfterVerifying::SignIn { tokens, policy } => {
            Some(open_session(&txn, tokens, policy, user_id).await?)
        }
        AfterVerifying::Nothing => None,
    };
    txn.commit().await?;
    Ok(session)
}
