//! Proposals, with their counters and rank scores kept beside them, and their revisions.

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000003_create_consultations::Consultations;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub(crate) enum Proposals {
    Table,
    Id,
    ConsultationId,
    AuthorId,
    Title,
    Body,
    BodyHtml,
    Theme,
    Province,
    Status,
    OfficialResponse,
    RespondedAt,
    AgreeCount,
    DisagreeCount,
    PassCount,
    CommentCount,
    FollowerCount,
    FlagCount,
    SupportScore,
    HotScore,
    ControversyScore,
    HiddenAt,
    HiddenReason,
    LockedAt,
    Pinned,
    MergedInto,
    WithdrawnAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProposalRevisions {
    Table,
    Id,
    ProposalId,
    EditorId,
    Title,
    Body,
    Theme,
    Province,
    CreatedAt,
}

/// The keyset indexes behind each list order: (consultation, score, id).
const SORT_INDEXES: [(&str, Proposals); 4] = [
    ("idx_proposals_new", Proposals::Id),
    ("idx_proposals_top", Proposals::SupportScore),
    ("idx_proposals_hot", Proposals::HotScore),
    ("idx_proposals_controversial", Proposals::ControversyScore),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Proposals::Table)
                    .col(uuid(Proposals::Id).primary_key())
                    .col(uuid(Proposals::ConsultationId))
                    .col(uuid(Proposals::AuthorId))
                    .col(string(Proposals::Title))
                    .col(text(Proposals::Body))
                    .col(text(Proposals::BodyHtml))
                    .col(string_null(Proposals::Theme))
                    .col(string_null(Proposals::Province))
                    .col(string(Proposals::Status))
                    .col(text_null(Proposals::OfficialResponse))
                    .col(timestamp_with_time_zone_null(Proposals::RespondedAt))
                    .col(integer(Proposals::AgreeCount).default(0))
                    .col(integer(Proposals::DisagreeCount).default(0))
                    .col(integer(Proposals::PassCount).default(0))
                    .col(integer(Proposals::CommentCount).default(0))
                    .col(integer(Proposals::FollowerCount).default(0))
                    .col(integer(Proposals::FlagCount).default(0))
                    .col(integer(Proposals::SupportScore).default(0))
                    .col(double(Proposals::HotScore).default(0.0))
                    .col(double(Proposals::ControversyScore).default(0.0))
                    .col(timestamp_with_time_zone_null(Proposals::HiddenAt))
                    .col(text_null(Proposals::HiddenReason))
                    .col(timestamp_with_time_zone_null(Proposals::LockedAt))
                    .col(boolean(Proposals::Pinned).default(false))
                    .col(uuid_null(Proposals::MergedInto))
                    .col(timestamp_with_time_zone_null(Proposals::WithdrawnAt))
                    .col(timestamp_with_time_zone(Proposals::CreatedAt))
                    .col(timestamp_with_time_zone(Proposals::UpdatedAt))
                    .foreign_key(&mut reference(
                        Proposals::Table,
                        Proposals::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Proposals::Table,
                        Proposals::AuthorId,
                        Users::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, score) in SORT_INDEXES {
            let mut index = Index::create();
            index
                .name(name)
                .table(Proposals::Table)
                .col(Proposals::ConsultationId);
            if !matches!(score, Proposals::Id) {
                index.col(score);
            }
            manager
                .create_index(index.col(Proposals::Id).to_owned())
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_proposals_author")
                    .table(Proposals::Table)
                    .col(Proposals::AuthorId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalRevisions::Table)
                    .col(uuid(ProposalRevisions::Id).primary_key())
                    .col(uuid(ProposalRevisions::ProposalId))
                    .col(uuid(ProposalRevisions::EditorId))
                    .col(string(ProposalRevisions::Title))
                    .col(text(ProposalRevisions::Body))
                    .col(string_null(ProposalRevisions::Theme))
                    .col(string_null(ProposalRevisions::Province))
                    .col(timestamp_with_time_zone(ProposalRevisions::CreatedAt))
                    .foreign_key(&mut reference(
                        ProposalRevisions::Table,
                        ProposalRevisions::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_proposal_revisions_proposal")
                    .table(ProposalRevisions::Table)
                    .col(ProposalRevisions::ProposalId)
                    .col(ProposalRevisions::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ProposalRevisions::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Proposals::Table).to_owned())
            .await
    }
}
