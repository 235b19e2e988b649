//! `outbox`: work that must follow a committed change (mail, indexing), claimed by workers.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub topic: String,
    pub payload: Json,
    pub attempts: i32,
    pub available_at: DateTimeUtc,
    pub last_error: Option<String>,
    pub processed_at: Option<DateTimeUtc>,
    pub dead_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// The token of the claim that holds the item, while a worker has it in hand.
    pub claim_token: Option<Uuid>,
}

without_relations!();
