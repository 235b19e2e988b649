//! Uploaded files: images on proposals and documents attached to consultations and official
//! answers. The bytes live in object storage under a content-addressed key; a row says whose
//! file it is, what it is and how to show it.

use crate::m20261121_000001_create_accounts::Users;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Media {
    Table,
    Id,
    OwnerKind,
    OwnerId,
    Kind,
    StorageKey,
    ThumbnailKey,
    ContentType,
    Bytes,
    Width,
    Height,
    AltText,
    Filename,
    UploaderId,
    Position,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Media::Table)
                    .col(uuid(Media::Id).primary_key())
                    .col(string_len(Media::OwnerKind, 16))
                    .col(uuid(Media::OwnerId))
                    .col(string_len(Media::Kind, 16))
                    .col(string_len(Media::StorageKey, 200))
                    .col(string_len_null(Media::ThumbnailKey, 200))
                    .col(string_len(Media::ContentType, 120))
                    .col(big_integer(Media::Bytes))
                    .col(integer_null(Media::Width))
                    .col(integer_null(Media::Height))
                    .col(string_len_null(Media::AltText, 500))
                    .col(string_len_null(Media::Filename, 300))
                    .col(uuid_null(Media::UploaderId))
                    .col(integer(Media::Position))
                    .col(timestamp_with_time_zone(Media::CreatedAt))
                    .foreign_key(&mut reference(
                        Media::Table,
                        Media::UploaderId,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("media_by_owner")
                    .table(Media::Table)
                    .col(Media::OwnerKind)
                    .col(Media::OwnerId)
                    .col(Media::Position)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("media_by_storage_key")
                    .table(Media::Table)
                    .col(Media::StorageKey)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Media::Table).to_owned())
            .await
    }
}
