//! `/api/v1/organizations`: the directory and profiles of organisations, creating and editing
//! them, verification by administrators, and members (invitations, roles, removal, leaving).

mod accept;
mod change_role;
mod create;
mod get;
mod invitations;
mod invite;
mod leave;
mod list;
mod members;
mod remove_member;
mod update;
mod verify;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::api::double_option;
use crate::domain::organizations::{
    Member, MemberRole, Organization, OrganizationKind, ProfileInput,
};

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(list::list_organizations)
        .service(create::create_organization)
        .service(accept::accept_invitation)
        .service(get::get_organization)
        .service(update::update_organization)
        .service(verify::verify_organization)
        .service(verify::unverify_organization)
        .service(members::list_members)
        .service(invite::invite_member)
        .service(invitations::list_invitations)
        .service(invitations::revoke_invitation)
        .service(change_role::change_member_role)
        .service(remove_member::remove_member)
        .service(leave::leave_organization);
}

/// An organisation as listed and shown.
#[derive(Serialize, ToSchema)]
pub struct OrganizationResponse {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    pub kind: OrganizationKind,
    pub description: Option<String>,
    pub website: Option<String>,
    /// The body it belongs to: a government agency's ministry, a network's member's network.
    pub parent_organization_id: Option<Uuid>,
    pub province: Option<String>,
    /// Verified by an administrator: shown with a badge.
    pub verified: bool,
    pub verified_at: Option<DateTime<Utc>>,
    pub member_count: u64,
    pub created_at: DateTime<Utc>,
}

impl OrganizationResponse {
    fn new(org: Organization, member_count: u64) -> Self {
        OrganizationResponse {
            id: org.id,
            slug: org.slug,
            name: org.name,
            kind: org.kind,
            description: org.description,
            website: org.website,
            parent_organization_id: org.parent_organization_id,
            province: org.province,
            verified: org.verified_at.is_some(),
            verified_at: org.verified_at,
            member_count,
            created_at: org.created_at,
        }
    }
}

/// The profile fields; in a PATCH, an absent field stays as it is and `null` clears it.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileFields {
    /// 2–120 characters.
    pub name: Option<String>,
    /// At most 2,000 characters.
    #[serde(default, deserialize_with = "double_option")]
    pub description: Option<Option<String>>,
    /// An http(s) address.
    #[serde(default, deserialize_with = "double_option")]
    pub website: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option")]
    pub parent_organization_id: Option<Option<Uuid>>,
    #[serde(default, deserialize_with = "double_option")]
    pub province: Option<Option<String>>,
}

impl From<ProfileFields> for ProfileInput {
    fn from(f: ProfileFields) -> Self {
        ProfileInput {
            name: f.name,
            description: f.description,
            website: f.website,
            parent_organization_id: f.parent_organization_id,
            province: f.province,
        }
    }
}

/// A member as the organisation's own members see them.
#[derive(Serialize, ToSchema)]
pub struct MemberResponse {
    pub user_id: Uuid,
    pub display_name: String,
    pub role: MemberRole,
    pub joined_at: DateTime<Utc>,
}

impl From<Member> for MemberResponse {
    fn from(m: Member) -> Self {
        MemberResponse {
            user_id: m.user_id,
            display_name: m.display_name,
            role: m.role,
            joined_at: m.joined_at,
        }
    }
}
