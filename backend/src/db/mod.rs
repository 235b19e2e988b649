//! The database: connection pools, migrations, and the queries that are more than one-liners.
//!
//! SQLite (the embedded default) allows one writer at a time, so writes go through a pool of
//! one connection with `BEGIN IMMEDIATE` and wait their turn in order instead of failing
//! with "database is locked"; reads use their own pool. PostgreSQL uses one pool for both.
//! State that may be lost in a crash without harm (rate limits) is written by statements
//! that relax their own commit (`RELAXED_COMMIT`), never by a session setting, so the pool
//! works behind PgBouncer in transaction mode.

pub mod batch;
pub mod entities;
pub mod keyset;
pub mod schema;
pub mod unreachable;
pub mod writes_elsewhere;

use std::path::Path;
use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use writes_elsewhere::{Announcer, CommitsElsewhere};

/// How long a request waits for a PostgreSQL connection before it answers `503 unavailable`:
/// long enough to ride out a burst, short enough that an outage fails fast instead of hanging.
const POSTGRES_ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

/// One connection pool's use at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoolUsage {
    pub name: &'static str,
    /// Connections open now, busy or idle.
    pub size: u32,
    pub idle: u32,
    pub max: u32,
}

impl PoolUsage {
    fn of<D: sea_orm::sqlx::Database>(name: &'static str, pool: &sea_orm::sqlx::Pool<D>) -> Self {
        PoolUsage {
            name,
            size: pool.size(),
            idle: pool.num_idle() as u32,
            max: pool.options().get_max_connections(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Db {
    read: DatabaseConnection,
    write: DatabaseConnection,
    announcer: Announcer,
}

/// A condition that is always true and, on PostgreSQL, lets the transaction of the statement
/// it is part of commit without waiting for the disk (`synchronous_commit = off` for that
/// transaction only). Put it in the `WHERE` of writes whose last commits may be lost in a
/// crash without harm. A startup option or session `SET` would do the same for a whole
/// connection, but PgBouncer refuses startup options and hands sessions to other clients;
/// a transaction-local setting inside the statement costs no extra round trip
/// (docs/PERFORMANCE.md, "Relaxed commits").
pub fn relaxed_commit(backend: DbBackend) -> &'static str {
    match backend {
        DbBackend::Postgres => "set_config('synchronous_commit', 'off', true) IS NOT NULL",
        _ => "1 = 1",
    }
}

impl Db {
    /// Connects to `url` (`sqlite:…` or `postgres://…`), creating a SQLite file's folder.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, DbErr> {
        if url.starts_with("sqlite:") {
            if let Some(parent) = sqlite_path(url).and_then(|p| p.parent().map(Path::to_path_buf)) {
                if !parent.as_os_str().is_empty() {
                    std::fs::create_dir_all(&parent).map_err(|e| {
                        DbErr::Custom(format!("cannot create {}: {e}", parent.display()))
                    })?;
                }
            }
            let write = Database::connect(sqlite_options(url, 1)).await?;
            let read = Database::connect(sqlite_options(url, max_connections)).await?;
            Ok(Db {
                read,
                write,
                announcer: Announcer::default(),
            })
        } else {
            let mut options = ConnectOptions::new(url);
            options
                .max_connections(max_connections)
                .min_connections(1)
                .acquire_timeout(POSTGRES_ACQUIRE_TIMEOUT)
                .sqlx_logging(false);
            let pool = Database::connect(options).await?;
            Ok(Db {
                read: pool.clone(),
                write: pool,
                announcer: Announcer::default(),
            })
        }
    }

    /// The connection for reads outside a transaction.
    pub fn reader(&self) -> &DatabaseConnection {
        &self.read
    }

    /// The connection for single statements that write outside a transaction (each commits on
    /// its own). On SQLite this is the one writer connection, so they queue with transactions.
    pub fn writer(&self) -> &DatabaseConnection {
        &self.write
    }

    pub fn backend(&self) -> DbBackend {
        self.write.get_database_backend()
    }

    /// Starts a transaction that will write. On SQLite it takes the write lock at once,
    /// so two writers queue instead of one failing half-way.
    pub async fn begin_write(&self) -> Result<DatabaseTransaction, DbErr> {
        let transaction = self
            .write
            .begin_with_options(TransactionOptions {
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await?;
        self.announcer.transaction_begun(&transaction).await?;
        Ok(transaction)
    }

    /// The same pools, for writes the API does not answer itself (the background workers',
    /// the command line's): each is told to the API processes as it commits
    /// (`writes_elsewhere`).
    pub fn announcing(&self) -> Db {
        Db {
            announcer: self.announcer.announcing(),
            ..self.clone()
        }
    }

    /// On SQLite, what tells this process of commits its API did not make; `None` on
    /// PostgreSQL, where they are notified instead.
    pub fn commits_elsewhere(&self) -> Option<CommitsElsewhere> {
        (self.backend() == DbBackend::Sqlite)
            .then(|| CommitsElsewhere::new(self.write.clone(), &self.announcer))
    }

    /// Whether the database answers a trivial query.
    pub async fn ping(&self) -> Result<(), DbErr> {
        self.read.execute_unprepared("SELECT 1").await.map(|_| ())
    }

    /// How full each connection pool is, for the metrics. PostgreSQL reads and writes share
    /// the `main` pool; SQLite has a `read` pool and its one `write` connection.
    pub fn pool_usage(&self) -> Vec<PoolUsage> {
        match self.backend() {
            DbBackend::Postgres => vec![PoolUsage::of(
                "main",
                self.write.get_postgres_connection_pool(),
            )],
            DbBackend::Sqlite => vec![
                PoolUsage::of("read", self.read.get_sqlite_connection_pool()),
                PoolUsage::of("write", self.write.get_sqlite_connection_pool()),
            ],
            _ => Vec::new(),
        }
    }

    pub async fn close(self) -> Result<(), DbErr> {
        self.announcer.closing(&self.write).await?;
        self.read.close().await?;
        self.write.close().await
    }
}

fn sqlite_path(url: &str) -> Option<&Path> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then(|| Path::new(path))
}

fn sqlite_options(url: &str, max_connections: u32) -> ConnectOptions {
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(max_connections)
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(30))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                // WAL with NORMAL survives a crash of the process; only a power cut can lose
                // the last commits.
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(30))
                .foreign_keys(true)
                .create_if_missing(true)
        });
    options
}

