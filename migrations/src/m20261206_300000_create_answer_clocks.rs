//! Answer clocks: when each proposal's promised answer became owed, why, and when it falls
//! due. One row per proposal, written at the moment observed (the consultation entering its
//! review phase, or the proposal reaching the support threshold during review) with the due
//! moment fixed then. Like the audit trail, the database refuses updates and deletes, so a
//! later edit of the consultation's dates cannot rewrite the public scorecard.

use crate::m20261121_000003_create_consultations::Consultations;
use crate::m20261121_000004_create_proposals::Proposals;
use crate::reference;
use sea_orm_migration::sea_orm::DbBackend;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AnswerClocks {
    Table,
    ProposalId,
    ConsultationId,
    Reason,
    StartedAt,
    DueAt,
    AnswerDueDays,
    SupportThreshold,
    AgreeCount,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AnswerClocks::Table)
                    .col(uuid(AnswerClocks::ProposalId).primary_key())
                    .col(uuid(AnswerClocks::ConsultationId))
                    .col(string_len(AnswerClocks::Reason, 32))
                    .col(timestamp_with_time_zone(AnswerClocks::StartedAt))
                    .col(timestamp_with_time_zone(AnswerClocks::DueAt))
                    .col(integer(AnswerClocks::AnswerDueDays))
                    .col(integer(AnswerClocks::SupportThreshold))
                    .col(integer(AnswerClocks::AgreeCount))
                    .foreign_key(&mut reference(
                        AnswerClocks::Table,
                        AnswerClocks::ProposalId,
                        Proposals::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut reference(
                        AnswerClocks::Table,
                        AnswerClocks::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("answer_clocks_consultation")
                    .table(AnswerClocks::Table)
                    .col(AnswerClocks::ConsultationId)
                    .col(AnswerClocks::StartedAt)
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                // `sala_refuse_rewrite()` is the audit trail's (m20261122_100600).
                db.execute_unprepared(
                    "CREATE TRIGGER answer_clocks_append_only BEFORE UPDATE OR DELETE \
                     ON answer_clocks FOR EACH ROW EXECUTE FUNCTION sala_refuse_rewrite()",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER answer_clocks_no_truncate BEFORE TRUNCATE ON answer_clocks \
                     FOR EACH STATEMENT EXECUTE FUNCTION sala_refuse_rewrite()",
                )
                .await?;
            }
            _ => {
                for (event, verb) in [("UPDATE", "update"), ("DELETE", "delete")] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER answer_clocks_no_{verb} BEFORE {event} ON answer_clocks \
                         BEGIN SELECT RAISE(ABORT, 'answer_clocks is append-only'); END"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Dropping the table drops its triggers on both databases.
        manager
            .drop_table(Table::drop().table(AnswerClocks::Table).to_owned())
            .await
    }
}
