//! Proposals: `/api/v1/consultations/{id}/proposals` and `/api/v1/proposals/{id}`.

mod create;
mod endorse;
mod follow;
mod get;
mod list;
mod reassign;
mod respond;
mod revisions;
mod update;
mod valuation;
mod vote;
mod withdraw;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::api::double_option;
use crate::api::media::ImageResponse;
use crate::api::types::Author;
use crate::domain::endorsements::Endorsement;
use crate::domain::media;
use crate::domain::media::OwnerKind;
use crate::domain::proposals::Proposal;
use crate::domain::proposals::{ProposalInput, Status};
use crate::domain::votes::VoteValue;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(list::list_proposals)
        .service(create::create_proposal)
        .service(get::get_proposal)
        .service(update::update_proposal)
        .service(withdraw::withdraw_proposal)
        .service(revisions::list_revisions)
        .service(vote::put_vote)
        .service(vote::delete_vote)
        .service(follow::follow_proposal)
        .service(follow::unfollow_proposal)
        .service(respond::put_response)
        .service(reassign::put_responsible_organization)
        .service(valuation::put_valuation)
        .service(endorse::endorse_proposal)
        .service(endorse::withdraw_endorsement);
}

#[derive(Serialize, ToSchema)]
pub struct Counts {
    pub agree: i32,
    pub disagree: i32,
    pub pass: i32,
    pub comments: i32,
}

#[derive(Serialize, ToSchema)]
pub struct OfficialResponse {
    pub body: String,
    /// When the answer was last given or changed.
    pub responded_at: Option<DateTime<Utc>>,
    /// When the first answer was given.
    pub first_responded_at: Option<DateTime<Utc>>,
    /// The organisation that gave the answer (none when an administrator answered for no
    /// organisation).
    pub organization_id: Option<Uuid>,
    /// Its name (on the single-proposal view and the answer's own response).
    pub organization_name: Option<String>,
    /// Documents attached to the answer (on the single-proposal view).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<crate::api::media::AttachmentResponse>>,
}

/// A result a proposal fed.
#[derive(Serialize, ToSchema)]
pub struct FedResult {
    pub id: Uuid,
    pub title: String,
    pub title_en: Option<String>,
    /// 0–100, rolled up from its parts when it has any.
    pub progress: i32,
}

/// A civil-society organization's endorsement.
#[derive(Serialize, ToSchema)]
pub struct EndorsementResponse {
    pub organization_id: Uuid,
    pub organization_slug: String,
    pub organization_name: String,
    /// Verified by an administrator: shown with a badge.
    pub organization_verified: bool,
    pub endorsed_at: DateTime<Utc>,
}

