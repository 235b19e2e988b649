//! `memberships`: who belongs to which organisation, and in what role.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A member's role inside an organisation; stored as its name.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    EnumIter,
    DeriveActiveEnum,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum MemberRole {
    /// Manages the organisation: its profile and its members.
    #[sea_orm(string_value = "owner")]
    Owner,
    /// May sign and answer for the organisation (endorse as it).
    #[sea_orm(string_value = "representative")]
    Representative,
    #[sea_orm(string_value = "member")]
    Member,
}

impl MemberRole {
    pub fn as_str(self) -> &'static str {
        match self {
            MemberRole::Owner => "owner",
            MemberRole::Representative => "representative",
            MemberRole::Member => "member",
        }
    }

    pub fn parse(raw: &str) -> Option<MemberRole> {
        <MemberRole as sea_orm::Iterable>::iter().find(|r| r.as_str() == raw)
    }

    /// Whether this role may act in the organisation's name.
    pub fn speaks_for_organization(self) -> bool {
        matches!(self, MemberRole::Owner | MemberRole::Representative)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "memberships")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organization_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    pub role: MemberRole,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
