//! `Idempotency-Key` records: one row per (caller, key), claimed before the request runs and
//! holding its successful response afterwards, so a retry is answered without running again.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum IdempotencyKeys {
    Table,
    Scope,
    Key,
    Fingerprint,
    Status,
    ContentType,
    Location,
    Body,
    CreatedMs,
    ExpiresMs,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(IdempotencyKeys::Table)
                    .col(string(IdempotencyKeys::Scope))
                    .col(string(IdempotencyKeys::Key))
                    .col(string(IdempotencyKeys::Fingerprint))
                    // NULL while the first request is still running.
                    .col(small_integer_null(IdempotencyKeys::Status))
                    .col(string_null(IdempotencyKeys::ContentType))
                    .col(string_null(IdempotencyKeys::Location))
                    .col(blob_null(IdempotencyKeys::Body))
                    .col(big_integer(IdempotencyKeys::CreatedMs))
                    .col(big_integer(IdempotencyKeys::ExpiresMs))
                    .primary_key(
                        Index::create()
                            .col(IdempotencyKeys::Scope)
                            .col(IdempotencyKeys::Key),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_idempotency_keys_expiry")
                    .table(IdempotencyKeys::Table)
                    .col(IdempotencyKeys::ExpiresMs)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(IdempotencyKeys::Table).to_owned())
            .await
    }
}
