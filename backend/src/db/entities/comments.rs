//! `comments`: threaded discussion under a proposal.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

// What a comment argues; stored as its name. (A plain comment: a doc comment would become the
// OpenAPI description.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    #[sea_orm(string_value = "for")]
    For,
    #[sea_orm(string_value = "against")]
    Against,
    #[default]
    #[sea_orm(string_value = "neutral")]
    Neutral,
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

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
