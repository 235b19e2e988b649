//! `memberships`: who belongs to which organisation, and in what role.

use sea_orm::entity::prelude::*;

stored_enum! {
    /// A member's role inside an organisation; stored as its name.
    pub enum MemberRole {
        /// Manages the organisation: its profile and its members.
        Owner = "owner",
        /// May sign and answer for the organisation (endorse as it).
        Representative = "representative",
        Member = "member",
    }
}

impl MemberRole {
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

without_relations!();
