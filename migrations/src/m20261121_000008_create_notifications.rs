//! Follows, the in-app notification inbox, per-kind delivery preferences, and dead letters on
//! the outbox.

use crate::reference;
use crate::{drop_tables, m20261121_000001_create_accounts::Users};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Follows {
    Table,
    UserId,
    TargetType,
    TargetId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    UserId,
    EventId,
    Kind,
    ProposalId,
    CommentId,
    ConsultationId,
    Payload,
    Delivery,
    ReadAt,
    DigestedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum NotificationPreferences {
    Table,
    UserId,
    Kind,
    Delivery,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    DeadAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Follows::Table)
                    .col(uuid(Follows::UserId))
                    .col(string(Follows::TargetType))
                    .col(uuid(Follows::TargetId))
                    .col(timestamp_with_time_zone(Follows::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(Follows::UserId)
                            .col(Follows::TargetType)
                            .col(Follows::TargetId),
                    )
                    .foreign_key(&mut reference(
                        Follows::Table,
                        Follows::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_follows_target")
                    .table(Follows::Table)
                    .col(Follows::TargetType)
                    .col(Follows::TargetId)
                    .col(Follows::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(uuid(Notifications::Id).primary_key())
                    .col(uuid(Notifications::UserId))
                    .col(uuid(Notifications::EventId))
                    .col(string(Notifications::Kind))
                    .col(uuid_null(Notifications::ProposalId))
                    .col(uuid_null(Notifications::CommentId))
                    .col(uuid_null(Notifications::ConsultationId))
                    .col(json(Notifications::Payload))
                    .col(string(Notifications::Delivery))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .col(timestamp_with_time_zone_null(Notifications::DigestedAt))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .foreign_key(&mut reference(
                        Notifications::Table,
                        Notifications::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // One notification per person per event: a fan-out that is run again after a crash
        // adds nothing twice.
        manager
            .create_index(
                Index::create()
                    .name("idx_notifications_event_user")
                    .table(Notifications::Table)
                    .col(Notifications::EventId)
                    .col(Notifications::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notifications_inbox")
                    .table(Notifications::Table)
                    .col(Notifications::UserId)
                    .col(Notifications::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(NotificationPreferences::Table)
                    .col(uuid(NotificationPreferences::UserId))
                    .col(string(NotificationPreferences::Kind))
                    .col(string(NotificationPreferences::Delivery))
                    .primary_key(
                        Index::create()
                            .col(NotificationPreferences::UserId)
                            .col(NotificationPreferences::Kind),
                    )
                    .foreign_key(&mut reference(
                        NotificationPreferences::Table,
                        NotificationPreferences::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(timestamp_with_time_zone_null(Outbox::DeadAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .drop_column(Outbox::DeadAt)
                    .to_owned(),
            )
            .await?;
        drop_tables(
            manager,
            [
                NotificationPreferences::Table.into_iden(),
                Notifications::Table.into_iden(),
                Follows::Table.into_iden(),
            ],
        )
        .await
    }
}
