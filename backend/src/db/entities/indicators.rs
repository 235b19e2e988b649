//! `indicators`: a social-impact measure with a baseline and a target, on a result (when
//! `result_id` is set) or on the consultation itself.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "indicators")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Always the consultation's, also for a result's indicator, so a consultation's
    /// indicators are read in one query.
    pub consultation_id: Uuid,
    pub result_id: Option<Uuid>,
    pub name: String,
    pub name_en: Option<String>,
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    pub description: Option<String>,
    pub position: i32,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

without_relations!();
