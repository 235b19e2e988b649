//! Votes: at most one per person per proposal, enforced by the primary key.

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000004_create_proposals::Proposals;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Votes {
    Table,
    ProposalId,
    UserId,
    Value,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Votes::Table)
                    .col(uuid(Votes::ProposalId))
                    .col(uuid(Votes::UserId))
                    .col(small_integer(Votes::Value))
                    .col(timestamp_with_time_zone(Votes::CreatedAt))
                    .col(timestamp_with_time_zone(Votes::UpdatedAt))
                    .primary_key(Index::create().col(Votes::ProposalId).col(Votes::UserId))
                    .foreign_key(&mut reference(
                        Votes::Table,
                        Votes::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Votes::Table,
                        Votes::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_votes_user")
                    .table(Votes::Table)
                    .col(Votes::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Votes::Table).to_owned())
            .await
    }
}
