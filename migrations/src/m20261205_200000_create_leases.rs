//! Leases: which process does a piece of periodic work that must happen once however many
//! processes run (opinion groups, the daily digest, housekeeping). One row per task, naming
//! its holder and when its claim lapses (milliseconds since the epoch, on the database's
//! clock, so hosts whose clocks differ still agree).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Leases {
    Table,
    Name,
    Holder,
    ExpiresAtMs,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Leases::Table)
                    .col(string(Leases::Name).primary_key())
                    .col(string(Leases::Holder))
                    .col(big_integer(Leases::ExpiresAtMs))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Leases::Table).to_owned())
            .await
    }
}
