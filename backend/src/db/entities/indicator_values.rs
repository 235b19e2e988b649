//! `indicator_values`: the figures measured for an indicator, only ever added to; a
//! correction is a new value with a note.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "indicator_values")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub indicator_id: Uuid,
    pub value: f64,
    pub measured_on: Date,
    /// Where the figure came from.
    pub source: String,
    pub source_url: Option<String>,
    pub note: Option<String>,
    pub recorded_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

without_relations!();
