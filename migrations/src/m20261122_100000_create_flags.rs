//! Flags: a person's report that a proposal or comment breaks the rules, at most one per
//! person per item, kept after review with how it was resolved.

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000003_create_consultations::Consultations;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Flags {
    Table,
    Id,
    TargetType,
    TargetId,
    ConsultationId,
    ReporterId,
    Reason,
    Note,
    CreatedAt,
    ResolvedAt,
    ResolvedBy,
    Resolution,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Flags::Table)
                    .col(uuid(Flags::Id).primary_key())
                    .col(string(Flags::TargetType))
                    .col(uuid(Flags::TargetId))
                    .col(uuid(Flags::ConsultationId))
                    .col(uuid(Flags::ReporterId))
                    .col(string(Flags::Reason))
                    .col(text_null(Flags::Note))
                    .col(timestamp_with_time_zone(Flags::CreatedAt))
                    .col(timestamp_with_time_zone_null(Flags::ResolvedAt))
                    .col(uuid_null(Flags::ResolvedBy))
                    .col(string_null(Flags::Resolution))
                    .foreign_key(&mut reference(
                        Flags::Table,
                        Flags::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Flags::Table,
                        Flags::ReporterId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_flags_one_per_person")
                    .table(Flags::Table)
                    .col(Flags::TargetType)
                    .col(Flags::TargetId)
                    .col(Flags::ReporterId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_flags_queue")
                    .table(Flags::Table)
                    .col(Flags::ResolvedAt)
                    .col(Flags::ConsultationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Flags::Table).to_owned())
            .await
    }
}
