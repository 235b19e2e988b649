//! The ceiling beside the vote benchmark: the raw work of a vote — upsert the vote row, move
//! the proposal's counter, one transaction per vote — sent straight to the same database
//! through the driver by 16 clients, without HTTP, authentication or Sala's checks. On one
//! proposal it is the one-row-lock-per-vote ceiling: every transaction waits on that row.
//! It writes into the same tables as the run before it, so it runs after the recount check.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use sala::db::{placeholders, Db};
use sea_orm::{ConnectionTrait, Statement, Value};
use uuid::Uuid;

use crate::{percentile, Measured};

pub const CLIENTS: usize = 16;

pub async fn measure(
    database_url: &str,
    voters: &[Uuid],
    proposals: &[Uuid],
    votes: usize,
) -> anyhow::Result<Measured> {
    let db = Db::connect(database_url, CLIENTS as u32).await?;
    let next = AtomicUsize::new(0);
    let started = Instant::now();
    let clients = (0..CLIENTS).map(|_| async {
        let mut latencies = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= votes {
                return Ok::<_, anyhow::Error>(latencies);
            }
            let voter = voters[i % voters.len()];
            let proposal = proposals[(i / voters.len() + i) % proposals.len()];
            let t = Instant::now();
            one_vote(&db, voter, proposal, [1i16, -1, 0][i % 3]).await?;
            latencies.push(t.elapsed());
        }
    });
    let mut latencies: Vec<Duration> = Vec::with_capacity(votes);
    for client in join_all(clients).await {
        latencies.extend(client?);
    }
    let elapsed = started.elapsed();
    db.close().await?;
    latencies.sort();
    Ok(Measured {
        per_second: votes as f64 / elapsed.as_secs_f64(),
        p50: percentile(&latencies, 0.50),
        p95: percentile(&latencies, 0.95),
        p99: percentile(&latencies, 0.99),
    })
}

async fn one_vote(db: &Db, voter: Uuid, proposal: Uuid, value: i16) -> anyhow::Result<()> {
    let backend = db.backend();
    let now = chrono::Utc::now();
    let txn = db.begin_write().await?;
    txn.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "INSERT INTO votes (proposal_id, user_id, value, origin_network, created_at, updated_at) \
             VALUES ({}) ON CONFLICT (proposal_id, user_id) DO UPDATE SET \
             value = excluded.value, updated_at = excluded.updated_at",
            placeholders(backend, 1, 6)
        ),
        [
            Value::from(proposal),
            Value::from(voter),
            Value::from(value),
            Value::from(None::<String>),
            Value::from(now),
            Value::from(now),
        ],
    ))
    .await?;
    txn.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "UPDATE proposals SET agree_count = agree_count + 1 WHERE id = {}",
            sala::db::placeholder(backend, 1)
        ),
        [Value::from(proposal)],
    ))
    .await?;
    txn.commit().await?;
    Ok(())
}
