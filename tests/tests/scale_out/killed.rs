//! A server killed with SIGKILL in the middle of a vote load, on SQLite and on PostgreSQL.
//! Votes are committed in groups by a writer task, and a request is answered only after its
//! group's commit: started again on the same database, the server must hold every vote it
//! answered 2xx, and its counters must equal a recount.

use std::os::unix::process::ExitStatusExt;
use std::time::Duration;

use futures_util::StreamExt;
use sala::db::Db;
use sala::domain::accounts::Role;
use sala_tests::Backend;
use uuid::Uuid;

use super::checks;
use super::cluster::{Database, Kind, Process};
use super::load::{self, Front, Scene};

const VOTERS: usize = 60;
const PROPOSALS: usize = 10;
/// Enough requests in flight that the kill lands while groups are being written.
const IN_FLIGHT: usize = 32;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_killed_mid_load_on_sqlite_keeps_every_vote_it_acknowledged() {
    let folder = tempfile::tempdir().expect("database folder");
    let url = format!(
        "sqlite://{}?mode=rwc",
        folder.path().join("sala.db").display()
    );
    killed_mid_load(&url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_killed_mid_load_on_postgres_keeps_every_vote_it_acknowledged() {
    let Some(Backend::Postgres { admin_url }) = Backend::postgres().await else {
        return;
    };
    let database = Database::create(&admin_url).await;
    killed_mid_load(&database.url).await;
}

async fn killed_mid_load(database_url: &str) {
    let secret = format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
    let client = reqwest::Client::new();
    let mut server = Process::new(
        "api",
        Kind::Api,
        &crate::base_settings(database_url, &secret),
    );
    server.start();
    crate::all_ready(&mut [&mut server], &client).await;

    let db = Db::connect(database_url, 2).await.expect("test connection");
    let mut emails = vec![("admin@example.org".to_owned(), Role::Admin)];
    emails.extend((0..VOTERS).map(|i| (format!("voter{i}@example.org"), Role::Citizen)));
    let mut voters = crate::people(&db, &secret, &emails).await;
    let admin = voters.remove(0);
    let front = Front::new([server.url(""), server.url("")]);
    let (consultation, proposals) =
        crate::open_consultation(&front, &admin, &voters[..PROPOSALS]).await;
    let scene = Scene {
        consultation,
        proposals,
        citizens: voters,
    };

    // Every voter votes on every proposal; once a third of the votes are answered, the
    // server is killed and started again while the clients keep sending.
    let load = tokio::spawn(vote_on_everything(front.clone(), scene.clone(), 0));
    let third = VOTERS * PROPOSALS / 3;
    checks::wait_until(
        "a third of the votes answered",
        Duration::from_secs(120),
        || {
            let done = front.ledger.lock().expect("ledger").done;
            async move {
                match done >= third {
                    true => Ok(()),
                    false => Err(format!("{done} of {third} answered")),
                }
            }
        },
    )
    .await;
    server.kill();
    let exit = server.wait_exit(Duration::from_secs(10)).await;
    assert_eq!(
        exit.and_then(|status| status.signal()),
        Some(nix::sys::signal::Signal::SIGKILL as i32),
        "the server died of SIGKILL"
    );
    server.start();
    crate::all_ready(&mut [&mut server], &client).await;
    load.await.expect("the first round ran to its end");
    {
        let ledger = front.ledger.lock().expect("ledger");
        assert!(
            !ledger.unknown.is_empty(),
            "the kill caught requests in flight ({} answered 2xx)",
            ledger.done
        );
    }

    // The restarted server takes a change of mind on every pair.
    vote_on_everything(front.clone(), scene.clone(), 1).await;

    let ledger = front.ledger.lock().expect("ledger").clone();
    assert!(
        ledger.refused.is_empty(),
        "valid votes refused: {:?}",
        ledger.refused
    );
    checks::every_promise_is_kept(&db, &ledger).await;
    checks::counters_equal_a_recount(&db, scene.consultation).await;
    eprintln!(
        "killed mid-load: {} votes answered 2xx, {} of unknown fate around the kill",
        ledger.done,
        ledger.unknown.len()
    );
    let _ = db.close().await;
}

/// One vote per (voter, proposal), `IN_FLIGHT` at a time; `round` shifts the values so that
/// a second round changes every vote.
async fn vote_on_everything(front: Front, scene: Scene, round: usize) {
    let pairs = scene.citizens.len() * scene.proposals.len();
    futures_util::stream::iter(0..pairs)
        .for_each_concurrent(IN_FLIGHT, |n| {
            let (front, scene) = (front.clone(), scene.clone());
            async move {
                let who = &scene.citizens[n % scene.citizens.len()];
                let p = n / scene.citizens.len();
                load::vote(&front, 0, who, scene.proposals[p], n + p + round).await;
            }
        })
        .await;
}
