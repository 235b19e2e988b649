//! The audit log and the public moderation log refuse updates and deletes in the database
//! itself, so no code path — a bug, a careless script, the application's own account — can
//! rewrite what was recorded.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: [&str; 2] = ["audit_log", "moderation_actions"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE FUNCTION sala_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$ \
                     BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$",
                )
                .await?;
                for table in TABLES {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} \
                         FOR EACH ROW EXECUTE FUNCTION sala_refuse_rewrite()"
                    ))
                    .await?;
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} \
                         FOR EACH STATEMENT EXECUTE FUNCTION sala_refuse_rewrite()"
                    ))
                    .await?;
                }
            }
            _ => {
                for table in TABLES {
                    for (event, verb) in [("UPDATE", "update"), ("DELETE", "delete")] {
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER {table}_no_{verb} BEFORE {event} ON {table} \
                             BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                        ))
                        .await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                for table in TABLES {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS {table}_append_only ON {table}"
                    ))
                    .await?;
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}"
                    ))
                    .await?;
                }
                db.execute_unprepared("DROP FUNCTION IF EXISTS sala_refuse_rewrite()")
                    .await?;
            }
            _ => {
                for table in TABLES {
                    for verb in ["update", "delete"] {
                        db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {table}_no_{verb}"))
                            .await?;
                    }
                }
            }
        }
        Ok(())
    }
}
