//! Accounts: registration, email verification, sign-in with rotating refresh tokens, profile.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
    SqlErr,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::auth::{opaque, password, AccessTokens};
use crate::db::entities::{email_tokens, refresh_tokens, users};
use crate::db::Db;
use crate::domain::audit::{self, AuditEntry};
use crate::domain::outgoing_mail::{self, OutgoingMail, Recipient};
use crate::domain::{now, sessions, text};
use crate::error::{Conflict, Error, FieldErrors, Result};

/// What a person may do on the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Citizen,
    Moderator,
    Valuator,
    Agency,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Citizen => "citizen",
            Role::Moderator => "moderator",
            Role::Valuator => "valuator",
            Role::Agency => "agency",
            Role::Admin => "admin",
        }
    }

    pub fn parse(raw: &str) -> Option<Role> {
        [
            Role::Citizen,
            Role::Moderator,
            Role::Valuator,
            Role::Agency,
            Role::Admin,
        ]
        .into_iter()
        .find(|r| r.as_str() == raw)
    }
}

/// The language a person reads Sala and its messages in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Th,
    En,
}

impl Locale {
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::Th => "th",
            Locale::En => "en",
        }
    }

    pub fn parse(raw: &str) -> Option<Locale> {
        match raw {
            "th" => Some(Locale::Th),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

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
            role: Role::parse(&row.role).unwrap_or(Role::Citizen),
            locale: Locale::parse(&row.locale).unwrap_or(Locale::Th),
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

pub struct Registration {
    pub email: String,
    pub password: String,
    pub display_name: String,
    pub locale: Option<String>,
}

/// The outward result of a registration. For an email that already has an account it looks
/// the same (a fresh id that leads nowhere) and the owner is told by email instead, so the
/// answer never reveals who is registered.
pub struct Registered {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub locale: Locale,
}

struct ValidRegistration {
    email: String,
    password: String,
    display_name: String,
    locale: Locale,
}

fn parse_registration(input: &Registration) -> Result<ValidRegistration> {
    let mut errors = FieldErrors::new();
    let email = errors.check(text::email(&input.email));
    let password = errors.check(text::new_password(&input.password));
    let display_name = errors.check(text::display_name(&input.display_name));
    let locale = match input.locale.as_deref() {
        None => Some(Locale::Th),
        Some(raw) => errors.check(Locale::parse(raw).ok_or_else(|| {
            crate::error::FieldError::new("locale", "invalid", "must be `th` or `en`")
        })),
    };
    errors.finish()?;
    match (email, password, display_name, locale) {
        (Some(email), Some(password), Some(display_name), Some(locale)) => Ok(ValidRegistration {
            email,
            password,
            display_name,
            locale,
        }),
        _ => Err(anyhow::anyhow!("validated registration lost a field").into()),
    }
}

/// Settings the account flows need.
pub struct AccountPolicy<'a> {
    pub public_url: &'a str,
    pub email_token_ttl: Duration,
    pub refresh_token_ttl: Duration,
}

pub async fn register(
    db: &Db,
    policy: &AccountPolicy<'_>,
    input: Registration,
) -> Result<Registered> {
    let valid = parse_registration(&input)?;
    ensure_not_like_staff(db.reader(), &valid.display_name, None).await?;
    // Hash first, for every request, so both outcomes take the same time.
    let password_hash = password::hash_password(&valid.password).await?;
    let id = Uuid::now_v7();
    let txn = db.begin_write().await?;
    let existing = users::Entity::find()
        .filter(users::Column::Email.eq(&valid.email))
        .one(&txn)
        .await?;
    if let Some(owner) = existing {
        let locale = Locale::parse(&owner.locale).unwrap_or(Locale::Th);
        outgoing_mail::queue(
            &txn,
            &OutgoingMail::AlreadyRegistered {
                to: Recipient {
                    email: owner.email.clone(),
                    name: owner.display_name.clone(),
                    locale,
                },
                sign_in_link: format!("{}/sign-in", policy.public_url),
            },
        )
        .await?;
        txn.commit().await?;
        return Ok(Registered {
            id,
            email: valid.email,
            display_name: valid.display_name,
            locale: valid.locale,
        });
    }
    let now = now();
    let inserted = users::ActiveModel {
        id: Set(id),
        email: Set(valid.email.clone()),
        display_name: Set(valid.display_name.clone()),
        password_hash: Set(password_hash),
        role: Set(Role::Citizen.as_str().to_owned()),
        locale: Set(valid.locale.as_str().to_owned()),
        province: Set(None),
        age_band: Set(None),
        gender: Set(None),
        verified_at: Set(None),
        suspended_until: Set(None),
        banned_at: Set(None),
        deleted_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        external_ref: Set(None),
    }
    .insert(&txn)
    .await;
    if let Err(err) = inserted {
        // Two registrations for one address at the same instant: the loser looks the same.
        if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) {
            txn.rollback().await?;
            return Ok(Registered {
                id,
                email: valid.email,
                display_name: valid.display_name,
                locale: valid.locale,
            });
        }
        return Err(err.into());
    }
    send_verification(
        &txn,
        policy,
        id,
        &valid.email,
        &valid.display_name,
        valid.locale,
    )
    .await?;
    txn.commit().await?;
    Ok(Registered {
        id,
        email: valid.email,
        display_name: valid.display_name,
        locale: valid.locale,
    })
}

