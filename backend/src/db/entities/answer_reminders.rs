//! `answer_reminders`: the reminder and the escalation sent about a proposal's answer, one
//! row per proposal and kind, so each is delivered once.

use sea_orm::entity::prelude::*;

stored_enum! {
    /// Which message about an owed answer.
    pub enum ReminderKind {
        /// The answer falls due soon.
        Reminder = "reminder",
        /// The answer is overdue.
        Escalation = "escalation",
    }
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

without_relations!();
