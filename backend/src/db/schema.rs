//! The schema at start (`SALA_MIGRATIONS`): apply pending migrations under a database-wide
//! lock, or only check that they are all there; either way a database that is one release
//! ahead of this binary (migrations it does not know yet) is accepted, so a rollback or an old
//! process restarting during a rollout still starts.

use std::collections::BTreeSet;

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};

use sala_migration::{Migrator, MigratorTrait};

use super::Db;
use crate::config::MigrationMode;

/// The advisory lock every Sala process takes to migrate a PostgreSQL database. Advisory
/// locks are per database, so databases on one server do not wait for each other.
const MIGRATION_LOCK: i64 = 0x5a1a_5c4e_3a00;

const MIGRATION_TABLE: &str = "seaql_migrations";

/// Why the schema refuses this binary.
#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error(
        "SALA_MIGRATIONS=check: the database lacks {} of this binary's migrations (first: {}); \
         run `sala migrate` first, or start with SALA_MIGRATIONS=apply",
        .missing.len(), .missing[0]
    )]
    NotMigrated { missing: Vec<String> },
    #[error(
        "the database lacks {} of this binary's migrations (first: {}) but has migrations this \
         binary does not know ({}): it was migrated by a different release line; run the \
         matching `sala migrate`",
        .missing.len(), .missing[0], .unknown.join(", ")
    )]
    Diverged {
        missing: Vec<String>,
        unknown: Vec<String>,
    },
    #[error("migrations: {0}")]
    Database(#[from] DbErr),
}

/// What the start found and did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SchemaReport {
    /// Migrations this process applied.
    pub applied: Vec<String>,
    /// Migrations in the database that this binary does not know (a newer release's).
    pub newer: Vec<String>,
}

/// This binary's migrations, in order.
pub fn known_migrations() -> Vec<String> {
    Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect()
}

/// How the database's migrations compare with this binary's.
struct Comparison {
    missing: Vec<String>,
    unknown: Vec<String>,
}

fn compare(known: &[String], recorded: &BTreeSet<String>) -> Comparison {
    let known_set: BTreeSet<&String> = known.iter().collect();
    Comparison {
        missing: known
            .iter()
            .filter(|name| !recorded.contains(*name))
            .cloned()
            .collect(),
        unknown: recorded
            .iter()
            .filter(|name| !known_set.contains(name))
            .cloned()
            .collect(),
    }
}

/// The migrations recorded in the database (none when it was never migrated), read without
/// creating anything.
async fn recorded_migrations(conn: &impl ConnectionTrait) -> Result<BTreeSet<String>, DbErr> {
    let backend = conn.get_database_backend();
    let exists_sql = match backend {
        DbBackend::Postgres => {
            "SELECT COUNT(*) AS n FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_name = 'seaql_migrations'"
        }
        _ => "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'seaql_migrations'",
    };
    let exists = conn
        .query_one_raw(Statement::from_string(backend, exists_sql))
        .await?
        .map(|row| row.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0)
        > 0;
    if !exists {
        return Ok(BTreeSet::new());
    }
    conn.query_all_raw(Statement::from_string(
        backend,
        format!("SELECT version FROM {MIGRATION_TABLE}"),
    ))
    .await?
    .into_iter()
    .map(|row| row.try_get::<String>("", "version"))
    .collect()
}

fn say_when_newer(unknown: &[String]) {
    if !unknown.is_empty() {
        tracing::warn!(
            newer = %unknown.join(", "),
            "the database has {} migration(s) newer than this binary; starting on it, as one release of tolerance allows",
            unknown.len()
        );
    }
}

impl Db {
    /// Brings the schema to what `mode` asks before the process starts its work.
    pub async fn prepare_schema(&self, mode: MigrationMode) -> Result<SchemaReport, SchemaError> {
        match mode {
            MigrationMode::Apply => self.migrate().await,
            MigrationMode::Check => self.check_schema().await,
            MigrationMode::Off => Ok(SchemaReport::default()),
        }
    }

    /// Applies every pending migration, holding the database-wide migration lock, so any
    /// number of processes may call it at once: the first applies, the others wait and find
    /// nothing left to do. On PostgreSQL the lock is an advisory lock held by the transaction
    /// the migrations run in; on SQLite it is the database's own write lock (`BEGIN
    /// IMMEDIATE`). Either is released when the transaction ends, even if the process dies.
    pub async fn migrate(&self) -> Result<SchemaReport, SchemaError> {
        let txn = self.begin_write().await?;
        if self.backend() == DbBackend::Postgres {
            txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
                .await?;
        }
        let known = known_migrations();
        let comparison = compare(&known, &recorded_migrations(&txn).await?);
        match (comparison.missing.is_empty(), comparison.unknown.is_empty()) {
            (true, _) => {}
            (false, true) => Migrator::up(&txn, None).await?,
            (false, false) => {
                return Err(SchemaError::Diverged {
                    missing: comparison.missing,
                    unknown: comparison.unknown,
                })
            }
        }
        txn.commit().await?;
        say_when_newer(&comparison.unknown);
        Ok(SchemaReport {
            applied: comparison.missing,
            newer: comparison.unknown,
        })
    }

    /// Applies nothing; refuses when one of this binary's migrations is not in the database.
    pub async fn check_schema(&self) -> Result<SchemaReport, SchemaError> {
        let comparison = compare(
            &known_migrations(),
            &recorded_migrations(self.reader()).await?,
        );
        match (comparison.missing.is_empty(), comparison.unknown.is_empty()) {
            (true, _) => {}
            (false, true) => {
                return Err(SchemaError::NotMigrated {
                    missing: comparison.missing,
                })
            }
            (false, false) => {
                return Err(SchemaError::Diverged {
                    missing: comparison.missing,
                    unknown: comparison.unknown,
                })
            }
        }
        say_when_newer(&comparison.unknown);
        Ok(SchemaReport {
            applied: Vec::new(),
            newer: comparison.unknown,
        })
    }

    /// Reverts `steps` migrations (all of them when `None`), under the same lock as `migrate`.
    pub async fn migrate_down(&self, steps: Option<u32>) -> Result<(), DbErr> {
        let txn = self.begin_write().await?;
        if self.backend() == DbBackend::Postgres {
            txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
                .await?;
        }
        Migrator::down(&txn, steps).await?;
        txn.commit().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn a_newer_database_has_unknown_migrations_and_misses_none() {
        let known = vec!["m1".to_owned(), "m2".to_owned()];
        let c = compare(&known, &set(&["m1", "m2", "m3"]));
        assert!(c.missing.is_empty());
        assert_eq!(c.unknown, ["m3"]);
        let c = compare(&known, &set(&["m1"]));
        assert_eq!(c.missing, ["m2"]);
        assert!(c.unknown.is_empty());
    }
}
