//! A consultation's optional English title and summary, shown to readers who chose English.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Consultations {
    Table,
    TitleEn,
    SummaryEn,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .add_column(string_null(Consultations::TitleEn))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .add_column(text_null(Consultations::SummaryEn))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .drop_column(Consultations::SummaryEn)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .drop_column(Consultations::TitleEn)
                    .to_owned(),
            )
            .await
    }
}
