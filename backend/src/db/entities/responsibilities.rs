//! `responsibilities`: per consultation, which organisation answers proposals of a theme ×
//! province cell (`''` for any theme or any province).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "responsibilities")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub theme: String,
    pub province: String,
    pub organization_id: Uuid,
    pub created_at: DateTimeUtc,
}

without_relations!();
