//! `result_proposals`: the proposals a result came from.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "result_proposals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub result_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub proposal_id: Uuid,
    pub linked_at: DateTimeUtc,
}

without_relations!();
