//! `legal_documents`: every published version of the privacy notice and the terms of use.

use sea_orm::entity::prelude::*;

stored_enum! {
    /// Which document: the privacy notice or the terms of use.
    pub enum LegalDocumentKind {
        /// What personal data is kept, why, who sees it, and the reader's rights (PDPA).
        Privacy = "privacy",
        /// The rules of taking part.
        Terms = "terms",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "legal_documents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: LegalDocumentKind,
    #[sea_orm(primary_key, auto_increment = false)]
    pub version: i32,
    pub title_th: String,
    pub title_en: String,
    /// Markdown, rendered when read.
    pub body_th: String,
    pub body_en: String,
    pub published_at: DateTimeUtc,
    pub published_by: Option<Uuid>,
}

without_relations!();
