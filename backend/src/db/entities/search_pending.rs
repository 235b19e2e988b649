//! `search_pending`: which searchable documents changed since the index last saw them.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "search_pending")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub doc_type: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub doc_id: Uuid,
    pub version: i64,
    pub indexed_version: i64,
    pub changed_at: DateTimeUtc,
    pub pending_since: Option<DateTimeUtc>,
    pub available_at: DateTimeUtc,
    pub attempts: i32,
    pub last_error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
