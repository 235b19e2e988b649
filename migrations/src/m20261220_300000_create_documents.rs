//! Documents a consultation produces (a charter, a strategy), their versions and the
//! signatures organisations put on a published version. A published version never changes:
//! its content hash is what each signature names.

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000002_create_organizations::Organizations;
use crate::m20261121_000003_create_consultations::Consultations;
use crate::{drop_tables, reference};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Documents {
    Table,
    Id,
    ConsultationId,
    Kind,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DocumentVersions {
    Table,
    Id,
    DocumentId,
    Number,
    Title,
    TitleEn,
    Paragraphs,
    ContentHash,
    PublishedAt,
    PublishedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DocumentSignatures {
    Table,
    VersionId,
    OrganizationId,
    SignerId,
    ContentHash,
    SignedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Documents::Table)
                    .col(uuid(Documents::Id).primary_key())
                    .col(uuid(Documents::ConsultationId))
                    .col(string_len(Documents::Kind, 16))
                    .col(uuid_null(Documents::CreatedBy))
                    .col(timestamp_with_time_zone(Documents::CreatedAt))
                    .col(timestamp_with_time_zone(Documents::UpdatedAt))
                    .foreign_key(&mut reference(
                        Documents::Table,
                        Documents::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Documents::Table,
                        Documents::CreatedBy,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_documents_consultation")
                    .table(Documents::Table)
                    .col(Documents::ConsultationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DocumentVersions::Table)
                    .col(uuid(DocumentVersions::Id).primary_key())
                    .col(uuid(DocumentVersions::DocumentId))
                    .col(integer(DocumentVersions::Number))
                    .col(string_len(DocumentVersions::Title, 800))
                    .col(string_len_null(DocumentVersions::TitleEn, 800))
                    .col(json(DocumentVersions::Paragraphs))
                    .col(string_len_null(DocumentVersions::ContentHash, 64))
                    .col(timestamp_with_time_zone_null(DocumentVersions::PublishedAt))
                    .col(uuid_null(DocumentVersions::PublishedBy))
                    .col(timestamp_with_time_zone(DocumentVersions::CreatedAt))
                    .col(timestamp_with_time_zone(DocumentVersions::UpdatedAt))
                    .foreign_key(&mut reference(
                        DocumentVersions::Table,
                        DocumentVersions::DocumentId,
                        Documents::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        DocumentVersions::Table,
                        DocumentVersions::PublishedBy,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        // One version per number: two writers starting a draft at once cannot both succeed.
        manager
            .create_index(
                Index::create()
                    .name("idx_document_versions_number")
                    .table(DocumentVersions::Table)
                    .col(DocumentVersions::DocumentId)
                    .col(DocumentVersions::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DocumentSignatures::Table)
                    .col(uuid(DocumentSignatures::VersionId))
                    .col(uuid(DocumentSignatures::OrganizationId))
                    .col(uuid_null(DocumentSignatures::SignerId))
                    .col(string_len(DocumentSignatures::ContentHash, 64))
                    .col(timestamp_with_time_zone(DocumentSignatures::SignedAt))
                    // One signature per organisation per version.
                    .primary_key(
                        Index::create()
                            .col(DocumentSignatures::VersionId)
                            .col(DocumentSignatures::OrganizationId),
                    )
                    .foreign_key(&mut reference(
                        DocumentSignatures::Table,
                        DocumentSignatures::VersionId,
                        DocumentVersions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        DocumentSignatures::Table,
                        DocumentSignatures::OrganizationId,
                        Organizations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        DocumentSignatures::Table,
                        DocumentSignatures::SignerId,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            [
                DocumentSignatures::Table.into_iden(),
                DocumentVersions::Table.into_iden(),
                Documents::Table.into_iden(),
            ],
        )
        .await
    }
}
