//! `search_pending`: which searchable documents changed since the index last saw them.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// The kinds of document the index holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DocType {
    #[sea_orm(string_value = "proposal")]
    Proposal,
    #[sea_orm(string_value = "comment")]
    Comment,
    #[sea_orm(string_value = "consultation")]
    Consultation,
}

impl DocType {
    pub const ALL: [DocType; 3] = [DocType::Proposal, DocType::Comment, DocType::Consultation];

    pub fn as_str(self) -> &'static str {
        match self {
            DocType::Proposal => "proposal",
            DocType::Comment => "comment",
            DocType::Consultation => "consultation",
        }
    }

    /// Reads a type named in a request or a search engine's document key.
    pub fn parse(raw: &str) -> Option<DocType> {
        DocType::ALL.into_iter().find(|t| t.as_str() == raw)
    }

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

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
