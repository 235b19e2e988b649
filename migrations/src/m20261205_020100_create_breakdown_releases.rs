//! The breakdown figures last released per consultation and dimension, per group, as JSON:
//! a group's figures change only when enough new participants joined it (see
//! `domain::agency::release`).

use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum BreakdownReleases {
    Table,
    ConsultationId,
    Dimension,
    Groups,
    UpdatedAt,
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
                    .table(BreakdownReleases::Table)
                    .col(uuid(BreakdownReleases::ConsultationId))
                    .col(string(BreakdownReleases::Dimension))
                    .col(text(BreakdownReleases::Groups))
                    .col(timestamp_with_time_zone(BreakdownReleases::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(BreakdownReleases::ConsultationId)
                            .col(BreakdownReleases::Dimension),
                    )
                    .foreign_key(&mut reference(
                        BreakdownReleases::Table,
                        BreakdownReleases::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(BreakdownReleases::Table).to_owned())
            .await
    }
}
