//! Each participant's votes in a consultation, counted on the proposals the consultation's
//! figures include (not hidden, merged or withdrawn), kept current by every write that moves
//! them, so a breakdown by profile reads one row per participant instead of every vote.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ConsultationParticipants {
    Table,
    AgreeVotes,
    DisagreeVotes,
    PassVotes,
}

/// Counts the votes already cast. `UPDATE … FROM` reads the same on both databases.
const BACKFILL: &str = "UPDATE consultation_participants \
    SET agree_votes = t.agree, disagree_votes = t.disagree, pass_votes = t.pass \
    FROM (SELECT p.consultation_id AS consultation_id, v.user_id AS user_id, \
          SUM(CASE WHEN v.value = 1 THEN 1 ELSE 0 END) AS agree, \
          SUM(CASE WHEN v.value = -1 THEN 1 ELSE 0 END) AS disagree, \
          SUM(CASE WHEN v.value = 0 THEN 1 ELSE 0 END) AS pass \
          FROM votes v JOIN proposals p ON p.id = v.proposal_id \
          WHERE p.hidden_at IS NULL AND p.merged_into IS NULL AND p.status <> 'withdrawn' \
          GROUP BY p.consultation_id, v.user_id) t \
    WHERE consultation_participants.consultation_id = t.consultation_id \
    AND consultation_participants.user_id = t.user_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        for column in [
            ConsultationParticipants::AgreeVotes,
            ConsultationParticipants::DisagreeVotes,
            ConsultationParticipants::PassVotes,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ConsultationParticipants::Table)
                        .add_column(integer(column).default(0).to_owned())
                        .to_owned(),
                )
                .await?;
        }
        manager
            .get_connection()
            .execute_unprepared(BACKFILL)
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            ConsultationParticipants::PassVotes,
            ConsultationParticipants::DisagreeVotes,
            ConsultationParticipants::AgreeVotes,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ConsultationParticipants::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
