//! `results`: what a consultation's proposals became; a commitment owned by a responsible
//! organisation (none when an administrator made it for no organisation).

use sea_orm::entity::prelude::*;

// Where a result stands; stored as its name. (A plain comment: a doc comment would become
// the OpenAPI description.)
stored_enum! {
    pub enum ResultStatus {
        Planned = "planned",
        InProgress = "in_progress",
        Completed = "completed",
        Cancelled = "cancelled",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "results")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub organization_id: Option<Uuid>,
    /// The result this one is part of; a parent's progress is the mean of its children's.
    pub parent_id: Option<Uuid>,
    pub title: String,
    pub title_en: Option<String>,
    /// Markdown as written.
    pub description: String,
    pub description_en: Option<String>,
    pub status: ResultStatus,
    /// 0–100; ignored while the result has children.
    pub progress: i32,
    pub province: Option<String>,
    pub start_date: Option<Date>,
    pub end_date: Option<Date>,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

without_relations!();
