//! `follows`: who follows which consultation or proposal.

use sea_orm::entity::prelude::*;

stored_enum! {
    /// What can be followed.
    pub enum Target {
        Consultation = "consultation",
        Proposal = "proposal",
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

without_relations!();
