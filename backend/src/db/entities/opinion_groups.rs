//! `opinion_groups`: the latest opinion groups of a consultation (JSON), with the state of
//! the votes they were computed from.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "opinion_groups")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub consultation_id: Uuid,
    pub votes_version: String,
    #[sea_orm(column_type = "Text")]
    pub result: String,
    pub computed_at: DateTimeUtc,
    pub duration_ms: i64,
}

without_relations!();
