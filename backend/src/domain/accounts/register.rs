//! Registering: a new, unverified citizen and the link that verifies the address.

use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, SqlErr,
};
use uuid::Uuid;

use super::profile::ensure_not_like_staff;
use super::verification::send_verification;
use super::{AccountPolicy, Locale, NewAccount, Role};
use crate::auth::password;
use crate::db::entities::users;
use crate::db::Db;
use crate::domain::legal::{self, AgreedVersions};
use crate::domain::now;
use crate::domain::outgoing_mail::{self, OutgoingMail, Recipient};
use crate::domain::text;
use crate::error::{FieldErrors, Result};

pub struct Registration {
    pub email: String,
    pub password: String,
    pub display_name: String,
    pub locale: Option<String>,
    /// The versions of the privacy notice and the terms the person read and agreed to.
    pub consent: Option<AgreedVersions>,
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
        Some(raw) => errors.check(Locale::try_from_value(&raw.to_owned()).map_err(|_| {
            crate::error::FieldError::new("locale", "invalid", "must be `th` or `en`")
        })),
    };
    let (((email, password), display_name), locale) =
        errors.finish_with(email.zip(password).zip(display_name).zip(locale))?;
    Ok(ValidRegistration {
        email,
        password,
        display_name,
        locale,
    })
}

/// Registers a new, unverified citizen and mails the verification link; for an address that
/// already has an account, mails its owner instead and answers the same.
pub async fn register(
    db: &Db,
    policy: &AccountPolicy<'_>,
    input: Registration,
) -> Result<Registered> {
    let valid = parse_registration(&input)?;
    let consent = legal::check(db.reader(), "consent", input.consent).await?;
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
        tell_owner_already_registered(&txn, policy, &owner).await?;
        txn.commit().await?;
        return Ok(valid.registered(id));
    }
    if !insert_unverified(&txn, id, &valid, password_hash).await? {
        // Two registrations for one address at the same instant: the loser looks the same.
        txn.rollback().await?;
        return Ok(valid.registered(id));
    }
    legal::record(&txn, id, consent).await?;
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
    Ok(valid.registered(id))
}

impl ValidRegistration {
    /// The outward answer, under the id given to this attempt.
    fn registered(self, id: Uuid) -> Registered {
        Registered {
            id,
            email: self.email,
            display_name: self.display_name,
            locale: self.locale,
        }
    }
}

/// Mails the owner of an address that registers again a link to sign in instead.
async fn tell_owner_already_registered<C: ConnectionTrait>(
    conn: &C,
    policy: &AccountPolicy<'_>,
    owner: &users::Model,
) -> Result<()> {
    let locale = owner.locale;
    outgoing_mail::queue(
        conn,
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
    Ok(())
}

/// Inserts the unverified citizen; `false` when another registration took the address first.
async fn insert_unverified<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
    valid: &ValidRegistration,
    password_hash: String,
) -> Result<bool> {
    let now = now();
    let inserted = users::ActiveModel::from(NewAccount::new(
        id,
        valid.email.clone(),
        valid.display_name.clone(),
        password_hash,
        Role::Citizen,
        valid.locale,
        now,
    ))
    .insert(conn)
    .await;
    match inserted {
        Ok(_) => Ok(true),
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Ok(false)
        }
        Err(err) => Err(err.into()),
    }
}
