//! Two indexes the read paths were missing at national scale:
//! - a list's pinned proposals: a partial index over the few pinned rows, so the first page no
//!   longer reads every proposal of the consultation to find them (the query names `pinned`
//!   itself, which both databases match to the index's condition);
//! - a discussion's replies by parent, so a page of threads reads its own replies rather than
//!   the whole discussion.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Comments {
    Table,
    ParentId,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX idx_proposals_pinned ON proposals (consultation_id, id) WHERE pinned",
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_comments_parent")
                    .table(Comments::Table)
                    .col(Comments::ParentId)
                    .col(Comments::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for index in ["idx_comments_parent", "idx_proposals_pinned"] {
            manager
                .get_connection()
                .execute_unprepared(&format!("DROP INDEX {index}"))
                .await?;
        }
        Ok(())
    }
}
