//! `follows`: who follows which consultation or proposal.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What can be followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    #[sea_orm(string_value = "consultation")]
    Consultation,
    #[sea_orm(string_value = "proposal")]
    Proposal,
}

impl Target {
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Consultation => "consultation",
            Target::Proposal => "proposal",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "follows")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub target_type: Target,
    #[sea_orm(primary_key, auto_increment = false)]
    pub target_id: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
