//! `document_versions`: numbered versions of a document. The one without `published_at` is
//! the draft; a published one never changes again.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "document_versions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub document_id: Uuid,
    /// 1, 2, 3… in the order the versions were started.
    pub number: i32,
    pub title: String,
    pub title_en: Option<String>,
    /// The paragraphs in order: a JSON array of markdown strings.
    pub paragraphs: Json,
    /// SHA-256 (hex) of the published content; set when published.
    pub content_hash: Option<String>,
    pub published_at: Option<DateTimeUtc>,
    pub published_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

without_relations!();
