//! The audit log stays append-only, except for one narrow change: erasing an account may
//! blank the erased person's id in it (set `actor_id` or `target_id` to NULL). Every other
//! update, every delete and every truncate is still refused by the database. The moderation
//! log is left as it was.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Each table, the columns that must never change, and the person columns erasure may blank.
const TABLES: [(&str, &[&str], &[&str]); 1] = [(
    "audit_log",
    &[
        "id",
        "action",
        "target_type",
        "reason",
        "before",
        "after",
        "created_at",
    ],
    &["actor_id", "target_id"],
)];

/// The SQL condition under which an update is a redaction: fixed columns unchanged (compared
/// as text, so JSON columns compare on PostgreSQL too), person columns unchanged or blanked.
fn redaction_only(backend: DbBackend, fixed: &[&str], blankable: &[&str]) -> String {
    let same = |c: &str| match backend {
        DbBackend::Postgres => format!("NEW.{c}::text IS NOT DISTINCT FROM OLD.{c}::text"),
        _ => format!("NEW.{c} IS OLD.{c}"),
    };
    fixed
        .iter()
        .map(|c| same(c))
        .chain(
            blankable
                .iter()
                .map(|c| format!("(NEW.{c} IS NULL OR {})", same(c))),
        )
        .collect::<Vec<_>>()
        .join(" AND ")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = manager.get_database_backend();
        for (table, fixed, blankable) in TABLES {
            let allowed = redaction_only(backend, fixed, blankable);
            match backend {
                DbBackend::Postgres => {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS {table}_append_only ON {table}"
                    ))
                    .await?;
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} \
                         FOR EACH ROW EXECUTE FUNCTION sala_refuse_rewrite()"
                    ))
                    .await?;
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_redactions_only BEFORE UPDATE ON {table} \
                         FOR EACH ROW WHEN (NOT ({allowed})) EXECUTE FUNCTION sala_refuse_rewrite()"
                    ))
                    .await?;
                }
                _ => {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {table}_no_update"))
                        .await?;
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_redactions_only BEFORE UPDATE ON {table} \
                         WHEN NOT ({allowed}) \
                         BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (table, _, _) in TABLES {
            match manager.get_database_backend() {
                DbBackend::Postgres => {
                    for trigger in ["no_delete", "redactions_only"] {
                        db.execute_unprepared(&format!(
                            "DROP TRIGGER IF EXISTS {table}_{trigger} ON {table}"
                        ))
                        .await?;
                    }
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} \
                         FOR EACH ROW EXECUTE FUNCTION sala_refuse_rewrite()"
                    ))
                    .await?;
                }
                _ => {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS {table}_redactions_only"
                    ))
                    .await?;
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} \
                         BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }
}
