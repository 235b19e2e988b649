//! Leader election through the database: periodic work that must happen once however many
//! processes run (opinion groups, the daily digest, housekeeping) runs only in the process
//! holding that task's lease. A lease is one row per task name; its holder renews it while it
//! works, and when the holder stops renewing (it crashed, or lost the database) the lease
//! lapses and the next process to ask takes it over. Times are the database's clock, so hosts
//! whose clocks differ still agree on who holds what.

use std::future::Future;
use std::time::Duration;

use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement, Value};
use tokio::sync::watch;
use uuid::Uuid;

use crate::db::{placeholder, Db};

/// This process's claims on leases. Clones share one holder identity.
#[derive(Clone, Debug)]
pub struct Leases {
    db: Db,
    holder: String,
}

/// The database's clock, in milliseconds since the epoch.
fn database_now_ms(backend: DbBackend) -> &'static str {
    match backend {
        DbBackend::Postgres => "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)",
        _ => "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)",
    }
}

impl Leases {
    /// A new holder identity: the host, the process and a random part, so that an operator
    /// reading the table sees which process works, and two holders never share a name.
    pub fn new(db: Db) -> Leases {
        let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "sala".into());
        let holder = format!("{host}/{}/{}", std::process::id(), Uuid::now_v7().simple());
        Leases { db, holder }
    }

    pub fn holder(&self) -> &str {
        &self.holder
    }

    /// Takes the lease `task` for `ttl` if it is free or lapsed, or extends it if this holder
    /// has it. True when this holder holds it afterwards. One atomic statement, so of any
    /// number of processes asking at once exactly one wins.
    pub async fn try_hold(&self, task: &str, ttl: Duration) -> Result<bool, DbErr> {
        let backend = self.db.backend();
        let now = database_now_ms(backend);
        let sql = format!(
            "INSERT INTO leases (name, holder, expires_at_ms) VALUES ({}, {}, {now} + {}) \
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, \
             expires_at_ms = excluded.expires_at_ms \
             WHERE leases.holder = excluded.holder OR leases.expires_at_ms <= {now}",
            placeholder(backend, 1),
            placeholder(backend, 2),
            placeholder(backend, 3),
        );
        let ttl_ms = i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX / 2);
        let done = self
            .db
            .writer()
            .execute_raw(Statement::from_sql_and_values(
                backend,
                sql,
                [
                    Value::from(task),
                    Value::from(self.holder.as_str()),
                    Value::from(ttl_ms),
                ],
            ))
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Gives the lease up if this holder has it, so another process may take it at once
    /// (on shutdown) instead of after it lapses.
    pub async fn release(&self, task: &str) -> Result<(), DbErr> {
        let backend = self.db.backend();
        self.db
            .writer()
            .execute_raw(Statement::from_sql_and_values(
                backend,
                format!(
                    "DELETE FROM leases WHERE name = {} AND holder = {}",
                    placeholder(backend, 1),
                    placeholder(backend, 2)
                ),
                [Value::from(task), Value::from(self.holder.as_str())],
            ))
            .await?;
        Ok(())
    }

    /// Runs `work` if this process holds (or can take) the lease `task`, renewing it every
    /// third of `ttl` until `work` ends; `None` when another process holds it. The lease is
    /// kept after `work`, so the same process stays the leader while it keeps asking more
    /// often than `ttl`. If the lease is lost meanwhile (another process took it after a
    /// renewal could not reach the database for a whole `ttl`), `work` is abandoned — dropped
    /// at its next await, so its open transaction rolls back — and `None` is returned.
    pub async fn run_as_leader<T>(
        &self,
        task: &str,
        ttl: Duration,
        work: impl Future<Output = T>,
    ) -> Result<Option<T>, DbErr> {
        if !self.try_hold(task, ttl).await? {
            return Ok(None);
        }
        let mut renewed_at = tokio::time::Instant::now();
        let mut renew = tokio::time::interval(ttl / 3);
        renew.tick().await;
        tokio::pin!(work);
        loop {
            tokio::select! {
                done = &mut work => return Ok(Some(done)),
                _ = renew.tick() => match self.try_hold(task, ttl).await {
                    Ok(true) => renewed_at = tokio::time::Instant::now(),
                    Ok(false) => {
                        tracing::warn!(task, "lease taken over by another process; abandoning the work");
                        return Ok(None);
                    }
                    Err(error) if renewed_at.elapsed() >= ttl => {
                        tracing::warn!(task, %error, "lease could not be renewed in time; abandoning the work");
                        return Ok(None);
                    }
                    Err(error) => tracing::warn!(task, %error, "lease renewal failed; retrying"),
                },
            }
        }
    }

    /// Runs `pass` every `schedule.every` in whichever process holds the lease `task`, until
    /// `shutdown` turns true; then lets the lease go, so another process takes over at once.
    /// A pass runs only as the lease holder, and is abandoned if the lease is lost meanwhile.
    pub async fn run_periodically<Pass, Done>(
        &self,
        task: &str,
        schedule: Periodic,
        mut shutdown: watch::Receiver<bool>,
        mut pass: Pass,
    ) where
        Pass: FnMut() -> Done,
        Done: Future<Output = ()>,
    {
        let mut waited = schedule.first == FirstPass::Immediately;
        loop {
            if waited {
                if let Err(error) = self.run_as_leader(task, schedule.lease, pass()).await {
                    tracing::warn!(task, %error, "lease unavailable; will try again");
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(schedule.every) => {}
                _ = shutdown.changed() => {}
            }
            if *shutdown.borrow() {
                break;
            }
            waited = true;
        }
        if let Err(error) = self.release(task).await {
            tracing::warn!(task, %error, "could not let the lease go; it lapses on its own");
        }
    }
}

/// When a periodic job runs, and how long its lease lasts.
#[derive(Clone, Copy, Debug)]
pub struct Periodic {
    /// The pause between passes.
    pub every: Duration,
    /// Longer than `every`, so the process that ran the last pass keeps the lease for the next
    /// one; a holder that died is replaced this long after its last renewal.
    pub lease: Duration,
    pub first: FirstPass,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstPass {
    /// As soon as the process starts.
    Immediately,
    /// One pause after the process starts.
    AfterAPause,
}
