//! Consultations: the questions a policy lab or agency puts to the public, with their phases.

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000002_create_organizations::Organizations;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub(crate) enum Consultations {
    Table,
    Id,
    Slug,
    Title,
    Summary,
    Body,
    BodyHtml,
    OwnerOrganizationId,
    Phase,
    Themes,
    Provinces,
    Criteria,
    IdeationStartsAt,
    VotingStartsAt,
    ReviewStartsAt,
    ClosesAt,
    ProposalCount,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Consultations::Table)
                    .col(uuid(Consultations::Id).primary_key())
                    .col(string_uniq(Consultations::Slug))
                    .col(string(Consultations::Title))
                    .col(text(Consultations::Summary))
                    .col(text(Consultations::Body))
                    .col(text(Consultations::BodyHtml))
                    .col(uuid_null(Consultations::OwnerOrganizationId))
                    .col(string(Consultations::Phase))
                    .col(json(Consultations::Themes))
                    .col(json(Consultations::Provinces))
                    .col(json(Consultations::Criteria))
                    .col(timestamp_with_time_zone_null(
                        Consultations::IdeationStartsAt,
                    ))
                    .col(timestamp_with_time_zone_null(Consultations::VotingStartsAt))
                    .col(timestamp_with_time_zone_null(Consultations::ReviewStartsAt))
                    .col(timestamp_with_time_zone_null(Consultations::ClosesAt))
                    .col(integer(Consultations::ProposalCount).default(0))
                    .col(uuid(Consultations::CreatedBy))
                    .col(timestamp_with_time_zone(Consultations::CreatedAt))
                    .col(timestamp_with_time_zone(Consultations::UpdatedAt))
                    .foreign_key(&mut reference(
                        Consultations::Table,
                        Consultations::OwnerOrganizationId,
                        Organizations::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut reference(
                        Consultations::Table,
                        Consultations::CreatedBy,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consultations_phase")
                    .table(Consultations::Table)
                    .col(Consultations::Phase)
                    .col(Consultations::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Consultations::Table).to_owned())
            .await
    }
}
