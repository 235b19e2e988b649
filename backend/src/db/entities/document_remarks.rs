//! `document_remarks`: a comment on, or a suggested amendment to, one paragraph of a published
//! document version. An amendment is open until the document's writers accept or reject it.
//! Remarks are moderated like comments: flagged, and hidden or shown again.

use sea_orm::entity::prelude::*;

// What a remark is. (Plain comments: a doc comment would become the OpenAPI description.)
stored_enum! {
    pub enum RemarkKind {
        Comment = "comment",
        Amendment = "amendment",
    }
}

// Where a suggested amendment stands.
stored_enum! {
    pub enum AmendmentStatus {
        Open = "open",
        Accepted = "accepted",
        Rejected = "rejected",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "document_remarks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub document_id: Uuid,
    pub version_id: Uuid,
    /// The paragraph's position in its version, from 0.
    pub paragraph: i32,
    pub kind: RemarkKind,
    /// Markdown: the comment, or why the amendment is suggested.
    pub body: String,
    /// An amendment's paragraph as it stood when suggested.
    pub original_text: Option<String>,
    /// An amendment's suggested words for the paragraph.
    pub proposed_text: Option<String>,
    /// An amendment's standing; `None` for a comment.
    pub status: Option<AmendmentStatus>,
    pub decision_reason: Option<String>,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTimeUtc>,
    /// Cleared if the author's account row is removed; a deleted account keeps its words.
    pub author_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
    /// Open flags (see `flags`).
    pub flag_count: i32,
    /// Hidden from the public by moderation; its author and moderators still read it.
    pub hidden_at: Option<DateTimeUtc>,
    pub hidden_reason: Option<String>,
    /// The moderator who hid it; empty while flags alone hide it pending review.
    pub hidden_by: Option<Uuid>,
}

without_relations!();
