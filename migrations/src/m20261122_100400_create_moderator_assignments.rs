//! Moderators assigned to particular consultations (global moderators have the `moderator`
//! role instead).

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000003_create_consultations::Consultations;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ModeratorAssignments {
    Table,
    ConsultationId,
    UserId,
    AssignedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ModeratorAssignments::Table)
                    .col(uuid(ModeratorAssignments::ConsultationId))
                    .col(uuid(ModeratorAssignments::UserId))
                    .col(uuid_null(ModeratorAssignments::AssignedBy))
                    .col(timestamp_with_time_zone(ModeratorAssignments::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(ModeratorAssignments::ConsultationId)
                            .col(ModeratorAssignments::UserId),
                    )
                    .foreign_key(&mut reference(
                        ModeratorAssignments::Table,
                        ModeratorAssignments::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        ModeratorAssignments::Table,
                        ModeratorAssignments::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_moderator_assignments_user")
                    .table(ModeratorAssignments::Table)
                    .col(ModeratorAssignments::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ModeratorAssignments::Table).to_owned())
            .await
    }
}
