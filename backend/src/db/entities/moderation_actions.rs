//! `moderation_actions`: the public, append-only moderation log.

use sea_orm::entity::prelude::*;

stored_enum! {
    /// What moderation acts on.
    pub enum TargetType {
        Proposal = "proposal",
        Comment = "comment",
        /// A comment on, or suggested amendment to, a paragraph of a document.
        Remark = "remark",
        User = "user",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "moderation_actions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Empty when the platform acted on its own (flags reaching the threshold).
    pub moderator_id: Option<Uuid>,
    pub action: String,
    pub target_type: TargetType,
    pub target_id: Uuid,
    pub consultation_id: Option<Uuid>,
    pub reason: String,
    pub details: Option<Json>,
    pub created_at: DateTimeUtc,
}

without_relations!();
