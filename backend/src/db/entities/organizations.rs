//! `organizations`: policy labs, government agencies, civil-society organisations, youth
//! groups, businesses and academic institutions.

use sea_orm::entity::prelude::*;

stored_enum! {
    /// What an organisation is; stored as its snake-case name.
    pub enum OrganizationKind {
        /// A policy lab: runs consultations.
        Lab = "lab",
        /// A government agency, possibly under a ministry and in a province.
        Agency = "agency",
        /// A civil-society organisation.
        Cso = "cso",
        YouthGroup = "youth_group",
        Business = "business",
        Academic = "academic",
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

without_relations!();
