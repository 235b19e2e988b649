//! `media`: uploaded images and documents, each owned by a proposal, an official answer or a
//! consultation; the bytes are in object storage under `storage_key`.

use sea_orm::entity::prelude::*;

/// What a file belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum OwnerKind {
    /// An image shown with a proposal.
    #[sea_orm(string_value = "proposal")]
    Proposal,
    /// A document attached to a proposal's official answer (`owner_id` is the proposal).
    #[sea_orm(string_value = "answer")]
    Answer,
    /// A document attached to a consultation.
    #[sea_orm(string_value = "consultation")]
    Consultation,
    /// A document showing a result's milestone was reached (`owner_id` is the milestone).
    #[sea_orm(string_value = "milestone")]
    Milestone,
}

/// What the file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum MediaKind {
    /// Decoded, resized and re-encoded by Sala; has a thumbnail.
    #[sea_orm(string_value = "image")]
    Image,
    /// Stored as uploaded and only ever downloaded.
    #[sea_orm(string_value = "document")]
    Document,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "media")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub owner_kind: OwnerKind,
    pub owner_id: Uuid,
    pub kind: MediaKind,
    /// The SHA-256 of the stored bytes, in hex: the same bytes are stored once.
    pub storage_key: String,
    pub thumbnail_key: Option<String>,
    pub content_type: String,
    pub bytes: i64,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub alt_text: Option<String>,
    /// A document's name as uploaded.
    pub filename: Option<String>,
    pub uploader_id: Option<Uuid>,
    pub position: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
