//! A rate-limit row now keeps the arrival time its last update started from (`base_ms`)
//! instead of the id of the request it last let through: one statement counts a whole group
//! of requests, and the difference between the two times says how many of them fitted.
//! The old values meant nothing past their own statement, so they are kept as they are.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RateLimits {
    Table,
    GrantId,
    BaseMs,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(RateLimits::Table)
                    .rename_column(RateLimits::GrantId, RateLimits::BaseMs)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(RateLimits::Table)
                    .rename_column(RateLimits::BaseMs, RateLimits::GrantId)
                    .to_owned(),
            )
            .await
    }
}
