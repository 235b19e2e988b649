//! `result_updates`: every change of a result's progress or status, dated and kept forever.

use sea_orm::entity::prelude::*;

use super::results::ResultStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "result_updates")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub result_id: Uuid,
    /// The progress set by this update; `None` for a parent, whose progress is rolled up.
    pub progress: Option<i32>,
    pub status: ResultStatus,
    pub note: Option<String>,
    pub author_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

without_relations!();
