//! Rate-limit state shared by every server process: one row per limited key holding its
//! theoretical arrival time (the generic cell rate algorithm) in milliseconds since the epoch,
//! and the interval and window it was last counted with (a later migration renames `grant_id`
//! to `base_ms`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RateLimits {
    Table,
    Key,
    TatMs,
    GrantId,
    IntervalMs,
    WindowMs,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RateLimits::Table)
                    .col(string(RateLimits::Key).primary_key())
                    .col(big_integer(RateLimits::TatMs))
                    .col(big_integer(RateLimits::GrantId))
                    .col(big_integer(RateLimits::IntervalMs))
                    .col(big_integer(RateLimits::WindowMs))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_rate_limits_expiry")
                    .table(RateLimits::Table)
                    .col(RateLimits::TatMs)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RateLimits::Table).to_owned())
            .await
    }
}
