//! `users`: accounts with their role, locale and optional self-declared profile.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What a person may do on the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    #[sea_orm(string_value = "citizen")]
    Citizen,
    #[sea_orm(string_value = "moderator")]
    Moderator,
    #[sea_orm(string_value = "valuator")]
    Valuator,
    #[sea_orm(string_value = "agency")]
    Agency,
    #[sea_orm(string_value = "admin")]
    Admin,
}

impl Role {
    /// The stored name, for messages that need it as a constant.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Citizen => "citizen",
            Role::Moderator => "moderator",
            Role::Valuator => "valuator",
            Role::Agency => "agency",
            Role::Admin => "admin",
        }
    }
}

/// The language a person reads Sala and its messages in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[sea_orm(string_value = "th")]
    Th,
    #[sea_orm(string_value = "en")]
    En,
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

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
