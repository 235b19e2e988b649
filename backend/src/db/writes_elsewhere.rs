//! How an API process learns of the writes it did not answer itself (the background workers',
//! the command line's, another replica's), so what it keeps in memory for readers and voters
//! is forgotten as soon as they commit.
//!
//! - **PostgreSQL:** a handle from [`Db::announcing`](super::Db::announcing) (the workers' and
//!   the command line's) notifies [`CHANNEL`] inside each write transaction it begins, so the
//!   notification is delivered when that transaction commits and never if it rolls back; the
//!   command line notifies once more as it closes, for its single statements. API replicas
//!   notify the same channel after their own writes (`api::read_cache::peers`).
//! - **SQLite:** one process serves the database, and [`CommitsElsewhere`] tells it of any
//!   commit made by another connection (the command line, a `sala worker` process) through
//!   `PRAGMA data_version`, and of the ones its own background workers made through the
//!   shared write connection, which it counts.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};

/// The PostgreSQL notification channel that tells API processes of a write.
pub const CHANNEL: &str = "sala_writes";
/// The payload of a notification from a worker or the command line; a replica's is its own
/// random name, so it can leave aside the ones it sent.
const FROM_ELSEWHERE: &str = "elsewhere";

/// Whether a handle's writes are announced, and how many write transactions such handles
/// have begun in this process (shared by every handle on one pool).
#[derive(Clone, Debug, Default)]
pub(super) struct Announcer {
    announces: bool,
    begun: Arc<AtomicU64>,
}

impl Announcer {
    pub(super) fn announcing(&self) -> Announcer {
        Announcer {
            announces: true,
            begun: Arc::clone(&self.begun),
        }
    }

    /// Called at the start of a write transaction, inside it.
    pub(super) async fn transaction_begun(
        &self,
        transaction: &impl ConnectionTrait,
    ) -> Result<(), DbErr> {
        if !self.announces {
            return Ok(());
        }
        // Counted before the transaction can commit, so a watcher that reads this count and
        // then waits for the write connection sees the transaction's commit.
        self.begun.fetch_add(1, Ordering::AcqRel);
        notify(transaction).await
    }

    /// Called before the handle closes: what its single statements wrote is told too.
    pub(super) async fn closing(&self, connection: &DatabaseConnection) -> Result<(), DbErr> {
        if self.announces {
            notify(connection).await?;
        }
        Ok(())
    }
}

async fn notify(connection: &impl ConnectionTrait) -> Result<(), DbErr> {
    if connection.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    connection
        .execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_notify($1, $2)",
            [CHANNEL.into(), FROM_ELSEWHERE.into()],
        ))
        .await
        .map(|_| ())
}

/// Watches a SQLite database for commits this process's API did not make: ask
/// [`moved`](Self::moved) as often as what is kept may be stale.
pub struct CommitsElsewhere {
    writer: DatabaseConnection,
    begun: Arc<AtomicU64>,
    last: Option<(i64, u64)>,
}

impl CommitsElsewhere {
    pub(super) fn new(writer: DatabaseConnection, announcer: &Announcer) -> CommitsElsewhere {
        CommitsElsewhere {
            writer,
            begun: Arc::clone(&announcer.begun),
            last: None,
        }
    }

    /// Whether anything was committed elsewhere since the last call (the first call only
    /// takes its bearings, and says no: it comes before anything is kept).
    pub async fn moved(&mut self) -> Result<bool, DbErr> {
        let begun = self.begun.load(Ordering::Acquire);
        // Asked on the one write connection: the pragma moves for commits by every other
        // connection, and waits for a write transaction under way here, so the workers'
        // transactions counted above have committed (or rolled back) by the time it answers.
        let version = self
            .writer
            .query_one_raw(Statement::from_string(
                DbBackend::Sqlite,
                "PRAGMA data_version",
            ))
            .await?
            .ok_or_else(|| DbErr::Custom("PRAGMA data_version answered no row".to_owned()))?
            .try_get_by_index::<i64>(0)?;
        let now = (version, begun);
        let moved = self.last.is_some_and(|last| last != now);
        self.last = Some(now);
        Ok(moved)
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::ConnectionTrait;

    use crate::db::Db;

    async fn write(db: &Db, sql: &str) {
        let transaction = db.begin_write().await.expect("begin");
        transaction.execute_unprepared(sql).await.expect("write");
        transaction.commit().await.expect("commit");
    }

    #[tokio::test]
    async fn sqlite_commits_are_told_apart_from_the_apis_own() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let url = format!("sqlite://{}/sala.db?mode=rwc", folder.path().display());
        let api = Db::connect(&url, 2).await.expect("connect");
        api.writer()
            .execute_unprepared("CREATE TABLE t (n INTEGER)")
            .await
            .expect("create");
        let mut commits = api.commits_elsewhere().expect("a SQLite database");
        assert!(!commits.moved().await.expect("asked"), "the first answer");
        assert!(!commits.moved().await.expect("asked"), "nothing since");

        write(&api, "INSERT INTO t VALUES (1)").await;
        assert!(
            !commits.moved().await.expect("asked"),
            "the API's own write"
        );

        let rolled_back = api.announcing().begin_write().await.expect("begin");
        rolled_back
            .execute_unprepared("INSERT INTO t VALUES (2)")
            .await
            .expect("write");
        rolled_back.rollback().await.expect("rollback");
        write(&api.announcing(), "INSERT INTO t VALUES (3)").await;
        assert!(commits.moved().await.expect("asked"), "a worker's write");
        assert!(!commits.moved().await.expect("asked"), "told once");

        let command_line = Db::connect(&url, 1).await.expect("connect");
        write(&command_line, "INSERT INTO t VALUES (4)").await;
        assert!(commits.moved().await.expect("asked"), "another process");
        assert!(!commits.moved().await.expect("asked"), "told once");
    }
}
