//! `media`: uploaded images and documents, each owned by a proposal, an official answer or a
//! consultation; the bytes are in object storage under `storage_key`.

use sea_orm::entity::prelude::*;

stored_enum! {
    /// What a file belongs to.
    pub enum OwnerKind {
        /// An image shown with a proposal.
        Proposal = "proposal",
        /// A document attached to a proposal's official answer (`owner_id` is the proposal).
        Answer = "answer",
        /// A document attached to a consultation.
        Consultation = "consultation",
        /// A document showing a result's milestone was reached (`owner_id` is the milestone).
        Milestone = "milestone",
    }
}

stored_enum! {
    /// What the file is.
    pub enum MediaKind {
        /// Decoded, resized and re-encoded by Sala; has a thumbnail.
        Image = "image",
        /// Stored as uploaded and only ever downloaded.
        Document = "document",
    }
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

without_relations!();