const VERIFY_EMAIL: &str = "verify_email";

async fn send_verification<C: ConnectionTrait>(
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

fn invalid_token() -> Error {
    Error::field(
        "token",
        "invalid_or_expired",
        "this link is invalid, used or expired",
    )
}

/// Uses a verification token once: the account becomes verified.
pub async fn verify_email(db: &Db, token: &str) -> Result<()> {
    let hash = opaque::hash_token(token.trim());
    let txn = db.begin_write().await?;
    let now = now();
    let row = email_tokens::Entity::find()
        .filter(email_tokens::Column::TokenHash.eq(hash))
        .filter(email_tokens::Column::Purpose.eq(VERIFY_EMAIL))
        .one(&txn)
        .await?
        .filter(|t| t.used_at.is_none() && t.expires_at > now)
        .ok_or_else(invalid_token)?;
    // The condition on used_at makes the token single-use even under concurrent requests.
    let spent = email_tokens::Entity::update_many()
        .col_expr(email_tokens::Column::UsedAt, Expr::value(now))
        .filter(email_tokens::Column::Id.eq(row.id))
        .filter(email_tokens::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if spent.rows_affected != 1 {
        return Err(invalid_token());
    }
    users::Entity::update_many()
        .col_expr(users::Column::VerifiedAt, Expr::value(now))
        .col_expr(users::Column::UpdatedAt, Expr::value(now))
        .filter(users::Column::Id.eq(row.user_id))
        .filter(users::Column::VerifiedAt.is_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

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
    let session_id = sessions::open(&txn, user.id).await?;
    let session = start_session(&txn, tokens, policy, user.id, session_id).await?;
    txn.commit().await?;
    Ok(session)
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

/// A change to one's own profile; `Some(None)` clears an optional field.
#[derive(Default)]
pub struct ProfileChange {
    pub display_name: Option<String>,
    pub locale: Option<String>,
    pub province: Option<Option<String>>,
    pub age_band: Option<Option<String>>,
    pub gender: Option<Option<String>>,
}

fn one_of(
    field: &str,
    value: Option<String>,
    allowed: &[&str],
) -> Result<Option<String>, crate::error::FieldError> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) if allowed.contains(&v) => Ok(Some(v.to_owned())),
        Some(_) => Err(crate::error::FieldError::new(
            field,
            "invalid",
            format!("must be one of: {}", allowed.join(", ")),
        )),
    }
}

pub async fn update_profile(db: &Db, account: &Account, change: ProfileChange) -> Result<Account> {
    let mut errors = FieldErrors::new();
    let mut row = users::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(account.id),
        ..Default::default()
    };
    if let Some(name) = change.display_name {
        if let Some(name) = errors.check(text::display_name(&name)) {
            row.display_name = Set(name);
        }
    }
    if let Some(locale) = change.locale {
        match Locale::parse(&locale) {
            Some(locale) => row.locale = Set(locale.as_str().to_owned()),
            None => errors.push(crate::error::FieldError::new(
                "locale",
                "invalid",
                "must be `th` or `en`",
            )),
        }
    }
    if let Some(province) = change.province {
        if let Some(province) =
            errors.check(text::optional_label("province", province.as_deref(), 60))
        {
            row.province = Set(province);
        }
    }
    if let Some(age_band) = change.age_band {
        if let Some(age_band) = errors.check(one_of("age_band", age_band, AGE_BANDS)) {
            row.age_band = Set(age_band);
        }
    }
    if let Some(gender) = change.gender {
        if let Some(gender) = errors.check(one_of("gender", gender, GENDERS)) {
            row.gender = Set(gender);
        }
    }
    errors.finish()?;
    if let sea_orm::ActiveValue::Set(name) = &row.display_name {
        ensure_not_like_staff(db.reader(), name, Some(account.id)).await?;
    }
    row.updated_at = Set(now());
    let txn = db.begin_write().await?;
    let updated = row.update(&txn).await?;
    txn.commit().await?;
    Ok(Account::from_row(updated))
}

