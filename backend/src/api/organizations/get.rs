//! `GET /api/v1/organizations/{slug}`

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::OrganizationResponse;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::accountability::{self, Scorecard};
use crate::domain::answers;
use crate::domain::consultations::Phase;
use crate::domain::organizations::{self, OrganizationKind, Profile};
use crate::domain::proposals::Proposal;
use crate::domain::proposals::Status;

/// The organisation an organisation belongs to, as a profile names it.
#[derive(Serialize, ToSchema)]
pub struct ParentOrganization {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    pub kind: OrganizationKind,
    pub verified: bool,
}

#[derive(Serialize, ToSchema)]
pub struct EndorsedProposalView {
    pub proposal_id: Uuid,
    pub title: String,
    pub consultation_id: Uuid,
    pub endorsed_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct OwnedConsultationView {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    /// The English title, when given.
    pub title_en: Option<String>,
    #[schema(value_type = String)]
    pub phase: Phase,
}

/// An organisation's public profile and activity.
#[derive(Serialize, ToSchema)]
pub struct OrganizationProfile {
    #[serde(flatten)]
    pub organization: OrganizationResponse,
    pub parent: Option<ParentOrganization>,
    /// Proposals it endorsed that the public sees, newest first (at most 50).
    pub endorsed_proposals: Vec<EndorsedProposalView>,
    /// Consultations it runs, drafts left out, newest first (at most 50).
    pub consultations: Vec<OwnedConsultationView>,
    /// Official answers it signed, the most recent first (at most 50).
    pub answers: Vec<AnswerGiven>,
    /// How it keeps the answer promises of the consultations that route proposals to it:
    /// counted from each proposal's answer clock, like a consultation's scorecard.
    pub scorecard: Scorecard,
}

/// An official answer an organisation signed.
#[derive(Serialize, ToSchema)]
pub struct AnswerGiven {
    pub proposal_id: Uuid,
    pub title: String,
    pub consultation_id: Uuid,
    #[schema(value_type = String)]
    pub status: Status,
    pub responded_at: Option<DateTime<Utc>>,
}

impl OrganizationProfile {
    fn new(p: Profile, answers: Vec<Proposal>, scorecard: Scorecard) -> Self {
        OrganizationProfile {
            answers: answers
                .into_iter()
                .map(|a| AnswerGiven {
                    proposal_id: a.id,
                    title: a.title,
                    consultation_id: a.consultation_id,
                    status: a.status,
                    responded_at: a.responded_at,
                })
                .collect(),
            scorecard,
            organization: OrganizationResponse::new(p.organization, p.member_count),
            parent: p.parent.map(|o| ParentOrganization {
                id: o.id,
                verified: o.verified_at.is_some(),
                slug: o.slug,
                name: o.name,
                kind: o.kind,
            }),
            endorsed_proposals: p
                .activity
                .endorsed
                .into_iter()
                .map(|e| EndorsedProposalView {
                    proposal_id: e.proposal_id,
                    title: e.title,
                    consultation_id: e.consultation_id,
                    endorsed_at: e.endorsed_at,
                })
                .collect(),
            consultations: p
                .activity
                .consultations
                .into_iter()
                .map(|c| OwnedConsultationView {
                    id: c.id,
                    slug: c.slug,
                    title: c.title,
                    title_en: c.title_en,
                    phase: c.phase,
                })
                .collect(),
        }
    }
}

/// An organisation's profile, by slug or id: who it is, whether it is verified, how many
/// members it has, and what it did in public.
#[utoipa::path(tag = "organizations", params(("slug" = String, Path, description = "Slug or id")), responses(
    (status = 200, body = OrganizationProfile, description = "The organisation's profile"),
    (status = 404, description = "organization_not_found"),
))]
#[get("/organizations/{slug}")]
pub async fn get_organization(
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<web::Json<OrganizationProfile>, ApiError> {
    let conn = state.db.reader();
    let profile = organizations::profile(conn, &path).await?;
    let id = profile.organization.id;
    let answers = answers::signed_by(conn, id, 50).await?;
    let scorecard = accountability::of_organization(conn, id).await?;
    Ok(web::Json(OrganizationProfile::new(
        profile, answers, scorecard,
    )))
}
