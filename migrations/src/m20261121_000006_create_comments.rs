//! Threaded comments on proposals and the up/down votes on them.

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000004_create_proposals::Proposals;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Comments {
    Table,
    Id,
    ProposalId,
    ParentId,
    AuthorId,
    Depth,
    Body,
    BodyHtml,
    Stance,
    UpCount,
    DownCount,
    ReplyCount,
    HiddenAt,
    HiddenReason,
    DeletedAt,
    EditedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CommentVotes {
    Table,
    CommentId,
    UserId,
    Value,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Comments::Table)
                    .col(uuid(Comments::Id).primary_key())
                    .col(uuid(Comments::ProposalId))
                    .col(uuid_null(Comments::ParentId))
                    .col(uuid(Comments::AuthorId))
                    .col(small_integer(Comments::Depth))
                    .col(text(Comments::Body))
                    .col(text(Comments::BodyHtml))
                    .col(string(Comments::Stance))
                    .col(integer(Comments::UpCount).default(0))
                    .col(integer(Comments::DownCount).default(0))
                    .col(integer(Comments::ReplyCount).default(0))
                    .col(timestamp_with_time_zone_null(Comments::HiddenAt))
                    .col(text_null(Comments::HiddenReason))
                    .col(timestamp_with_time_zone_null(Comments::DeletedAt))
                    .col(timestamp_with_time_zone_null(Comments::EditedAt))
                    .col(timestamp_with_time_zone(Comments::CreatedAt))
                    .foreign_key(&mut reference(
                        Comments::Table,
                        Comments::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Comments::Table,
                        Comments::ParentId,
                        Comments::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Comments::Table,
                        Comments::AuthorId,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_comments_proposal")
                    .table(Comments::Table)
                    .col(Comments::ProposalId)
                    .col(Comments::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CommentVotes::Table)
                    .col(uuid(CommentVotes::CommentId))
                    .col(uuid(CommentVotes::UserId))
                    .col(small_integer(CommentVotes::Value))
                    .col(timestamp_with_time_zone(CommentVotes::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(CommentVotes::CommentId)
                            .col(CommentVotes::UserId),
                    )
                    .foreign_key(&mut reference(
                        CommentVotes::Table,
                        CommentVotes::CommentId,
                        Comments::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        CommentVotes::Table,
                        CommentVotes::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CommentVotes::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Comments::Table).to_owned())
            .await
    }
}
