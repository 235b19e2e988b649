//! Fingerprints of what each account posted recently, so the same text posted again and again
//! can be refused.

use crate::m20261121_000001_create_accounts::Users;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum TextFingerprints {
    Table,
    Id,
    UserId,
    Fingerprint,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TextFingerprints::Table)
                    .col(uuid(TextFingerprints::Id).primary_key())
                    .col(uuid(TextFingerprints::UserId))
                    .col(string(TextFingerprints::Fingerprint))
                    .col(timestamp_with_time_zone(TextFingerprints::CreatedAt))
                    .foreign_key(&mut reference(
                        TextFingerprints::Table,
                        TextFingerprints::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_text_fingerprints_lookup")
                    .table(TextFingerprints::Table)
                    .col(TextFingerprints::UserId)
                    .col(TextFingerprints::Fingerprint)
                    .col(TextFingerprints::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_text_fingerprints_age")
                    .table(TextFingerprints::Table)
                    .col(TextFingerprints::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(TextFingerprints::Table).to_owned())
            .await
    }
}
