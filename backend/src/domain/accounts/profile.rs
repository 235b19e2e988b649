//! Changing one's own profile, and the rule that nobody may take a name like staff's.

use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QuerySelect, Set,
};
use uuid::Uuid;

use super::{Account, Locale, Role, AGE_BANDS, GENDERS};
use crate::db::entities::users;
use crate::db::Db;
use crate::domain::{now, text};
use crate::error::{Error, FieldErrors, Result};

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
        match Locale::try_from_value(&locale) {
            Ok(locale) => row.locale = Set(locale),
            Err(_) => errors.push(crate::error::FieldError::new(
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
pub(super) async fn ensure_not_like_staff<C: ConnectionTrait>(
    conn: &C,
    name: &str,
    except: Option<Uuid>,
) -> Result<()> {
    let staff: Vec<(Uuid, String)> = users::Entity::find()
        .select_only()
        .column(users::Column::Id)
        .column(users::Column::DisplayName)
        .filter(users::Column::Role.is_in([Role::Admin, Role::Moderator, Role::Agency]))
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
