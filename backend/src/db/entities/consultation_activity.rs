//! `consultation_activity`: votes, comments and proposals per consultation per UTC day, in a
//! few shards summed when read.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation_activity")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub consultation_id: Uuid,
    /// `YYYY-MM-DD`, UTC.
    #[sea_orm(primary_key, auto_increment = false)]
    pub day: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub shard: i16,
    pub votes: i32,
    pub comments: i32,
    pub proposals: i32,
}

without_relations!();
