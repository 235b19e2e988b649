//! `answer_clocks`: when a proposal's promised answer became owed and when it falls due.
//! Append-only: the database refuses updates and deletes.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "answer_clocks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub proposal_id: Uuid,
    pub consultation_id: Uuid,
    /// `review_started` or `threshold_reached`.
    pub reason: String,
    pub started_at: DateTimeUtc,
    pub due_at: DateTimeUtc,
    pub answer_due_days: i32,
    pub support_threshold: i32,
    pub agree_count: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::proposals::Entity",
        from = "Column::ProposalId",
        to = "super::proposals::Column::Id"
    )]
    Proposal,
}

impl Related<super::proposals::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Proposal.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