impl From<Endorsement> for EndorsementResponse {
    fn from(e: Endorsement) -> Self {
        EndorsementResponse {
            organization_id: e.organization_id,
            organization_slug: e.organization_slug,
            organization_name: e.organization_name,
            organization_verified: e.organization_verified,
            endorsed_at: e.endorsed_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ProposalResponse {
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub title: String,
    /// Markdown as written.
    pub body: String,
    /// Sanitized HTML rendering of `body`.
    pub body_html: String,
    pub theme: Option<String>,
    pub province: Option<String>,
    pub status: Status,
    pub author: Author,
    pub counts: Counts,
    pub follower_count: i32,
    /// Whether the caller follows it (present on the single-proposal view when signed in).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub following: Option<bool>,
    /// Whether the caller may take moderation decisions on it (single-proposal view, signed in).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub viewer_moderates: Option<bool>,
    /// The caller's vote, when signed in and voted.
    pub my_vote: Option<VoteValue>,
    pub official_response: Option<OfficialResponse>,
    /// Organizations that endorse it (on the single-proposal view).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endorsements: Option<Vec<EndorsementResponse>>,
    pub locked: bool,
    pub pinned: bool,
    /// Hidden by moderation: only its author and its moderators see it, with the reason.
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    /// The proposal this one was merged into, as a duplicate.
    pub merged_into: Option<Uuid>,
    /// The organisation that answers it, routed by theme and province or reassigned.
    pub responsible_organization_id: Option<Uuid>,
    /// Its name (on the single-proposal view).
    pub responsible_organization_name: Option<String>,
    /// Images uploaded by the author, in their order; a card shows the first one's thumbnail.
    pub images: Vec<ImageResponse>,
    /// The results it fed, with their progress (on the single-proposal view).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<FedResult>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Fills in each proposal's images.
pub async fn add_images<C: sea_orm::ConnectionTrait>(
    conn: &C,
    items: &mut [ProposalResponse],
) -> crate::error::Result<()> {
    let ids: Vec<Uuid> = items.iter().map(|p| p.id).collect();
    let mut images = media::of_owners(conn, OwnerKind::Proposal, &ids).await?;
    for item in items {
        item.images = images
            .remove(&item.id)
            .unwrap_or_default()
            .iter()
            .map(ImageResponse::from)
            .collect();
    }
    Ok(())
}

impl ProposalResponse {
    pub fn new(p: Proposal, names: &HashMap<Uuid, String>, my_vote: Option<i16>) -> Self {
        ProposalResponse {
            author: Author {
                id: p.author_id,
                display_name: names.get(&p.author_id).cloned().unwrap_or_default(),
            },
            counts: Counts {
                agree: p.agree_count,
                disagree: p.disagree_count,
                pass: p.pass_count,
                comments: p.comment_count,
            },
            follower_count: p.follower_count,
            following: None,
            viewer_moderates: None,
            my_vote: my_vote.map(VoteValue::from_i16),
            official_response: p.official_response.map(|body| OfficialResponse {
                body,
                responded_at: p.responded_at,
                first_responded_at: p.first_responded_at,
                organization_id: p.answering_organization_id,
                organization_name: None,
                attachments: None,
            }),
            endorsements: None,
            locked: p.locked_at.is_some(),
            pinned: p.pinned,
            hidden: p.hidden_at.is_some(),
            hidden_reason: p.hidden_at.and(p.hidden_reason),
            merged_into: p.merged_into,
            responsible_organization_id: p.responsible_organization_id,
            responsible_organization_name: None,
            status: p.status,
            id: p.id,
            consultation_id: p.consultation_id,
            title: p.title,
            body: p.body,
            body_html: p.body_html,
            theme: p.theme,
            province: p.province,
            images: Vec::new(),
            results: None,
            created_at: p.created_at,
            updated_at: p.updated_at,
        }
    }
}

impl ProposalResponse {
    /// The organisations it names, with their names.
    pub fn organizations(&self) -> Vec<Uuid> {
        let answering = self
            .official_response
            .as_ref()
            .and_then(|r| r.organization_id);
        [self.responsible_organization_id, answering]
            .into_iter()
            .flatten()
            .collect()
    }

    pub fn name_organizations(&mut self, names: &HashMap<Uuid, String>) {
        let name = |id: Option<Uuid>| id.and_then(|id| names.get(&id).cloned());
        self.responsible_organization_name = name(self.responsible_organization_id);
        if let Some(answer) = self.official_response.as_mut() {
            answer.organization_name = name(answer.organization_id);
        }
    }
}

/// A proposal's fields. On create, `title` and `body` are required; on update, fields left
/// out stay as they are and `null` clears theme or province.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProposalRequest {
    /// 5–150 characters.
    pub title: Option<String>,
    /// Markdown, 10–10,000 characters.
    pub body: Option<String>,
    /// One of the consultation's themes.
    #[serde(default, deserialize_with = "double_option")]
    pub theme: Option<Option<String>>,
    /// One of the consultation's provinces.
    #[serde(default, deserialize_with = "double_option")]
    pub province: Option<Option<String>>,
}

impl From<ProposalRequest> for ProposalInput {
    fn from(r: ProposalRequest) -> Self {
        ProposalInput {
            title: r.title,
            body: r.body,
            theme: r.theme,
            province: r.province,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ProposalList {
    pub items: Vec<ProposalResponse>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}
