//! `/api/v1/consultations`: the questions put to the public.

mod create;
mod feedback;
mod follow;
mod get;
mod list;
mod responsibilities;
mod scorecard;
mod similar;
mod update;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::api::double_option;
use crate::domain::agency::accountability::Figures;
use crate::domain::consultations::Consultation;
use crate::domain::consultations::{label_list, ConsultationInput, Phase};

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(list::list_consultations)
        .service(create::create_consultation)
        .service(get::get_consultation)
        .service(scorecard::get_scorecard)
        .service(update::update_consultation)
        .service(follow::follow_consultation)
        .service(follow::unfollow_consultation)
        .service(feedback::put_feedback)
        .service(similar::similar_proposals)
        .service(responsibilities::get_responsibilities)
        .service(responsibilities::put_responsibilities);
}

/// The phase timeline: when each phase starts (informational; the phase itself is set by the
/// organizers).
#[derive(Serialize, ToSchema)]
pub struct Timeline {
    pub ideation_starts_at: Option<DateTime<Utc>>,
    pub voting_starts_at: Option<DateTime<Utc>>,
    pub review_starts_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
}

/// What participants may do now, derived from the phase.
#[derive(Serialize, ToSchema)]
pub struct Allowed {
    pub propose: bool,
    pub vote: bool,
    pub comment: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ConsultationResponse {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// The title in English, when the organisers gave one; show `title` otherwise.
    pub title_en: Option<String>,
    /// The summary in English, when given; show `summary` otherwise.
    pub summary_en: Option<String>,
    /// Markdown as written.
    pub body: String,
    /// Sanitized HTML rendering of `body`.
    pub body_html: String,
    pub owner_organization_id: Option<Uuid>,
    pub phase: Phase,
    pub allowed: Allowed,
    pub themes: Vec<String>,
    pub provinces: Vec<String>,
    pub criteria: Vec<String>,
    pub timeline: Timeline,
    pub proposal_count: i32,
    /// Whether the caller follows it (present on the single-consultation view when signed in).
    pub following: Option<bool>,
    /// Official answers are due this many days after a proposal's answer clock starts (when
    /// the consultation enters its review phase, or when the proposal reaches the threshold
    /// during review)…
    pub answer_due_days: Option<i32>,
    /// …for every proposal with at least this many supporting (agree) votes.
    pub answer_support_threshold: Option<i32>,
    /// How the answer deadline is kept (on the single-consultation view, when one is set).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accountability: Option<Figures>,
    /// The caller's own quick ratings (on the single-consultation view, once they rated it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub my_ratings: Option<feedback::FeedbackResponse>,
    /// Documents attached by those who run it (on the single-consultation view).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<crate::api::media::AttachmentResponse>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<Consultation> for ConsultationResponse {
    fn from(c: Consultation) -> Self {
        let phase = Phase::of(&c);
        ConsultationResponse {
            allowed: Allowed {
                propose: phase.ensure_allows_proposals().is_ok(),
                vote: phase.ensure_allows_votes().is_ok(),
                comment: phase.ensure_allows_comments().is_ok(),
            },
            themes: label_list(&c.themes),
            provinces: label_list(&c.provinces),
            criteria: label_list(&c.criteria),
            timeline: Timeline {
                ideation_starts_at: c.ideation_starts_at,
                voting_starts_at: c.voting_starts_at,
                review_starts_at: c.review_starts_at,
                closes_at: c.closes_at,
            },
            id: c.id,
            slug: c.slug,
            title: c.title,
            summary: c.summary,
            title_en: c.title_en,
            summary_en: c.summary_en,
            body: c.body,
            body_html: c.body_html,
            owner_organization_id: c.owner_organization_id,
            phase,
            proposal_count: c.proposal_count,
            following: None,
            answer_due_days: c.answer_due_days,
            answer_support_threshold: c.answer_support_threshold,
            accountability: None,
            my_ratings: None,
            attachments: None,
            created_at: c.created_at,
            updated_at: c.updated_at,
        }
    }
}

/// A consultation's editable fields. On create, `title`, `summary` and `body` are required;
/// on update, fields left out stay as they are and `null` clears an optional one.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsultationRequest {
    /// Lowercase letters, digits and hyphens; made from the title when left out.
    pub slug: Option<String>,
    pub title: Option<String>,
    pub summary: Option<String>,
    /// Optional English title (5–200 characters); `null` or blank clears it.
    #[serde(default, deserialize_with = "double_option")]
    pub title_en: Option<Option<String>>,
    /// Optional English summary (up to 500 characters); `null` or blank clears it.
    #[serde(default, deserialize_with = "double_option")]
    pub summary_en: Option<Option<String>>,
    /// Markdown.
    pub body: Option<String>,
    #[serde(default, deserialize_with = "double_option")]
    pub owner_organization_id: Option<Option<Uuid>>,
    /// `draft` (default), `ideation`, `voting`, `review` or `closed`.
    pub phase: Option<String>,
    pub themes: Option<Vec<String>>,
    /// Provinces the consultation covers, from `GET /provinces` by Thai or English name
    /// (stored and returned in Thai); empty means nationwide.
    pub provinces: Option<Vec<String>>,
    /// Criteria valuators score proposals against.
    pub criteria: Option<Vec<String>>,
    #[serde(default, deserialize_with = "double_option")]
    pub ideation_starts_at: Option<Option<DateTime<Utc>>>,
    #[serde(default, deserialize_with = "double_option")]
    pub voting_starts_at: Option<Option<DateTime<Utc>>>,
    #[serde(default, deserialize_with = "double_option")]
    pub review_starts_at: Option<Option<DateTime<Utc>>>,
    #[serde(default, deserialize_with = "double_option")]
    pub closes_at: Option<Option<DateTime<Utc>>>,
    /// Days within which a proposal must be answered once its answer clock starts (1–3650);
    /// `null` sets no deadline. Clocks already started keep the due moment fixed at their
    /// start.
    #[serde(default, deserialize_with = "double_option")]
    pub answer_due_days: Option<Option<i64>>,
    /// Supporting (agree) votes from which a proposal must be answered (0 to 1,000,000,000;
    /// default 0).
    #[serde(default, deserialize_with = "double_option")]
    pub answer_support_threshold: Option<Option<i64>>,
}

impl From<ConsultationRequest> for ConsultationInput {
    fn from(r: ConsultationRequest) -> Self {
        ConsultationInput {
            slug: r.slug,
            title: r.title,
            summary: r.summary,
            title_en: r.title_en,
            summary_en: r.summary_en,
            body: r.body,
            owner_organization_id: r.owner_organization_id,
            phase: r.phase,
            themes: r.themes,
            provinces: r.provinces,
            criteria: r.criteria,
            ideation_starts_at: r.ideation_starts_at,
            voting_starts_at: r.voting_starts_at,
            review_starts_at: r.review_starts_at,
            closes_at: r.closes_at,
            answer_due_days: r.answer_due_days,
            answer_support_threshold: r.answer_support_threshold,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ConsultationList {
    pub items: Vec<ConsultationResponse>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}
