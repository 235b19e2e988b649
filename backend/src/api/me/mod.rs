//! `/api/v1/me`: the signed-in person's own account.

mod activity_comments;
mod activity_follows;
mod activity_proposals;
mod activity_votes;
mod consent;
mod delete;
mod export;
mod get;
mod notifications;
mod preferences;
mod update;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::domain::accounts::{Account, Locale, Role};
use crate::domain::organizations::{MemberRole, Organization, OrganizationKind};

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(get::get_me)
        .service(update::update_me)
        .service(delete::delete_me)
        .service(export::export_me)
        .service(notifications::list_notifications)
        .service(notifications::mark_read)
        .service(preferences::get_preferences)
        .service(preferences::put_preferences)
        .service(consent::get_consent)
        .service(consent::agree)
        .service(activity_proposals::list_my_proposals)
        .service(activity_comments::list_my_comments)
        .service(activity_votes::list_my_votes)
        .service(activity_follows::list_my_follows);
}

/// A page of one's own activity.
#[derive(Deserialize, IntoParams)]
pub struct ActivityParams {
    /// 1–100, default 20.
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct MembershipView {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    pub kind: OrganizationKind,
    /// The caller's role in it.
    pub role: MemberRole,
    /// Verified by an administrator; only verified organisations give their members powers.
    pub verified: bool,
}

#[derive(Serialize, ToSchema)]
pub struct MeResponse {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub locale: Locale,
    pub province: Option<String>,
    pub age_band: Option<String>,
    pub gender: Option<String>,
    pub verified: bool,
    pub suspended_until: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub organizations: Vec<MembershipView>,
}

impl MeResponse {
    fn new(a: Account, orgs: Vec<(Organization, MemberRole)>) -> Self {
        MeResponse {
            id: a.id,
            email: a.email,
            display_name: a.display_name,
            role: a.role,
            locale: a.locale,
            province: a.province,
            age_band: a.age_band,
            gender: a.gender,
            verified: a.verified_at.is_some(),
            suspended_until: a.suspended_until,
            created_at: a.created_at,
            organizations: orgs
                .into_iter()
                .map(|(o, role)| MembershipView {
                    id: o.id,
                    verified: o.verified_at.is_some(),
                    slug: o.slug,
                    name: o.name,
                    kind: o.kind,
                    role,
                })
                .collect(),
        }
    }
}
