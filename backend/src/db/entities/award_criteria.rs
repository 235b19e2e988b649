//! `award_criteria`: what an award call judges, each criterion in one dimension with a weight.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

// The three dimensions an award is judged on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AwardDimension {
    #[sea_orm(string_value = "structure")]
    Structure,
    #[sea_orm(string_value = "process")]
    Process,
    #[sea_orm(string_value = "outcome")]
    Outcome,
}

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "award_criteria")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub call_id: Uuid,
    pub dimension: AwardDimension,
    pub name: String,
    pub name_en: Option<String>,
    /// 1–100, relative to the call's other criteria.
    pub weight: i32,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
