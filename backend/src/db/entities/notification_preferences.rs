//! `notification_preferences`: how each person wants each kind delivered.

use sea_orm::entity::prelude::*;

use super::notifications::{Delivery, NotificationKind};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_preferences")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: NotificationKind,
    pub delivery: Delivery,
}

without_relations!();
