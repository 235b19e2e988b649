//! Empties the opinion-groups cache once: results computed before it stored participants
//! under the exports' old shared pseudonyms, which the per-reader pseudonyms can no longer
//! be derived from. The background task computes every consultation again.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DELETE FROM opinion_groups")
            .await
            .map(|_| ())
    }

    /// A cache: nothing to restore.
    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
