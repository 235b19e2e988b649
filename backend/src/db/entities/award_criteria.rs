//! `award_criteria`: what an award call judges, each criterion in one dimension with a weight.

use sea_orm::entity::prelude::*;

// The three dimensions an award is judged on.
stored_enum! {
    #[derive(Ord, PartialOrd)]
    pub enum AwardDimension {
        Structure = "structure",
        Process = "process",
        Outcome = "outcome",
    }
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

without_relations!();
