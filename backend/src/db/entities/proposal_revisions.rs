//! `proposal_revisions`: what a proposal said before each edit.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposal_revisions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub proposal_id: Uuid,
    pub editor_id: Uuid,
    pub title: String,
    pub body: String,
    pub theme: Option<String>,
    pub province: Option<String>,
    pub created_at: DateTimeUtc,
}

without_relations!();
