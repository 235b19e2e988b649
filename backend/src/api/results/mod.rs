//! Results: `/api/v1/consultations/{id}/results`, `/api/v1/results` and
//! `/api/v1/results/{id}`: what became of a consultation's proposals.

mod create;
mod links;
mod milestones;
mod read;
mod update;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::api::double_option;
use crate::api::media::AttachmentResponse;
use crate::domain::markdown;
use crate::domain::media::Media;
use crate::domain::proposals::Proposal;
use crate::domain::proposals::Status;
use crate::domain::results::input::{MilestoneFields, ResultFields};
use crate::domain::results::read::ResultView;
use crate::domain::results::Milestone;
use crate::domain::results::ResultStatus;
use crate::domain::results::Update;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(read::list_results)
        .service(read::results_in_province)
        .service(read::get_result)
        .service(create::create_result)
        .service(update::edit_result)
        .service(update::post_update)
        .service(milestones::add_milestone)
        .service(milestones::edit_milestone)
        .service(links::link_proposal)
        .service(links::unlink_proposal);
}

/// A proposal a result came from.
#[derive(Serialize, ToSchema)]
pub struct SourceProposal {
    pub id: Uuid,
    pub title: String,
    pub status: Status,
}

impl From<&Proposal> for SourceProposal {
    fn from(p: &Proposal) -> Self {
        SourceProposal {
            id: p.id,
            title: p.title.clone(),
            status: p.status,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct MilestoneResponse {
    pub id: Uuid,
    pub title: String,
    pub due_date: NaiveDate,
    /// When it was reached; absent while it is not.
    pub done_date: Option<NaiveDate>,
    /// Markdown as written.
    pub evidence: String,
    /// Sanitized HTML rendering of `evidence`.
    pub evidence_html: String,
    /// Documents attached as evidence, in their order.
    pub attachments: Vec<AttachmentResponse>,
}

impl MilestoneResponse {
    pub fn new(m: &Milestone, files: &[Media]) -> Self {
        MilestoneResponse {
            id: m.id,
            title: m.title.clone(),
            due_date: m.due_date,
            done_date: m.done_date,
            evidence: m.evidence.clone(),
            evidence_html: markdown::render(&m.evidence),
            attachments: files.iter().map(AttachmentResponse::from).collect(),
        }
    }
}

/// One dated step of a result's history.
#[derive(Serialize, ToSchema)]
pub struct UpdateResponse {
    pub id: Uuid,
    /// The progress set; absent for a result made of parts, whose progress is rolled up.
    pub progress: Option<i32>,
    pub status: ResultStatus,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl From<&Update> for UpdateResponse {
    fn from(u: &Update) -> Self {
        UpdateResponse {
            id: u.id,
            progress: u.progress,
            status: u.status,
            note: u.note.clone(),
            created_at: u.created_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ResultResponse {
    pub id: Uuid,
    pub consultation_id: Uuid,
    /// The responsible organisation that owns it (none when an administrator made it for no
    /// organisation).
    pub organization_id: Option<Uuid>,
    pub organization_name: Option<String>,
    /// The result this one is a part of.
    pub parent_id: Option<Uuid>,
    pub title: String,
    /// The English title, for readers who chose English.
    pub title_en: Option<String>,
    /// Markdown as written.
    pub description: String,
    /// Sanitized HTML rendering of `description`.
    pub description_html: String,
    pub description_en: Option<String>,
    pub description_en_html: Option<String>,
    pub status: ResultStatus,
    /// 0–100: its own, or for a result made of parts the mean of theirs, rounded.
    pub progress: i32,
    /// Whether its progress is rolled up from parts (it cannot be set then).
    pub has_children: bool,
    pub province: Option<String>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    /// The listed proposals it came from.
    pub proposals: Vec<SourceProposal>,
    /// Milestones by due date.
    pub milestones: Vec<MilestoneResponse>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<ResultView> for ResultResponse {
    fn from(v: ResultView) -> Self {
        let r = v.result;
        ResultResponse {
            id: r.id,
            consultation_id: r.consultation_id,
            organization_id: r.organization_id,
            organization_name: v.organization_name,
            parent_id: r.parent_id,
            description_html: markdown::render(&r.description),
            description_en_html: r.description_en.as_deref().map(markdown::render),
            title: r.title,
            title_en: r.title_en,
            description: r.description,
            description_en: r.description_en,
            status: v.status,
            progress: v.progress,
            has_children: v.has_children,
            province: r.province,
            start_date: r.start_date,
            end_date: r.end_date,
            proposals: v.proposals.iter().map(SourceProposal::from).collect(),
            milestones: v
                .milestones
                .iter()
                .map(|m| {
                    let files = v.milestone_files.get(&m.id).map(Vec::as_slice);
                    MilestoneResponse::new(m, files.unwrap_or_default())
                })
                .collect(),
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

/// A part of a result, as listed under it.
#[derive(Serialize, ToSchema)]
pub struct ResultPart {
    pub id: Uuid,
    pub title: String,
    pub title_en: Option<String>,
    pub status: ResultStatus,
    pub progress: i32,
}

/// One result with its parts and its history.
#[derive(Serialize, ToSchema)]
pub struct ResultDetail {
    #[serde(flatten)]
    pub result: ResultResponse,
    pub consultation_slug: String,
    pub consultation_title: String,
    pub consultation_title_en: Option<String>,
    pub children: Vec<ResultPart>,
    /// Every update, newest first.
    pub updates: Vec<UpdateResponse>,
    /// Whether the caller may change it (present when signed in).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub viewer_may_update: Option<bool>,
}

#[derive(Serialize, ToSchema)]
pub struct ResultList {
    /// Oldest first for a consultation, newest first for a province; each names its parent.
    pub items: Vec<ResultResponse>,
}

/// A result's describing fields. On create, `title` and `description` are required; on
/// update, fields left out stay as they are and `null` clears an optional one.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResultFieldsRequest {
    /// 3–200 characters.
    pub title: Option<String>,
    #[serde(default, deserialize_with = "double_option")]
    pub title_en: Option<Option<String>>,
    /// Markdown, 1–10,000 characters.
    pub description: Option<String>,
    #[serde(default, deserialize_with = "double_option")]
    pub description_en: Option<Option<String>>,
    /// A province of Thailand (Thai or English name); stored by its Thai name.
    #[serde(default, deserialize_with = "double_option")]
    pub province: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option")]
    pub start_date: Option<Option<NaiveDate>>,
    /// Not before `start_date`.
    #[serde(default, deserialize_with = "double_option")]
    pub end_date: Option<Option<NaiveDate>>,
}

impl From<ResultFieldsRequest> for ResultFields {
    fn from(r: ResultFieldsRequest) -> Self {
        ResultFields {
            title: r.title,
            title_en: r.title_en,
            description: r.description,
            description_en: r.description_en,
            province: r.province,
            start_date: r.start_date,
            end_date: r.end_date,
        }
    }
}

/// A milestone's fields; on create, `title` and `due_date` are required.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MilestoneRequest {
    /// 3–200 characters.
    pub title: Option<String>,
    pub due_date: Option<NaiveDate>,
    /// When it was reached; `null` clears it.
    #[serde(default, deserialize_with = "double_option")]
    pub done_date: Option<Option<NaiveDate>>,
    /// Markdown (text and links) showing it was reached, at most 5,000 characters.
    pub evidence: Option<String>,
}

impl From<MilestoneRequest> for MilestoneFields {
    fn from(r: MilestoneRequest) -> Self {
        MilestoneFields {
            title: r.title,
            due_date: r.due_date,
            done_date: r.done_date,
            evidence: r.evidence,
        }
    }
}
