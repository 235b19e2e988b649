//! `award_assessors`: who assesses an application, and their declaration of any conflict of
//! interest (`has_conflict` null until they declare; true recuses them).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "award_assessors")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub application_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    pub has_conflict: Option<bool>,
    pub conflict_note: Option<String>,
    pub declared_at: Option<DateTimeUtc>,
    pub assigned_by: Option<Uuid>,
    pub assigned_at: DateTimeUtc,
}

without_relations!();
