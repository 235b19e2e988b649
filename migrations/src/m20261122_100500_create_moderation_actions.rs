//! The public moderation log: what was done, to what, and why, without who did it or any
//! private detail (those are in the audit log). No foreign keys: the record outlives what it
//! describes.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ModerationActions {
    Table,
    Id,
    ModeratorId,
    Action,
    TargetType,
    TargetId,
    ConsultationId,
    Reason,
    Details,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ModerationActions::Table)
                    .col(uuid(ModerationActions::Id).primary_key())
                    .col(uuid_null(ModerationActions::ModeratorId))
                    .col(string(ModerationActions::Action))
                    .col(string(ModerationActions::TargetType))
                    .col(uuid(ModerationActions::TargetId))
                    .col(uuid_null(ModerationActions::ConsultationId))
                    .col(text(ModerationActions::Reason))
                    .col(json_null(ModerationActions::Details))
                    .col(timestamp_with_time_zone(ModerationActions::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_moderation_actions_consultation")
                    .table(ModerationActions::Table)
                    .col(ModerationActions::ConsultationId)
                    .col(ModerationActions::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ModerationActions::Table).to_owned())
            .await
    }
}
