//! `votes`: one per person per proposal; +1 agree, −1 disagree, 0 pass.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "votes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub proposal_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    pub value: i16,
    /// The /24 (IPv4) or /48 (IPv6) the vote was first cast from, when known.
    pub origin_network: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

without_relations!();
