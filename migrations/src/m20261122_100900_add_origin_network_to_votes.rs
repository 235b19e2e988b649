//! The network a vote came from (an IPv4 /24 or IPv6 /48, never the full address), so
//! moderators can see bursts of support from one address range.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Votes {
    Table,
    OriginNetwork,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Votes::Table)
                    .add_column(string_null(Votes::OriginNetwork))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Votes::Table)
                    .drop_column(Votes::OriginNetwork)
                    .to_owned(),
            )
            .await
    }
}
