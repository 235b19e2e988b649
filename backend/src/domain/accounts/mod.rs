//! Accounts: registration, email verification, sign-in with rotating refresh tokens, profile.
//! The account and its types live here; each use-case has its own file.

mod directory;
mod operator;
mod password_reset;
mod profile;
mod register;
mod sign_in;
mod tokens;
mod verification;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::db::entities::users;
use crate::domain::text;
use crate::error::{Error, Result};

pub use crate::db::entities::users::{Locale, Role};
pub use directory::{list as list_accounts, AccountState, DirectoryQuery, ListedAccount};
pub use operator::{create_by_operator, create_verified, VerifiedAccount};
pub(crate) use password_reset::PASSWORD_RESET;
pub use password_reset::{reset_password, PASSWORD_RESET_MINUTES};
pub use profile::{update_profile, ProfileChange};
pub use register::{register, Registered, Registration};
pub use sign_in::{login, logout, refresh, Session};
pub use verification::{resend_verification, verify_email, AfterVerifying};

/// The self-declared age bands used for k-anonymous breakdowns.
pub const AGE_BANDS: &[&str] = &["under_18", "18_24", "25_34", "35_44", "45_59", "60_plus"];
/// The self-declared genders used for k-anonymous breakdowns.
pub const GENDERS: &[&str] = &["female", "male", "non_binary", "prefer_not_to_say"];

/// An account as the rest of the system sees it.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub locale: Locale,
    pub province: Option<String>,
    pub age_band: Option<String>,
    pub gender: Option<String>,
    pub verified_at: Option<DateTime<Utc>>,
    pub suspended_until: Option<DateTime<Utc>>,
    pub banned_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl Account {
    pub(crate) fn from_row(row: users::Model) -> Account {
        Account {
            id: row.id,
            email: row.email,
            display_name: row.display_name,
            role: row.role,
            locale: row.locale,
            province: row.province,
            age_band: row.age_band,
            gender: row.gender,
            verified_at: row.verified_at,
            suspended_until: row.suspended_until,
            banned_at: row.banned_at,
            created_at: row.created_at,
        }
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Administrators and global moderators: they may moderate every consultation.
    pub fn is_staff(&self) -> bool {
        matches!(self.role, Role::Admin | Role::Moderator)
    }

    /// Unverified and suspended accounts can read but not write.
    pub fn ensure_can_write(&self) -> Result<()> {
        if self.verified_at.is_none() {
            return Err(Error::Forbidden(
                "Verify your email address before taking part.".into(),
            ));
        }
        if self.banned_at.is_some() {
            return Err(Error::Forbidden(
                "This account is banned from taking part.".into(),
            ));
        }
        if let Some(until) = self.suspended_until {
            if until > Utc::now() {
                return Err(Error::Forbidden(format!(
                    "This account is suspended until {}.",
                    until.to_rfc3339()
                )));
            }
        }
        Ok(())
    }
}

/// An account that is not deleted.
pub async fn find_active<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<Option<Account>> {
    Ok(users::Entity::find_by_id(id)
        .filter(users::Column::DeletedAt.is_null())
        .one(conn)
        .await?
        .map(Account::from_row))
}

pub async fn find_by_email<C: ConnectionTrait>(conn: &C, email: &str) -> Result<Option<Account>> {
    let Ok(email) = text::email(email) else {
        return Ok(None);
    };
    Ok(users::Entity::find()
        .filter(users::Column::Email.eq(email))
        .filter(users::Column::DeletedAt.is_null())
        .one(conn)
        .await?
        .map(Account::from_row))
}
/// Settings the account flows need.
pub struct AccountPolicy<'a> {
    pub public_url: &'a str,
    pub email_token_ttl: Duration,
    pub refresh_token_ttl: Duration,
}

/// An account's row as it is first written: by a sign-up, by an operator, or by a bulk load.
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
    /// `None` until the person proves the address.
    pub verified_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// The account's id in the system it came from.
    pub external_ref: Option<String>,
}

impl NewAccount {
    /// A new, unverified account with no profile details yet, created at `now`.
    pub fn new(
        id: Uuid,
        email: String,
        display_name: String,
        password_hash: String,
        role: Role,
        locale: Locale,
        now: DateTime<Utc>,
    ) -> NewAccount {
        NewAccount {
            id,
            email,
            display_name,
            password_hash,
            role,
            locale,
            province: None,
            age_band: None,
            gender: None,
            verified_at: None,
            created_at: now,
            external_ref: None,
        }
    }
}

impl From<NewAccount> for users::ActiveModel {
    fn from(a: NewAccount) -> users::ActiveModel {
        use sea_orm::Set;
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

/// The rows of the given people, by id.
pub async fn users_by_id<C: ConnectionTrait>(
    conn: &C,
    ids: impl IntoIterator<Item = Uuid>,
) -> std::result::Result<std::collections::HashMap<Uuid, users::Model>, sea_orm::DbErr> {
    crate::db::batch::rows_by_id::<users::Entity, _>(conn, users::Column::Id, ids, |u| u.id).await
}
