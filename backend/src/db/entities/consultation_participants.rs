//! `consultation_participants`: everyone who proposed, voted or commented in a consultation,
//! with their votes on the proposals the consultation's figures count.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation_participants")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub consultation_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    pub first_seen_at: DateTimeUtc,
    pub agree_votes: i32,
    pub disagree_votes: i32,
    pub pass_votes: i32,
}

without_relations!();
