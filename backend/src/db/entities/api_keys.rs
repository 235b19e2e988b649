//! `api_keys`: read-only agency keys, stored as the SHA-256 of the key.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "api_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub owner_id: Uuid,
    pub name: String,
    /// The key's first characters, shown in lists so people can tell their keys apart.
    pub prefix: String,
    pub key_hash: String,
    /// The consultations the key may read (a JSON array of ids).
    pub consultation_ids: Json,
    pub created_at: DateTimeUtc,
    pub last_used_at: Option<DateTimeUtc>,
    pub revoked_at: Option<DateTimeUtc>,
}

without_relations!();
