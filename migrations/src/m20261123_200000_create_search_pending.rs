//! `search_pending`: one row per searchable document whose index entry may be behind the
//! database. Writes bump `version` in their own transaction (one small upsert, however many
//! votes a proposal gets); the indexer copies the document's current state into the search
//! engine and records the version it wrote. A row is pending while `pending_since` is set.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SearchPending {
    Table,
    DocType,
    DocId,
    Version,
    IndexedVersion,
    ChangedAt,
    PendingSince,
    AvailableAt,
    Attempts,
    LastError,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SearchPending::Table)
                    .col(string_len(SearchPending::DocType, 16))
                    .col(uuid(SearchPending::DocId))
                    .col(big_integer(SearchPending::Version))
                    .col(big_integer(SearchPending::IndexedVersion))
                    .col(timestamp_with_time_zone(SearchPending::ChangedAt))
                    .col(timestamp_with_time_zone_null(SearchPending::PendingSince))
                    .col(timestamp_with_time_zone(SearchPending::AvailableAt))
                    .col(integer(SearchPending::Attempts))
                    .col(text_null(SearchPending::LastError))
                    .primary_key(
                        Index::create()
                            .col(SearchPending::DocType)
                            .col(SearchPending::DocId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_search_pending_since")
                    .table(SearchPending::Table)
                    .col(SearchPending::PendingSince)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_search_pending_changed_at")
                    .table(SearchPending::Table)
                    .col(SearchPending::ChangedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SearchPending::Table).to_owned())
            .await
    }
}
