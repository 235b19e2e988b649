//! Accounts loaded in bulk: already verified (or never able to sign in), so no mail loop.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, Set};
use uuid::Uuid;

use super::{insert_chunked, Progress};
use crate::db::entities::{consents, users};
pub use crate::domain::accounts::NewAccount;
use crate::domain::legal::{self, LegalDocumentKind};

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
