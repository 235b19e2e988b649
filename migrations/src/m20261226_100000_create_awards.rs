//! Award-style assessment: a call organisations apply to, criteria in dimensions with weights,
//! assessors assigned per application who declare any conflict of interest, their scores,
//! and the stage each application reaches.

use crate::m20261121_000001_create_accounts::Users;
use crate::{drop_tables, reference};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organizations {
    Table,
}

#[derive(DeriveIden)]
enum AwardCalls {
    Table,
    Id,
    OrganizationId,
    Title,
    TitleEn,
    Description,
    SiteVisitThreshold,
    Stage,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AwardCriteria {
    Table,
    Id,
    CallId,
    Dimension,
    Name,
    NameEn,
    Weight,
    Position,
}

#[derive(DeriveIden)]
enum AwardApplications {
    Table,
    Id,
    CallId,
    OrganizationId,
    SubmittedBy,
    Title,
    Summary,
    Stage,
    Score,
    CreatedAt,
    DecidedAt,
}

#[derive(DeriveIden)]
enum AwardAssessors {
    Table,
    ApplicationId,
    UserId,
    HasConflict,
    ConflictNote,
    DeclaredAt,
    AssignedBy,
    AssignedAt,
}

#[derive(DeriveIden)]
enum AwardScores {
    Table,
    ApplicationId,
    UserId,
    CriterionId,
    Score,
    ScoredAt,
}

async fn create_calls(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(AwardCalls::Table)
                .col(uuid(AwardCalls::Id).primary_key())
                .col(uuid(AwardCalls::OrganizationId))
                .col(string_len(AwardCalls::Title, 800))
                .col(string_len_null(AwardCalls::TitleEn, 800))
                .col(text(AwardCalls::Description))
                // Percent of the highest possible weighted score, 0–100.
                .col(integer(AwardCalls::SiteVisitThreshold))
                .col(string_len(AwardCalls::Stage, 20))
                .col(uuid_null(AwardCalls::CreatedBy))
                .col(timestamp_with_time_zone(AwardCalls::CreatedAt))
                .col(timestamp_with_time_zone(AwardCalls::UpdatedAt))
                .foreign_key(&mut reference(
                    AwardCalls::Table,
                    AwardCalls::OrganizationId,
                    Organizations::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut reference(
                    AwardCalls::Table,
                    AwardCalls::CreatedBy,
                    Users::Table,
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
    manager
        .create_table(
            Table::create()
                .table(AwardCriteria::Table)
                .col(uuid(AwardCriteria::Id).primary_key())
                .col(uuid(AwardCriteria::CallId))
                .col(string_len(AwardCriteria::Dimension, 20))
                .col(string_len(AwardCriteria::Name, 800))
                .col(string_len_null(AwardCriteria::NameEn, 800))
                .col(integer(AwardCriteria::Weight))
                .col(integer(AwardCriteria::Position))
                .foreign_key(&mut reference(
                    AwardCriteria::Table,
                    AwardCriteria::CallId,
                    AwardCalls::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_award_criteria_call")
                .table(AwardCriteria::Table)
                .col(AwardCriteria::CallId)
                .to_owned(),
        )
        .await
}

async fn create_applications(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(AwardApplications::Table)
                .col(uuid(AwardApplications::Id).primary_key())
                .col(uuid(AwardApplications::CallId))
                .col(uuid(AwardApplications::OrganizationId))
                .col(uuid_null(AwardApplications::SubmittedBy))
                .col(string_len(AwardApplications::Title, 800))
                .col(text(AwardApplications::Summary))
                .col(string_len(AwardApplications::Stage, 20))
                // The mean weighted score (percent) it was decided on; set with the decision.
                .col(double_null(AwardApplications::Score))
                .col(timestamp_with_time_zone(AwardApplications::CreatedAt))
                .col(timestamp_with_time_zone_null(AwardApplications::DecidedAt))
                .foreign_key(&mut reference(
                    AwardApplications::Table,
                    AwardApplications::CallId,
                    AwardCalls::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut reference(
                    AwardApplications::Table,
                    AwardApplications::OrganizationId,
                    Organizations::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut reference(
                    AwardApplications::Table,
                    AwardApplications::SubmittedBy,
                    Users::Table,
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
    // One application per organisation and call.
    manager
        .create_index(
            Index::create()
                .name("idx_award_applications_call_organization")
                .table(AwardApplications::Table)
                .col(AwardApplications::CallId)
                .col(AwardApplications::OrganizationId)
                .unique()
                .to_owned(),
        )
        .await
}

async fn create_assessments(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(AwardAssessors::Table)
                .col(uuid(AwardAssessors::ApplicationId))
                .col(uuid(AwardAssessors::UserId))
                // Null until the assessor declares; true recuses them.
                .col(boolean_null(AwardAssessors::HasConflict))
                .col(text_null(AwardAssessors::ConflictNote))
                .col(timestamp_with_time_zone_null(AwardAssessors::DeclaredAt))
                .col(uuid_null(AwardAssessors::AssignedBy))
                .col(timestamp_with_time_zone(AwardAssessors::AssignedAt))
                .primary_key(
                    Index::create()
                        .col(AwardAssessors::ApplicationId)
                        .col(AwardAssessors::UserId),
                )
                .foreign_key(&mut reference(
                    AwardAssessors::Table,
                    AwardAssessors::ApplicationId,
                    AwardApplications::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut reference(
                    AwardAssessors::Table,
                    AwardAssessors::UserId,
                    Users::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut reference(
                    AwardAssessors::Table,
                    AwardAssessors::AssignedBy,
                    Users::Table,
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
    manager
        .create_index(
            Index::create()
                .name("idx_award_assessors_user")
                .table(AwardAssessors::Table)
                .col(AwardAssessors::UserId)
                .to_owned(),
        )
        .await?;
    manager
        .create_table(
            Table::create()
                .table(AwardScores::Table)
                .col(uuid(AwardScores::ApplicationId))
                .col(uuid(AwardScores::UserId))
                .col(uuid(AwardScores::CriterionId))
                .col(integer(AwardScores::Score))
                .col(timestamp_with_time_zone(AwardScores::ScoredAt))
                .primary_key(
                    Index::create()
                        .col(AwardScores::ApplicationId)
                        .col(AwardScores::UserId)
                        .col(AwardScores::CriterionId),
                )
                .foreign_key(&mut reference(
                    AwardScores::Table,
                    AwardScores::ApplicationId,
                    AwardApplications::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut reference(
                    AwardScores::Table,
                    AwardScores::UserId,
                    Users::Table,
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut reference(
                    AwardScores::Table,
                    AwardScores::CriterionId,
                    AwardCriteria::Table,
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_calls(manager).await?;
        create_applications(manager).await?;
        create_assessments(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                AwardScores::Table.into_iden(),
                AwardAssessors::Table.into_iden(),
                AwardApplications::Table.into_iden(),
                AwardCriteria::Table.into_iden(),
                AwardCalls::Table.into_iden(),
            ],
        )
        .await
    }
}
