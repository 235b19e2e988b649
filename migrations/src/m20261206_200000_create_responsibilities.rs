//! Who answers what: per consultation, a map from (theme or any) × (province or any) to the
//! organisation responsible; each proposal's responsible organisation (routed from the map
//! or reassigned by hand), and the organisation that signed its official answer.

use crate::m20261121_000002_create_organizations::Organizations;
use crate::m20261121_000003_create_consultations::Consultations;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Responsibilities {
    Table,
    Id,
    ConsultationId,
    Theme,
    Province,
    OrganizationId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Proposals {
    Table,
    ResponsibleOrganizationId,
    RoutedByHand,
    AnsweringOrganizationId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // "Any theme" and "any province" are stored as '' rather than NULL, so that the unique
        // index below holds one row per cell on both databases (NULLs never collide).
        manager
            .create_table(
                Table::create()
                    .table(Responsibilities::Table)
                    .col(uuid(Responsibilities::Id).primary_key())
                    .col(uuid(Responsibilities::ConsultationId))
                    .col(string(Responsibilities::Theme).default(""))
                    .col(string(Responsibilities::Province).default(""))
                    .col(uuid(Responsibilities::OrganizationId))
                    .col(timestamp_with_time_zone(Responsibilities::CreatedAt))
                    .foreign_key(&mut reference(
                        Responsibilities::Table,
                        Responsibilities::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Responsibilities::Table,
                        Responsibilities::OrganizationId,
                        Organizations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_responsibilities_cell")
                    .table(Responsibilities::Table)
                    .col(Responsibilities::ConsultationId)
                    .col(Responsibilities::Theme)
                    .col(Responsibilities::Province)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_responsibilities_organization")
                    .table(Responsibilities::Table)
                    .col(Responsibilities::OrganizationId)
                    .to_owned(),
            )
            .await?;
        // One column per statement: SQLite alters one thing at a time.
        for column in [
            uuid_null(Proposals::ResponsibleOrganizationId),
            boolean(Proposals::RoutedByHand).default(false).to_owned(),
            uuid_null(Proposals::AnsweringOrganizationId),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Proposals::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_proposals_responsible")
                    .table(Proposals::Table)
                    .col(Proposals::ResponsibleOrganizationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_proposals_responsible")
                    .table(Proposals::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            Proposals::AnsweringOrganizationId,
            Proposals::RoutedByHand,
            Proposals::ResponsibleOrganizationId,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Proposals::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(Responsibilities::Table).to_owned())
            .await
    }
}
