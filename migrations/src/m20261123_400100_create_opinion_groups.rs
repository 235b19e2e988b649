//! The latest opinion groups of each consultation, as JSON, with the state of the votes
//! they were computed from (to tell when they are stale).

use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum OpinionGroups {
    Table,
    ConsultationId,
    VotesVersion,
    Result,
    ComputedAt,
    DurationMs,
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OpinionGroups::Table)
                    .col(uuid(OpinionGroups::ConsultationId).primary_key())
                    .col(string(OpinionGroups::VotesVersion))
                    .col(text(OpinionGroups::Result))
                    .col(timestamp_with_time_zone(OpinionGroups::ComputedAt))
                    .col(big_integer(OpinionGroups::DurationMs))
                    .foreign_key(&mut reference(
                        OpinionGroups::Table,
                        OpinionGroups::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OpinionGroups::Table).to_owned())
            .await
    }
}
