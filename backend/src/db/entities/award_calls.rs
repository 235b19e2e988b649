//! `award_calls`: a call organisations apply to, run by one organisation, judged on weighted
//! criteria; applications at or above `site_visit_threshold` move on to a site visit.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

// Where a call stands: taking applications, being assessed, or decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CallStage {
    #[sea_orm(string_value = "open")]
    Open,
    #[sea_orm(string_value = "assessing")]
    Assessing,
    #[sea_orm(string_value = "decided")]
    Decided,
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

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
