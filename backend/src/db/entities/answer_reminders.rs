//! `answer_reminders`: the reminder and the escalation sent about a proposal's answer, one
//! row per proposal and kind, so each is delivered once.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Which message about an owed answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// The answer falls due soon.
    #[sea_orm(string_value = "reminder")]
    Reminder,
    /// The answer is overdue.
    #[sea_orm(string_value = "escalation")]
    Escalation,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "answer_reminders")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub proposal_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: ReminderKind,
    pub sent_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
