//! `flags`: one person's report about one proposal, comment or remark, and how it was resolved.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use super::moderation_actions::TargetType;

/// Why something was flagged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FlagReason {
    #[sea_orm(string_value = "spam")]
    Spam,
    #[sea_orm(string_value = "abuse")]
    Abuse,
    #[sea_orm(string_value = "off_topic")]
    OffTopic,
    #[sea_orm(string_value = "personal_data")]
    PersonalData,
    #[sea_orm(string_value = "misinformation")]
    Misinformation,
    /// Say what in the note.
    #[sea_orm(string_value = "other")]
    Other,
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

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
