//! Flags weigh by their reporter's standing: each flag keeps the weight it had when it was
//! made (in hundredths of an established participant's flag), and a reporter's past flags are
//! found by reporter, to tell how often they were upheld or dismissed.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Flags {
    Table,
    Weight,
    ReporterId,
    Resolution,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Flags made before weighing counted one each, as an established participant's does.
        manager
            .alter_table(
                Table::alter()
                    .table(Flags::Table)
                    .add_column(integer(Flags::Weight).default(100))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_flags_reporter")
                    .table(Flags::Table)
                    .col(Flags::ReporterId)
                    .col(Flags::Resolution)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_flags_reporter")
                    .table(Flags::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Flags::Table)
                    .drop_column(Flags::Weight)
                    .to_owned(),
            )
            .await
    }
}
