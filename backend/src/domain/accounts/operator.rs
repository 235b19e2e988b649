//! Accounts made directly, verified: by the operator at the console, and by demo data.

use sea_orm::{ActiveModelTrait, ConnectionTrait, SqlErr};
use uuid::Uuid;

use super::{Account, Locale, NewAccount, Role};
use crate::db::entities::users;
use crate::db::Db;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::{now, text};
use crate::error::{Error, Result};

/// An account to create already verified: its email and name are checked on creation, its
/// password is already hashed.
pub struct VerifiedAccount<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: String,
    pub role: Role,
    pub locale: Locale,
}

/// Creates a verified account directly (operators and demo data), bypassing the email loop.
pub async fn create_verified<C: ConnectionTrait>(
    conn: &C,
    new: VerifiedAccount<'_>,
) -> Result<Account> {
    let VerifiedAccount {
        email,
        display_name,
        password_hash,
        role,
        locale,
    } = new;
    let email = text::email(email).map_err(|e| Error::Validation(vec![e]))?;
    let display_name = text::display_name(display_name).map_err(|e| Error::Validation(vec![e]))?;
    let now = now();
    let row = users::ActiveModel::from(NewAccount {
        verified_at: Some(now),
        ..NewAccount::new(
            Uuid::now_v7(),
            email,
            display_name,
            password_hash,
            role,
            locale,
            now,
        )
    })
    .insert(conn)
    .await
    .map_err(|err| match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => Error::field(
            "email",
            "taken",
            "An account with this email already exists.",
        ),
        _ => err.into(),
    })?;
    Ok(Account::from_row(row))
}

/// The operator at the server's console creates a verified account (`sala user create`): the
/// way in for the first administrator, audited like every change an administrator makes.
pub async fn create_by_operator(db: &Db, new: VerifiedAccount<'_>) -> Result<Account> {
    let role = new.role;
    let txn = db.begin_write().await?;
    let account = create_verified(&txn, new).await?;
    AuditEntry::by_operator(AuditAction::UserCreated, "user", account.id)
        .after(serde_json::json!({ "role": role }))
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(account)
}
