//! `result_milestones`: dated steps of a result, with the evidence that they were reached.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "result_milestones")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub result_id: Uuid,
    pub title: String,
    pub due_date: Date,
    pub done_date: Option<Date>,
    /// Markdown as written (text and links); may be empty.
    pub evidence: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

without_relations!();
