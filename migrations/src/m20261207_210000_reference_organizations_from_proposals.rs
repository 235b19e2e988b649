//! A proposal's responsible organisation and the organisation that signed its answer name
//! real organisations: a foreign key on each, `ON DELETE SET NULL` (the proposal stays,
//! answered by nobody in particular, when its organisation goes). References that name no
//! organisation any more are cleared first.
//!
//! PostgreSQL adds the constraints. SQLite cannot add a constraint to an existing table, and
//! rebuilding `proposals` (which a dozen tables reference, with foreign keys enforced) is out
//! of proportion with two nullable columns; as for the audit trail's rules, triggers hold the
//! same rule there: a reference to no organisation is refused, and deleting an organisation
//! clears the references to it.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The columns of `proposals` that name an organisation, and their constraint's name.
const COLUMNS: [(&str, &str); 2] = [
    (
        "responsible_organization_id",
        "fk_proposals_responsible_organization",
    ),
    (
        "answering_organization_id",
        "fk_proposals_answering_organization",
    ),
];

fn clear_dangling(column: &str) -> String {
    format!(
        "UPDATE proposals SET {column} = NULL WHERE {column} IS NOT NULL \
         AND {column} NOT IN (SELECT id FROM organizations)"
    )
}

/// The SQLite triggers standing for the foreign key on `column`: (name, definition).
fn sqlite_triggers(column: &str) -> [(String, String); 3] {
    let refuse = format!(
        "WHEN NEW.{column} IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM organizations WHERE id = NEW.{column}) \
         BEGIN SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed'); END"
    );
    [
        (
            format!("proposals_{column}_insert"),
            format!("BEFORE INSERT ON proposals FOR EACH ROW {refuse}"),
        ),
        (
            format!("proposals_{column}_update"),
            format!("BEFORE UPDATE OF {column} ON proposals FOR EACH ROW {refuse}"),
        ),
        (
            format!("organizations_delete_clears_proposals_{column}"),
            format!(
                "AFTER DELETE ON organizations FOR EACH ROW \
                 BEGIN UPDATE proposals SET {column} = NULL WHERE {column} = OLD.id; END"
            ),
        ),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (column, constraint) in COLUMNS {
            db.execute_unprepared(&clear_dangling(column)).await?;
            match manager.get_database_backend() {
                DbBackend::Postgres => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE proposals ADD CONSTRAINT {constraint} \
                         FOREIGN KEY ({column}) REFERENCES organizations (id) ON DELETE SET NULL"
                    ))
                    .await?;
                }
                _ => {
                    for (name, definition) in sqlite_triggers(column) {
                        db.execute_unprepared(&format!("CREATE TRIGGER {name} {definition}"))
                            .await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (column, constraint) in COLUMNS {
            match manager.get_database_backend() {
                DbBackend::Postgres => {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE proposals DROP CONSTRAINT IF EXISTS {constraint}"
                    ))
                    .await?;
                }
                _ => {
                    for (name, _) in sqlite_triggers(column) {
                        db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {name}"))
                            .await?;
                    }
                }
            }
        }
        Ok(())
    }
}
