//! Remarks on a published document version's paragraphs: comments, and suggested amendments
//! that the document's writers accept (into the next draft) or reject, with a reason.

use crate::m20261121_000001_create_accounts::Users;
use crate::{drop_tables, reference};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Documents {
    Table,
}

#[derive(DeriveIden)]
enum DocumentVersions {
    Table,
}

#[derive(DeriveIden)]
enum DocumentRemarks {
    Table,
    Id,
    DocumentId,
    VersionId,
    Paragraph,
    Kind,
    Body,
    OriginalText,
    ProposedText,
    Status,
    DecisionReason,
    DecidedBy,
    DecidedAt,
    AuthorId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DocumentRemarks::Table)
                    .col(uuid(DocumentRemarks::Id).primary_key())
                    .col(uuid(DocumentRemarks::DocumentId))
                    .col(uuid(DocumentRemarks::VersionId))
                    .col(integer(DocumentRemarks::Paragraph))
                    .col(string_len(DocumentRemarks::Kind, 16))
                    .col(text(DocumentRemarks::Body))
                    .col(text_null(DocumentRemarks::OriginalText))
                    .col(text_null(DocumentRemarks::ProposedText))
                    .col(string_len_null(DocumentRemarks::Status, 16))
                    .col(text_null(DocumentRemarks::DecisionReason))
                    .col(uuid_null(DocumentRemarks::DecidedBy))
                    .col(timestamp_with_time_zone_null(DocumentRemarks::DecidedAt))
                    .col(uuid_null(DocumentRemarks::AuthorId))
                    .col(timestamp_with_time_zone(DocumentRemarks::CreatedAt))
                    .foreign_key(&mut reference(
                        DocumentRemarks::Table,
                        DocumentRemarks::DocumentId,
                        Documents::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        DocumentRemarks::Table,
                        DocumentRemarks::VersionId,
                        DocumentVersions::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        DocumentRemarks::Table,
                        DocumentRemarks::DecidedBy,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut reference(
                        DocumentRemarks::Table,
                        DocumentRemarks::AuthorId,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        // A version's remarks are read together, paragraph by paragraph.
        manager
            .create_index(
                Index::create()
                    .name("idx_document_remarks_version")
                    .table(DocumentRemarks::Table)
                    .col(DocumentRemarks::VersionId)
                    .col(DocumentRemarks::Paragraph)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, [DocumentRemarks::Table.into_iden()]).await
    }
}
