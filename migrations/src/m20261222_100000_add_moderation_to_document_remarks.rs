//! Remarks on documents are moderated like comments: they count their open flags and can be
//! hidden, with a public reason, by a moderator (`hidden_by`) or by flags pending review
//! (`hidden_by` empty).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DocumentRemarks {
    Table,
    FlagCount,
    HiddenAt,
    HiddenReason,
    HiddenBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        for column in [
            integer(DocumentRemarks::FlagCount).default(0).to_owned(),
            timestamp_with_time_zone_null(DocumentRemarks::HiddenAt),
            text_null(DocumentRemarks::HiddenReason),
            uuid_null(DocumentRemarks::HiddenBy),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(DocumentRemarks::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            DocumentRemarks::HiddenBy,
            DocumentRemarks::HiddenReason,
            DocumentRemarks::HiddenAt,
            DocumentRemarks::FlagCount,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(DocumentRemarks::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
