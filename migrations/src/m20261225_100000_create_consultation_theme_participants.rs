//! Who took part under each theme of a consultation: a person's votes, public comments and
//! proposals on the theme's counted proposals (not hidden, merged or withdrawn), kept current
//! by every write that moves them, so the breakdown by theme reads one row per (theme,
//! person) instead of every vote. Proposals without a theme are kept under the empty theme.

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000003_create_consultations::Consultations;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ConsultationThemeParticipants {
    Table,
    ConsultationId,
    Theme,
    UserId,
    Acts,
}

/// Counts the acts already there, the same on both databases.
const BACKFILL: &str = "INSERT INTO consultation_theme_participants \
    (consultation_id, theme, user_id, acts) \
    SELECT t.consultation_id, t.theme, t.user_id, COUNT(*) FROM ( \
      SELECT p.consultation_id AS consultation_id, COALESCE(p.theme, '') AS theme, \
             v.user_id AS user_id \
      FROM proposals p JOIN votes v ON v.proposal_id = p.id WHERE {counted} \
      UNION ALL SELECT p.consultation_id, COALESCE(p.theme, ''), c.author_id \
      FROM proposals p JOIN comments c ON c.proposal_id = p.id \
      WHERE {counted} AND c.hidden_at IS NULL AND c.deleted_at IS NULL \
      UNION ALL SELECT p.consultation_id, COALESCE(p.theme, ''), p.author_id \
      FROM proposals p WHERE {counted} \
    ) t GROUP BY t.consultation_id, t.theme, t.user_id";

const COUNTED: &str = "p.hidden_at IS NULL AND p.merged_into IS NULL AND p.status <> 'withdrawn'";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConsultationThemeParticipants::Table)
                    .col(uuid(ConsultationThemeParticipants::ConsultationId))
                    .col(string(ConsultationThemeParticipants::Theme))
                    .col(uuid(ConsultationThemeParticipants::UserId))
                    .col(integer(ConsultationThemeParticipants::Acts).default(0))
                    .primary_key(
                        Index::create()
                            .col(ConsultationThemeParticipants::ConsultationId)
                            .col(ConsultationThemeParticipants::Theme)
                            .col(ConsultationThemeParticipants::UserId),
                    )
                    .foreign_key(&mut reference(
                        ConsultationThemeParticipants::Table,
                        ConsultationThemeParticipants::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        ConsultationThemeParticipants::Table,
                        ConsultationThemeParticipants::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(&BACKFILL.replace("{counted}", COUNTED))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(ConsultationThemeParticipants::Table)
                    .to_owned(),
            )
            .await
    }
}
