//! Leader election: of any number of processes asking for a task's lease at once exactly one
//! gets it; the holder keeps it by renewing while it works; another takes it over once it
//! lapses.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sala::db::Db;
use sala::leases::Leases;
use sala_tests::{fresh_postgres_database, on_both_databases, Backend};
use sea_orm::{ConnectionTrait, Statement};

on_both_databases!(
    two_holders_racing_for_a_lease_get_it_once_and_the_other_takes_over_when_it_lapses,
    a_holder_renews_its_lease_while_it_works_and_only_it_does_the_work,
);

/// Two processes' connections to one fresh, migrated database.
async fn two_processes(backend: &Backend) -> (Db, Db, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}?mode=rwc", dir.path().join("l.db").display()),
        Backend::Postgres { admin_url } => fresh_postgres_database(admin_url).await.0,
    };
    let first = Db::connect(&url, 4).await.unwrap();
    first.migrate().await.unwrap();
    let second = Db::connect(&url, 4).await.unwrap();
    (first, second, dir)
}

/// Polls `condition` until it holds, failing after a generous safety net.
async fn eventually<F, Fut>(what: &str, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while !condition().await {
        assert!(tokio::time::Instant::now() < deadline, "never: {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn lease_expiry_and_db_now(db: &Db, task: &str) -> (i64, i64) {
    let now = match db.backend() {
        sea_orm::DbBackend::Postgres => {
            "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)"
        }
        _ => "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)",
    };
    let row = db
        .reader()
        .query_one_raw(Statement::from_string(
            db.backend(),
            format!("SELECT expires_at_ms, {now} AS now_ms FROM leases WHERE name = '{task}'"),
        ))
        .await
        .unwrap()
        .expect("the lease row");
    (
        row.try_get::<i64>("", "expires_at_ms").unwrap(),
        row.try_get::<i64>("", "now_ms").unwrap(),
    )
}

async fn two_holders_racing_for_a_lease_get_it_once_and_the_other_takes_over_when_it_lapses(
    backend: Backend,
) {
    let (db_a, db_b, _dir) = two_processes(&backend).await;
    let a = Leases::new(db_a.clone());
    let b = Leases::new(db_b.clone());
    assert_ne!(a.holder(), b.holder());
    let long = Duration::from_secs(60);

    for round in 0..20 {
        let task = format!("race-{round}");
        let (got_a, got_b) = tokio::join!(a.try_hold(&task, long), b.try_hold(&task, long));
        let (got_a, got_b) = (got_a.unwrap(), got_b.unwrap());
        assert!(
            got_a ^ got_b,
            "round {round}: exactly one holder ({got_a}, {got_b})"
        );
        let (winner, loser) = if got_a { (&a, &b) } else { (&b, &a) };
        assert!(
            winner.try_hold(&task, long).await.unwrap(),
            "the holder renews"
        );
        assert!(
            !loser.try_hold(&task, long).await.unwrap(),
            "the other still waits"
        );
    }

    // A holder that stops renewing (it died) loses the lease once it lapses.
    let short = Duration::from_millis(300);
    assert!(a.try_hold("takeover", short).await.unwrap());
    assert!(!b.try_hold("takeover", short).await.unwrap());
    eventually("the second process takes the lapsed lease over", || async {
        b.try_hold("takeover", short).await.unwrap()
    })
    .await;
    assert!(
        !a.try_hold("takeover", short).await.unwrap(),
        "the first process no longer holds it"
    );

    // Releasing hands it over at once.
    b.release("takeover").await.unwrap();
    assert!(a.try_hold("takeover", long).await.unwrap());
    db_a.close().await.unwrap();
    db_b.close().await.unwrap();
}

async fn a_holder_renews_its_lease_while_it_works_and_only_it_does_the_work(backend: Backend) {
    let (db_a, db_b, _dir) = two_processes(&backend).await;
    let a = Leases::new(db_a.clone());
    let b = Leases::new(db_b.clone());
    let ttl = Duration::from_millis(600);
    let runs = Arc::new(AtomicUsize::new(0));
    let finish = Arc::new(tokio::sync::Notify::new());

    let work = |runs: Arc<AtomicUsize>, finish: Arc<tokio::sync::Notify>| async move {
        runs.fetch_add(1, Ordering::SeqCst);
        finish.notified().await;
        "done"
    };
    let first = {
        let (a, runs, finish) = (a.clone(), runs.clone(), finish.clone());
        tokio::spawn(async move { a.run_as_leader("digest", ttl, work(runs, finish)).await })
    };
    eventually("the first holder is working", || async {
        runs.load(Ordering::SeqCst) == 1
    })
    .await;
    // The other process asks while the first works: it finds the lease taken.
    let second = b
        .run_as_leader("digest", ttl, work(runs.clone(), finish.clone()))
        .await;
    assert!(matches!(second, Ok(None)), "only one process does the work");

    // The work outlives the lease's first term: the holder keeps renewing it.
    let (first_expiry, _) = lease_expiry_and_db_now(&db_a, "digest").await;
    eventually("the lease is renewed past its first term", || async {
        let (expiry, now) = lease_expiry_and_db_now(&db_a, "digest").await;
        now > first_expiry && expiry > now
    })
    .await;
    assert!(
        !b.try_hold("digest", ttl).await.unwrap(),
        "a renewed lease is not taken over"
    );
    finish.notify_one();
    assert_eq!(first.await.unwrap().unwrap(), Some("done"));
    assert_eq!(runs.load(Ordering::SeqCst), 1);
    db_a.close().await.unwrap();
    db_b.close().await.unwrap();
}
