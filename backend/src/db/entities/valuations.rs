//! `valuations`: a valuator's 1–5 score of a proposal against one criterion, with a note.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "valuations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub proposal_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub valuator_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub criterion: String,
    pub score: i16,
    pub note: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

without_relations!();
