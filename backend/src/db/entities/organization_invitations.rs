//! `organization_invitations`: an emailed offer to join an organisation in a role; the link's
//! token is stored hashed and works once, before it expires.

use sea_orm::entity::prelude::*;

use super::memberships::MemberRole;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organization_invitations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    /// Canonical form (see `domain::text::email`).
    pub email: String,
    pub role: MemberRole,
    pub token_hash: String,
    pub invited_by: Option<Uuid>,
    pub expires_at: DateTimeUtc,
    pub accepted_at: Option<DateTimeUtc>,
    pub accepted_by: Option<Uuid>,
    pub revoked_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

without_relations!();
