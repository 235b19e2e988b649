//! `consents`: which version of each legal document an account agreed to, and when.

use sea_orm::entity::prelude::*;

use super::legal_documents::LegalDocumentKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: LegalDocumentKind,
    #[sea_orm(primary_key, auto_increment = false)]
    pub version: i32,
    pub agreed_at: DateTimeUtc,
}

without_relations!();
