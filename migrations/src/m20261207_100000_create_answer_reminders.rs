//! Answer reminders: which reminder (before a proposal's answer falls due) and which escalation
//! (once it is overdue) were sent, one row per proposal and kind. The row is inserted in the
//! transaction that queues the mail, and the pair is unique, so however many passes or
//! processes look, each is delivered once.

use crate::m20261121_000004_create_proposals::Proposals;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AnswerReminders {
    Table,
    ProposalId,
    Kind,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AnswerReminders::Table)
                    .col(uuid(AnswerReminders::ProposalId))
                    .col(string_len(AnswerReminders::Kind, 16))
                    .col(timestamp_with_time_zone(AnswerReminders::SentAt))
                    .primary_key(
                        Index::create()
                            .col(AnswerReminders::ProposalId)
                            .col(AnswerReminders::Kind),
                    )
                    .foreign_key(&mut reference(
                        AnswerReminders::Table,
                        AnswerReminders::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AnswerReminders::Table).to_owned())
            .await
    }
}
