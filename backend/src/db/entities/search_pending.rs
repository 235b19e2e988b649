//! `search_pending`: which searchable documents changed since the index last saw them.

use sea_orm::entity::prelude::*;

stored_enum! {
    /// The kinds of document the index holds.
    pub enum DocType {
        Proposal = "proposal",
        Comment = "comment",
        Consultation = "consultation",
    }
}

impl DocType {
    /// The document's key in either engine (Meilisearch keys allow `-` but not `:`).
    pub fn key(self, id: Uuid) -> String {
        format!("{}-{}", self.as_str(), id)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "search_pending")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub doc_type: DocType,
    #[sea_orm(primary_key, auto_increment = false)]
    pub doc_id: Uuid,
    pub version: i64,
    pub indexed_version: i64,
    pub changed_at: DateTimeUtc,
    pub pending_since: Option<DateTimeUtc>,
    pub available_at: DateTimeUtc,
    pub attempts: i32,
    pub last_error: Option<String>,
}

without_relations!();
