//! `organizations`: policy labs, government agencies, civil-society organisations, youth
//! groups, businesses and academic institutions.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What an organisation is; stored as its snake-case name.
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
pub enum OrganizationKind {
    /// A policy lab: runs consultations.
    #[sea_orm(string_value = "lab")]
    Lab,
    /// A government agency, possibly under a ministry and in a province.
    #[sea_orm(string_value = "agency")]
    Agency,
    /// A civil-society organisation.
    #[sea_orm(string_value = "cso")]
    Cso,
    #[sea_orm(string_value = "youth_group")]
    YouthGroup,
    #[sea_orm(string_value = "business")]
    Business,
    #[sea_orm(string_value = "academic")]
    Academic,
}

impl OrganizationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OrganizationKind::Lab => "lab",
            OrganizationKind::Agency => "agency",
            OrganizationKind::Cso => "cso",
            OrganizationKind::YouthGroup => "youth_group",
            OrganizationKind::Business => "business",
            OrganizationKind::Academic => "academic",
        }
    }

    pub fn parse(raw: &str) -> Option<OrganizationKind> {
        <OrganizationKind as sea_orm::Iterable>::iter().find(|k| k.as_str() == raw)
    }
}

/// Lets callers that name kinds by string (`org.kind == "agency"`) compare with the type.
impl PartialEq<&str> for OrganizationKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organizations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    pub kind: OrganizationKind,
    pub description: Option<String>,
    pub website: Option<String>,
    pub parent_organization_id: Option<Uuid>,
    pub province: Option<String>,
    pub verified_at: Option<DateTimeUtc>,
    pub verified_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
