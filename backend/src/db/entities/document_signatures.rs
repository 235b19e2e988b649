//! `document_signatures`: an organisation signing a published document version, through one
//! of its representatives.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "document_signatures")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub version_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub organization_id: Uuid,
    /// The representative who signed; cleared if their account is deleted.
    pub signer_id: Option<Uuid>,
    /// The content hash of the version as signed.
    pub content_hash: String,
    pub signed_at: DateTimeUtc,
}

without_relations!();
