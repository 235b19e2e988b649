//! Valuations: a valuator's score (1–5) of a proposal against one of its consultation's
//! criteria, with a note; one per proposal, valuator and criterion.

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000004_create_proposals::Proposals;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Valuations {
    Table,
    ProposalId,
    ValuatorId,
    Criterion,
    Score,
    Note,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Valuations::Table)
                    .col(uuid(Valuations::ProposalId))
                    .col(uuid(Valuations::ValuatorId))
                    .col(string(Valuations::Criterion))
                    .col(small_integer(Valuations::Score))
                    .col(text_null(Valuations::Note))
                    .col(timestamp_with_time_zone(Valuations::CreatedAt))
                    .col(timestamp_with_time_zone(Valuations::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(Valuations::ProposalId)
                            .col(Valuations::ValuatorId)
                            .col(Valuations::Criterion),
                    )
                    .foreign_key(&mut reference(
                        Valuations::Table,
                        Valuations::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Valuations::Table,
                        Valuations::ValuatorId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Valuations::Table).to_owned())
            .await
    }
}
