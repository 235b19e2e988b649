//! Two indexes that hold every column the agency summary reads, so it reads them alone
//! instead of each proposal's whole row (title, body and all):
//! - the counted proposals' counters, per consultation, with what decides whether and where
//!   they count (visibility, status, responsible organisation, theme, province);
//! - each valuation's criterion and score, per proposal.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEXES: [(&str, &str); 2] = [
    (
        "idx_proposals_figures",
        "proposals (consultation_id, hidden_at, merged_into, status, \
         responsible_organization_id, theme, province, agree_count, disagree_count, pass_count, \
         comment_count, controversy_score, id)",
    ),
    (
        "idx_valuations_scores",
        "valuations (proposal_id, criterion, score)",
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, columns) in INDEXES {
            manager
                .get_connection()
                .execute_unprepared(&format!("CREATE INDEX {name} ON {columns}"))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, _) in INDEXES {
            manager
                .get_connection()
                .execute_unprepared(&format!("DROP INDEX {name}"))
                .await?;
        }
        Ok(())
    }
}
