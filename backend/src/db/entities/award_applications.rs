//! `award_applications`: one organisation's application to an award call, and the stage the
//! assessment moved it to.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStage {
    #[sea_orm(string_value = "submitted")]
    Submitted,
    #[sea_orm(string_value = "site_visit")]
    SiteVisit,
    #[sea_orm(string_value = "not_advanced")]
    NotAdvanced,
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

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