/// Refuses a display name that looks like an administrator's, a moderator's or an agency's
/// (same confusable skeleton: other scripts' look-alike letters, case, spacing), so nobody can
/// pass for staff. `except` is the account being renamed.
async fn ensure_not_like_staff<C: ConnectionTrait>(
    conn: &C,
    name: &str,
    except: Option<Uuid>,
) -> Result<()> {
    let staff: Vec<(Uuid, String)> = users::Entity::find()
        .select_only()
        .column(users::Column::Id)
        .column(users::Column::DisplayName)
        .filter(users::Column::Role.is_in([
            Role::Admin.as_str(),
            Role::Moderator.as_str(),
            Role::Agency.as_str(),
        ]))
        .filter(users::Column::DeletedAt.is_null())
        .into_tuple()
        .all(conn)
        .await?;
    let key = text::look_alike_key(name);
    let taken = staff
        .iter()
        .any(|(id, staff_name)| Some(*id) != except && text::look_alike_key(staff_name) == key);
    if taken {
        return Err(Error::field(
            "display_name",
            "looks_like_staff",
            "looks like the name of an administrator, moderator or agency; choose another",
        ));
    }
    Ok(())
}

/// Creates a verified account directly (operators and demo data), bypassing the email loop.
pub async fn create_verified<C: ConnectionTrait>(
    conn: &C,
    email: &str,
    display_name: &str,
    password_hash: String,
    role: Role,
    locale: Locale,
) -> Result<Account> {
    let email = text::email(email).map_err(|e| Error::Validation(vec![e]))?;
    let display_name = text::display_name(display_name).map_err(|e| Error::Validation(vec![e]))?;
    let now = now();
    let row = users::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(email),
        display_name: Set(display_name),
        password_hash: Set(password_hash),
        role: Set(role.as_str().to_owned()),
        locale: Set(locale.as_str().to_owned()),
        province: Set(None),
        age_band: Set(None),
        gender: Set(None),
        verified_at: Set(Some(now)),
        suspended_until: Set(None),
        banned_at: Set(None),
        deleted_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        external_ref: Set(None),
    }
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
pub async fn create_by_operator(
    db: &Db,
    email: &str,
    display_name: &str,
    password_hash: String,
    role: Role,
    locale: Locale,
) -> Result<Account> {
    let txn = db.begin_write().await?;
    let account = create_verified(&txn, email, display_name, password_hash, role, locale).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: None,
            action: "user.created",
            target_type: "user",
            target_id: Some(account.id),
            reason: None,
            before: None,
            after: Some(serde_json::json!({ "role": role.as_str() })),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(account)
}

/// The purpose of the single-use token a password-reset link carries.
pub(crate) const PASSWORD_RESET: &str = "password_reset";
/// How long a password-reset link works.
pub const PASSWORD_RESET_MINUTES: i64 = 30;

/// Sets a new password with a reset token (once), and ends every sign-in of the account.
pub async fn reset_password(db: &Db, token: &str, new_password: &str) -> Result<()> {
    let password = text::new_password(new_password).map_err(|e| Error::Validation(vec![e]))?;
    let password_hash = password::hash_password(&password).await?;
    let hash = opaque::hash_token(token.trim());
    let txn = db.begin_write().await?;
    let now = now();
    let row = email_tokens::Entity::find()
        .filter(email_tokens::Column::TokenHash.eq(hash))
        .filter(email_tokens::Column::Purpose.eq(PASSWORD_RESET))
        .one(&txn)
        .await?
        .filter(|t| t.used_at.is_none() && t.expires_at > now)
        .ok_or_else(invalid_token)?;
    let spent = email_tokens::Entity::update_many()
        .col_expr(email_tokens::Column::UsedAt, Expr::value(now))
        .filter(email_tokens::Column::Id.eq(row.id))
        .filter(email_tokens::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if spent.rows_affected != 1 {
        return Err(invalid_token());
    }
    let verified_at = users::Entity::find_by_id(row.user_id)
        .one(&txn)
        .await?
        .and_then(|u| u.verified_at)
        .unwrap_or(now);
    users::Entity::update_many()
        .col_expr(users::Column::PasswordHash, Expr::value(password_hash))
        // The link proves the address, so an unverified account becomes verified too.
        .col_expr(users::Column::VerifiedAt, Expr::value(verified_at))
        .col_expr(users::Column::UpdatedAt, Expr::value(now))
        .filter(users::Column::Id.eq(row.user_id))
        .exec(&txn)
        .await?;
    sessions::end_all_of(&txn, row.user_id).await?;
    txn.commit().await?;
    Ok(())
}
