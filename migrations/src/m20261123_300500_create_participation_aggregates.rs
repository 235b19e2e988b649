//! Aggregates kept current as people act, so an agency's summary reads small tables instead
//! of scanning votes: who took part in each consultation, and what was done each day. The
//! daily rows are split into a few shards (by person) so concurrent votes on one
//! consultation do not queue on one row.

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000003_create_consultations::Consultations;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ConsultationParticipants {
    Table,
    ConsultationId,
    UserId,
    FirstSeenAt,
}

#[derive(DeriveIden)]
enum ConsultationActivity {
    Table,
    ConsultationId,
    Day,
    Shard,
    Votes,
    Comments,
    Proposals,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConsultationParticipants::Table)
                    .col(uuid(ConsultationParticipants::ConsultationId))
                    .col(uuid(ConsultationParticipants::UserId))
                    .col(timestamp_with_time_zone(
                        ConsultationParticipants::FirstSeenAt,
                    ))
                    .primary_key(
                        Index::create()
                            .col(ConsultationParticipants::ConsultationId)
                            .col(ConsultationParticipants::UserId),
                    )
                    .foreign_key(&mut reference(
                        ConsultationParticipants::Table,
                        ConsultationParticipants::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        ConsultationParticipants::Table,
                        ConsultationParticipants::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConsultationActivity::Table)
                    .col(uuid(ConsultationActivity::ConsultationId))
                    .col(string_len(ConsultationActivity::Day, 10))
                    .col(small_integer(ConsultationActivity::Shard))
                    .col(integer(ConsultationActivity::Votes).default(0))
                    .col(integer(ConsultationActivity::Comments).default(0))
                    .col(integer(ConsultationActivity::Proposals).default(0))
                    .primary_key(
                        Index::create()
                            .col(ConsultationActivity::ConsultationId)
                            .col(ConsultationActivity::Day)
                            .col(ConsultationActivity::Shard),
                    )
                    .foreign_key(&mut reference(
                        ConsultationActivity::Table,
                        ConsultationActivity::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ConsultationActivity::Table).to_owned())
            .await?;
        manager
            .drop_table(
                Table::drop()
                    .table(ConsultationParticipants::Table)
                    .to_owned(),
            )
            .await
    }
}