/// Rows for one claimer: locked for update, skipping those another claimer holds (PostgreSQL's
/// `FOR UPDATE SKIP LOCKED`; SQLite has one writer, so no row is ever held).
pub trait Claimable: sea_orm::QuerySelect {
    fn claimable(self) -> Self {
        self.lock_with_behavior(
            sea_orm::sea_query::LockType::Update,
            sea_orm::sea_query::LockBehavior::SkipLocked,
        )
    }
}

impl<Q: sea_orm::QuerySelect> Claimable for Q {}

/// The `n`th (1-based) bind placeholder of a raw statement, in the database's syntax.
pub fn placeholder(backend: DbBackend, n: usize) -> String {
    match backend {
        DbBackend::Postgres => format!("${n}"),
        _ => "?".to_owned(),
    }
}

/// The rows of a multi-row `VALUES (…), (…)` and their values in binding order; every row
/// has the same width.
pub fn value_rows<const N: usize>(
    backend: DbBackend,
    rows: impl IntoIterator<Item = [sea_orm::Value; N]>,
) -> (String, Vec<sea_orm::Value>) {
    let mut values = Vec::new();
    let mut tuples = Vec::new();
    for row in rows {
        tuples.push(format!("({})", placeholders(backend, values.len() + 1, N)));
        values.extend(row);
    }
    (tuples.join(", "), values)
}

/// A table of kept counts, and how a row is added to it.
pub struct KeptCounts<'a, const N: usize> {
    pub table: &'a str,
    /// Every column a row writes, in the order of its values.
    pub columns: [&'a str; N],
    /// The row's key: where a row kept already is found.
    pub key: &'a [&'a str],
    /// The counts added to a kept row; the other columns are written only by a new row.
    pub added: &'a [&'a str],
}

/// Rows per statement: at most ten parameters each, well inside SQLite's limit.
const KEPT_ROWS_PER_STATEMENT: usize = 1_000;

impl<const N: usize> KeptCounts<'_, N> {
    /// Adds each row's counts to the kept row with its key, inserting rows not kept yet: one
    /// multi-row upsert per thousand rows, in the order given (callers give key order, the
    /// order every writer of these rows locks them in).
    pub async fn add<C: ConnectionTrait>(
        &self,
        conn: &C,
        rows: impl IntoIterator<Item = [sea_orm::Value; N]>,
    ) -> Result<(), DbErr> {
        let table = self.table;
        let added: Vec<String> = self
            .added
            .iter()
            .map(|c| format!("{c} = {table}.{c} + excluded.{c}"))
            .collect();
        let upsert = format!(
            "INSERT INTO {table} ({}) VALUES {{rows}} ON CONFLICT ({}) DO UPDATE SET {}",
            self.columns.join(", "),
            self.key.join(", "),
            added.join(", ")
        );
        let backend = conn.get_database_backend();
        let rows: Vec<[sea_orm::Value; N]> = rows.into_iter().collect();
        for chunk in rows.chunks(KEPT_ROWS_PER_STATEMENT) {
            let (tuples, values) = value_rows(backend, chunk.iter().cloned());
            let sql = upsert.replace("{rows}", &tuples);
            conn.execute_raw(sea_orm::Statement::from_sql_and_values(
                backend, sql, values,
            ))
            .await?;
        }
        Ok(())
    }
}

/// `count` placeholders from `first` on, comma-separated (for `VALUES (…)` and `IN (…)`).
pub fn placeholders(backend: DbBackend, first: usize, count: usize) -> String {
    (first..first + count)
        .map(|n| placeholder(backend, n))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The values of a raw statement, each bound where `bind` writes its placeholder: SQLite's
/// placeholders are positional, so a statement binds in the order its text names them.
pub struct Params {
    pub backend: DbBackend,
    pub values: Vec<sea_orm::Value>,
}

impl Params {
    pub fn new(backend: DbBackend) -> Params {
        Params {
            backend,
            values: Vec::new(),
        }
    }

    pub fn bind(&mut self, value: impl Into<sea_orm::Value>) -> String {
        self.values.push(value.into());
        placeholder(self.backend, self.values.len())
    }

    /// Placeholders for every value, comma-separated (for `IN (…)`).
    pub fn bind_all<V: Into<sea_orm::Value>>(
        &mut self,
        values: impl IntoIterator<Item = V>,
    ) -> String {
        values
            .into_iter()
            .map(|v| self.bind(v))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn statement(self, sql: impl Into<String>) -> sea_orm::Statement {
        sea_orm::Statement::from_sql_and_values(self.backend, sql, self.values)
    }
}
