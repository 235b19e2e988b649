//! `text_fingerprints`: a hash of each text an account posted, to refuse repetition.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "text_fingerprints")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    pub fingerprint: String,
    pub created_at: DateTimeUtc,
}

without_relations!();
