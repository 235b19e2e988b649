//! Results: what a consultation's proposals became. A result is a commitment owned by a
//! responsible organisation, with progress, status, milestones, the proposals it came from,
//! and a history of updates that is only ever added to.

use crate::m20261121_000002_create_organizations::Organizations;
use crate::m20261121_000003_create_consultations::Consultations;
use crate::m20261121_000004_create_proposals::Proposals;
use crate::reference;
use crate::{drop_tables, m20261121_000001_create_accounts::Users};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Results {
    Table,
    Id,
    ConsultationId,
    OrganizationId,
    ParentId,
    Title,
    TitleEn,
    Description,
    DescriptionEn,
    Status,
    Progress,
    Province,
    StartDate,
    EndDate,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ResultProposals {
    Table,
    ResultId,
    ProposalId,
    LinkedAt,
}

#[derive(DeriveIden)]
enum ResultMilestones {
    Table,
    Id,
    ResultId,
    Title,
    DueDate,
    DoneDate,
    Evidence,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ResultUpdates {
    Table,
    Id,
    ResultId,
    Progress,
    Status,
    Note,
    AuthorId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Results::Table)
                    .col(uuid(Results::Id).primary_key())
                    .col(uuid(Results::ConsultationId))
                    .col(uuid_null(Results::OrganizationId))
                    .col(uuid_null(Results::ParentId))
                    .col(string_len(Results::Title, 800))
                    .col(string_len_null(Results::TitleEn, 800))
                    .col(text(Results::Description))
                    .col(text_null(Results::DescriptionEn))
                    .col(string_len(Results::Status, 16))
                    .col(integer(Results::Progress))
                    .col(string_len_null(Results::Province, 120))
                    .col(date_null(Results::StartDate))
                    .col(date_null(Results::EndDate))
                    .col(uuid_null(Results::CreatedBy))
                    .col(timestamp_with_time_zone(Results::CreatedAt))
                    .col(timestamp_with_time_zone(Results::UpdatedAt))
                    .foreign_key(&mut reference(
                        Results::Table,
                        Results::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Results::Table,
                        Results::OrganizationId,
                        Organizations::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut reference(
                        Results::Table,
                        Results::ParentId,
                        Results::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Results::Table,
                        Results::CreatedBy,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_results_consultation", Results::ConsultationId),
            ("idx_results_parent", Results::ParentId),
            ("idx_results_province", Results::Province),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Results::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ResultProposals::Table)
                    .col(uuid(ResultProposals::ResultId))
                    .col(uuid(ResultProposals::ProposalId))
                    .col(timestamp_with_time_zone(ResultProposals::LinkedAt))
                    .primary_key(
                        Index::create()
                            .col(ResultProposals::ResultId)
                            .col(ResultProposals::ProposalId),
                    )
                    .foreign_key(&mut reference(
                        ResultProposals::Table,
                        ResultProposals::ResultId,
                        Results::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        ResultProposals::Table,
                        ResultProposals::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_result_proposals_proposal")
                    .table(ResultProposals::Table)
                    .col(ResultProposals::ProposalId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ResultMilestones::Table)
                    .col(uuid(ResultMilestones::Id).primary_key())
                    .col(uuid(ResultMilestones::ResultId))
                    .col(string_len(ResultMilestones::Title, 800))
                    .col(date(ResultMilestones::DueDate))
                    .col(date_null(ResultMilestones::DoneDate))
                    .col(text(ResultMilestones::Evidence))
                    .col(timestamp_with_time_zone(ResultMilestones::CreatedAt))
                    .col(timestamp_with_time_zone(ResultMilestones::UpdatedAt))
                    .foreign_key(&mut reference(
                        ResultMilestones::Table,
                        ResultMilestones::ResultId,
                        Results::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_result_milestones_result")
                    .table(ResultMilestones::Table)
                    .col(ResultMilestones::ResultId)
                    .col(ResultMilestones::DueDate)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ResultUpdates::Table)
                    .col(uuid(ResultUpdates::Id).primary_key())
                    .col(uuid(ResultUpdates::ResultId))
                    .col(integer_null(ResultUpdates::Progress))
                    .col(string_len(ResultUpdates::Status, 16))
                    .col(text_null(ResultUpdates::Note))
                    .col(uuid_null(ResultUpdates::AuthorId))
                    .col(timestamp_with_time_zone(ResultUpdates::CreatedAt))
                    .foreign_key(&mut reference(
                        ResultUpdates::Table,
                        ResultUpdates::ResultId,
                        Results::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        ResultUpdates::Table,
                        ResultUpdates::AuthorId,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_result_updates_result")
                    .table(ResultUpdates::Table)
                    .col(ResultUpdates::ResultId)
                    .col(ResultUpdates::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                ResultUpdates::Table.into_iden(),
                ResultMilestones::Table.into_iden(),
                ResultProposals::Table.into_iden(),
                Results::Table.into_iden(),
            ],
        )
        .await
    }
}
