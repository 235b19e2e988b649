//! `comments`: threaded discussion under a proposal.

use sea_orm::entity::prelude::*;

// What a comment argues; stored as its name. (A plain comment: a doc comment would become the
// OpenAPI description.)
stored_enum! {
    #[derive(Default)]
    pub enum Stance {
        For = "for",
        Against = "against",
        #[default]
        Neutral = "neutral",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "comments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub proposal_id: Uuid,
    pub parent_id: Option<Uuid>,
    pub author_id: Uuid,
    pub depth: i16,
    pub body: String,
    pub body_html: String,
    pub stance: Stance,
    pub up_count: i32,
    pub down_count: i32,
    pub reply_count: i32,
    pub hidden_at: Option<DateTimeUtc>,
    pub hidden_reason: Option<String>,
    /// The moderator who hid it; empty while flags alone keep it hidden pending review.
    pub hidden_by: Option<Uuid>,
    /// Open (unreviewed) flags.
    pub flag_count: i32,
    pub deleted_at: Option<DateTimeUtc>,
    pub edited_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

without_relations!();
