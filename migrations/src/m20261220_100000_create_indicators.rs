//! Social-impact indicators: a measure with a baseline and a target, on a result or on a
//! consultation itself, and the values measured for it, which are only ever added to.

use crate::m20261121_000003_create_consultations::Consultations;
use crate::reference;
use crate::{drop_tables, m20261121_000001_create_accounts::Users};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Results {
    Table,
}

#[derive(DeriveIden)]
enum Indicators {
    Table,
    Id,
    ConsultationId,
    ResultId,
    Name,
    NameEn,
    Unit,
    Baseline,
    Target,
    Description,
    Position,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum IndicatorValues {
    Table,
    Id,
    IndicatorId,
    Value,
    MeasuredOn,
    Source,
    SourceUrl,
    Note,
    RecordedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Indicators::Table)
                    .col(uuid(Indicators::Id).primary_key())
                    // Always the consultation's; `result_id` set means it belongs to that result.
                    .col(uuid(Indicators::ConsultationId))
                    .col(uuid_null(Indicators::ResultId))
                    .col(string_len(Indicators::Name, 800))
                    .col(string_len_null(Indicators::NameEn, 800))
                    .col(string_len(Indicators::Unit, 160))
                    .col(double(Indicators::Baseline))
                    .col(double(Indicators::Target))
                    .col(text_null(Indicators::Description))
                    .col(integer(Indicators::Position))
                    .col(uuid_null(Indicators::CreatedBy))
                    .col(timestamp_with_time_zone(Indicators::CreatedAt))
                    .col(timestamp_with_time_zone(Indicators::UpdatedAt))
                    .foreign_key(&mut reference(
                        Indicators::Table,
                        Indicators::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Indicators::Table,
                        Indicators::ResultId,
                        Results::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Indicators::Table,
                        Indicators::CreatedBy,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_indicators_consultation", Indicators::ConsultationId),
            ("idx_indicators_result", Indicators::ResultId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Indicators::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(IndicatorValues::Table)
                    .col(uuid(IndicatorValues::Id).primary_key())
                    .col(uuid(IndicatorValues::IndicatorId))
                    .col(double(IndicatorValues::Value))
                    .col(date(IndicatorValues::MeasuredOn))
                    .col(string_len(IndicatorValues::Source, 2000))
                    .col(string_len_null(IndicatorValues::SourceUrl, 2000))
                    .col(text_null(IndicatorValues::Note))
                    .col(uuid_null(IndicatorValues::RecordedBy))
                    .col(timestamp_with_time_zone(IndicatorValues::CreatedAt))
                    .foreign_key(&mut reference(
                        IndicatorValues::Table,
                        IndicatorValues::IndicatorId,
                        Indicators::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        IndicatorValues::Table,
                        IndicatorValues::RecordedBy,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_indicator_values_indicator")
                    .table(IndicatorValues::Table)
                    .col(IndicatorValues::IndicatorId)
                    .col(IndicatorValues::MeasuredOn)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                IndicatorValues::Table.into_iden(),
                Indicators::Table.into_iden(),
            ],
        )
        .await
    }
}
