//! Accounts loaded in bulk: already verified (or never able to sign in), so no mail loop.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, Set};
use uuid::Uuid;

use super::{insert_chunked, Progress};
use crate::db::entities::{consents, users};
use crate::domain::accounts::{Locale, Role};
use crate::domain::legal::{self, LegalDocumentKind};

/// An account as it should stand after the load.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    /// A password hash, or a marker that is none (the account cannot sign in).
    pub password_hash: String,
    pub role: Role,
    pub locale: Locale,
    pub province: Option<String>,
    pub age_band: Option<String>,
    pub gender: Option<String>,
    pub verified_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// The account's id in the system it came from.
    pub external_ref: Option<String>,
}

impl From<NewAccount> for users::ActiveModel {
    fn from(a: NewAccount) -> users::ActiveModel {
        users::ActiveModel {
            id: Set(a.id),
            email: Set(a.email),
            display_name: Set(a.display_name),
            password_hash: Set(a.password_hash),
            role: Set(a.role),
            locale: Set(a.locale),
            province: Set(a.province),
            age_band: Set(a.age_band),
            gender: Set(a.gender),
            verified_at: Set(a.verified_at),
            suspended_until: Set(None),
            banned_at: Set(None),
            deleted_at: Set(None),
            created_at: Set(a.created_at),
            updated_at: Set(a.created_at),
            external_ref: Set(a.external_ref),
        }
    }
}

/// Records that each of `accounts` (id, when it signed up) agreed then to the privacy notice
/// and the terms of use in force now, as a sign-up does; in the caller's transaction.
pub async fn insert_consents<C: ConnectionTrait>(
    conn: &C,
    accounts: &[(Uuid, DateTime<Utc>)],
) -> crate::error::Result<()> {
    let mut rows = Vec::with_capacity(accounts.len() * LegalDocumentKind::ALL.len());
    for kind in LegalDocumentKind::ALL {
        let version = legal::current_version(conn, kind).await?;
        rows.extend(
            accounts
                .iter()
                .map(|&(user_id, agreed_at)| consents::ActiveModel {
                    user_id: Set(user_id),
                    kind: Set(kind),
                    version: Set(version),
                    agreed_at: Set(agreed_at),
                }),
        );
    }
    insert_chunked(conn, rows, &mut |_, _, _| {}).await?;
    Ok(())
}

/// Inserts the accounts in the caller's transaction.
pub async fn insert_accounts<C: ConnectionTrait>(
    conn: &C,
    accounts: Vec<NewAccount>,
    progress: Progress<'_>,
) -> Result<(), DbErr> {
    let rows: Vec<users::ActiveModel> = accounts.into_iter().map(Into::into).collect();
    insert_chunked(conn, rows, progress).await
}
