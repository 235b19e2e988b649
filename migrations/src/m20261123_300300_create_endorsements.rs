//! Endorsements: a civil-society organization backs a proposal, once per organization.

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000002_create_organizations::Organizations;
use crate::m20261121_000004_create_proposals::Proposals;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Endorsements {
    Table,
    ProposalId,
    OrganizationId,
    EndorsedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Endorsements::Table)
                    .col(uuid(Endorsements::ProposalId))
                    .col(uuid(Endorsements::OrganizationId))
                    .col(uuid_null(Endorsements::EndorsedBy))
                    .col(timestamp_with_time_zone(Endorsements::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(Endorsements::ProposalId)
                            .col(Endorsements::OrganizationId),
                    )
                    .foreign_key(&mut reference(
                        Endorsements::Table,
                        Endorsements::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Endorsements::Table,
                        Endorsements::OrganizationId,
                        Organizations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Endorsements::Table,
                        Endorsements::EndorsedBy,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Endorsements::Table).to_owned())
            .await
    }
}
