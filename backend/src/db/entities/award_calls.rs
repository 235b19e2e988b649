//! `award_calls`: a call organisations apply to, run by one organisation, judged on weighted
//! criteria; applications at or above `site_visit_threshold` move on to a site visit.

use sea_orm::entity::prelude::*;

// Where a call stands: taking applications, being assessed, or decided.
stored_enum! {
    pub enum CallStage {
        Open = "open",
        Assessing = "assessing",
        Decided = "decided",
    }
}

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "award_calls")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The organisation running the call; those who speak for it manage it.
    pub organization_id: Uuid,
    pub title: String,
    pub title_en: Option<String>,
    pub description: String,
    /// Percent of the highest possible weighted score, 0–100.
    pub site_visit_threshold: i32,
    pub stage: CallStage,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

without_relations!();
