//! `award_applications`: one organisation's application to an award call, and the stage the
//! assessment moved it to.

use sea_orm::entity::prelude::*;

// Where an application stands.
stored_enum! {
    pub enum ApplicationStage {
        Submitted = "submitted",
        SiteVisit = "site_visit",
        NotAdvanced = "not_advanced",
    }
}

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "award_applications")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub call_id: Uuid,
    pub organization_id: Uuid,
    pub submitted_by: Option<Uuid>,
    pub title: String,
    pub summary: String,
    pub stage: ApplicationStage,
    /// The mean weighted score, in percent, the decision was taken on.
    pub score: Option<f64>,
    pub created_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
}

without_relations!();
