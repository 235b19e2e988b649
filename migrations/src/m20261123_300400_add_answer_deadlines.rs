//! Accountability: a consultation's answer deadline (days after the review phase starts) and
//! the support threshold above which a proposal must be answered; a proposal's first answer
//! date, which decides whether it was answered on time.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Consultations {
    Table,
    AnswerDueDays,
    AnswerSupportThreshold,
}

#[derive(DeriveIden)]
enum Proposals {
    Table,
    FirstRespondedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .add_column(integer_null(Consultations::AnswerDueDays))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .add_column(integer_null(Consultations::AnswerSupportThreshold))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Proposals::Table)
                    .add_column(timestamp_with_time_zone_null(Proposals::FirstRespondedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Proposals::Table)
                    .drop_column(Proposals::FirstRespondedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .drop_column(Consultations::AnswerSupportThreshold)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .drop_column(Consultations::AnswerDueDays)
                    .to_owned(),
            )
            .await
    }
}
