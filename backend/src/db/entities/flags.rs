//! `flags`: one person's report about one proposal, comment or remark, and how it was resolved.

use sea_orm::entity::prelude::*;

use super::moderation_actions::TargetType;

stored_enum! {
    /// Why something was flagged.
    pub enum FlagReason {
        Spam = "spam",
        Abuse = "abuse",
        OffTopic = "off_topic",
        PersonalData = "personal_data",
        Misinformation = "misinformation",
        /// Say what in the note.
        Other = "other",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "flags")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub target_type: TargetType,
    pub target_id: Uuid,
    pub consultation_id: Uuid,
    pub reporter_id: Uuid,
    pub reason: FlagReason,
    pub note: Option<String>,
    pub created_at: DateTimeUtc,
    pub resolved_at: Option<DateTimeUtc>,
    pub resolved_by: Option<Uuid>,
    pub resolution: Option<String>,
    /// What the flag weighs toward hiding the item, in hundredths of an established
    /// participant's flag (see `domain::moderation::standing`).
    pub weight: i32,
}

without_relations!();
