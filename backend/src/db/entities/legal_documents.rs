//! `legal_documents`: every published version of the privacy notice and the terms of use.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Which document: the privacy notice or the terms of use.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    EnumIter,
    DeriveActiveEnum,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
#[serde(rename_all = "snake_case")]
pub enum LegalDocumentKind {
    /// What personal data is kept, why, who sees it, and the reader's rights (PDPA).
    #[sea_orm(string_value = "privacy")]
    Privacy,
    /// The rules of taking part.
    #[sea_orm(string_value = "terms")]
    Terms,
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

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
