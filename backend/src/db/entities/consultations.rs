//! `consultations`: a question put to the public, moving through its phases.

use sea_orm::entity::prelude::*;

// Where a consultation stands; stored as its name. What each phase allows is decided in
// `domain::consultations`. (A plain comment: a doc comment would become the OpenAPI
// description.)
stored_enum! {
    pub enum Phase {
        Draft = "draft",
        Ideation = "ideation",
        Voting = "voting",
        Review = "review",
        Closed = "closed",
    }
}

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "consultations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// The title in English, for readers who chose English; the Thai title stands otherwise.
    pub title_en: Option<String>,
    /// The summary in English, likewise optional.
    pub summary_en: Option<String>,
    pub body: String,
    pub body_html: String,
    pub owner_organization_id: Option<Uuid>,
    pub phase: Phase,
    pub themes: Json,
    pub provinces: Json,
    pub criteria: Json,
    pub ideation_starts_at: Option<DateTimeUtc>,
    pub voting_starts_at: Option<DateTimeUtc>,
    pub review_starts_at: Option<DateTimeUtc>,
    pub closes_at: Option<DateTimeUtc>,
    pub proposal_count: i32,
    /// Days after the review phase starts within which proposals must be answered.
    pub answer_due_days: Option<i32>,
    /// Net support (agree − disagree) from which a proposal must be answered.
    pub answer_support_threshold: Option<i32>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The conversation an imported consultation came from (`polis:<id>`); unique.
    pub external_ref: Option<String>,
}

without_relations!();
