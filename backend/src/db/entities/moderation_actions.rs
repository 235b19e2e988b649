//! `moderation_actions`: the public, append-only moderation log.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What moderation acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum TargetType {
    #[sea_orm(string_value = "proposal")]
    Proposal,
    #[sea_orm(string_value = "comment")]
    Comment,
    /// A comment on, or suggested amendment to, a paragraph of a document.
    #[sea_orm(string_value = "remark")]
    Remark,
    #[sea_orm(string_value = "user")]
    User,
}

impl TargetType {
    /// The stored name, which the audit log (whose targets go beyond moderation's) records.
    pub fn as_str(self) -> &'static str {
        match self {
            TargetType::Proposal => "proposal",
            TargetType::Comment => "comment",
            TargetType::Remark => "remark",
            TargetType::User => "user",
        }
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

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
