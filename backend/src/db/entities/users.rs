//! `users`: accounts with their role, locale and optional self-declared profile.

use sea_orm::entity::prelude::*;

stored_enum! {
    /// What a person may do on the platform.
    pub enum Role {
        Citizen = "citizen",
        Moderator = "moderator",
        Valuator = "valuator",
        Agency = "agency",
        Admin = "admin",
    }
}

stored_enum! {
    /// The language a person reads Sala and its messages in.
    pub enum Locale {
        Th = "th",
        En = "en",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub locale: Locale,
    pub province: Option<String>,
    pub age_band: Option<String>,
    pub gender: Option<String>,
    pub verified_at: Option<DateTimeUtc>,
    pub suspended_until: Option<DateTimeUtc>,
    pub banned_at: Option<DateTimeUtc>,
    pub deleted_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The participant id of an imported account in the system it came from (Polis).
    pub external_ref: Option<String>,
}

without_relations!();
