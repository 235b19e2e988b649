//! What an API process keeps (pages for signed-out readers, voters' accounts) is forgotten as
//! soon as a write it did not answer itself commits, not only once `read_cache_ms` has passed.
//!
//! - **PostgreSQL:** API replicas on one database tell each other of their writes. Each
//!   publishes `NOTIFY sala_writes` after its writes, at most one every `SPACING` (the writes
//!   answered meanwhile make the next one, so a stream of votes costs the database a hundred
//!   notifications a second, not one per vote), and listens on a connection of its own. The
//!   background workers and the command line notify the same channel as each of their write
//!   transactions commits (`db::writes_elsewhere`). A notification from anyone but itself
//!   empties what a replica keeps; so does a listening connection lost and made again, since
//!   notifications may have been missed meanwhile.
//! - **SQLite:** one process serves the database; every `SPACING` it asks whether anything
//!   else committed (`db::writes_elsewhere::CommitsElsewhere`: the command line, a `sala
//!   worker` process, its own workers) and forgets if so.
//!
//! What stays bounded by `read_cache_ms` alone: on PostgreSQL, writes made outside Sala (a
//! `psql` session), and writes a replica answers after it was asked to stop (it publishes once
//! more when asked, then no longer).

use std::time::Duration;

use actix_web::web;
use sea_orm::sqlx::postgres::PgListener;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use uuid::Uuid;

use crate::api::state::AppState;
use crate::db::writes_elsewhere::{CommitsElsewhere, CHANNEL};
use crate::monitoring::READ_CACHE_PEER_EVENTS;

/// The least time between two notifications of one replica, and between two questions to
/// SQLite: what may be served unchanged after a write elsewhere, beside the notification's
/// own delay.
const SPACING: Duration = Duration::from_millis(10);
/// How long a replica waits before listening again after the database refused it.
const RETRY: Duration = Duration::from_secs(1);

/// Counts `told`, `heard` or `lost` (docs/OBSERVABILITY.md).
fn count(event: &'static str) {
    metrics::counter!(READ_CACHE_PEER_EVENTS, "event" => event).increment(1);
}

/// Starts hearing of the writes made elsewhere, and on PostgreSQL telling the other replicas
/// of this one's. Nothing with the read cache off.
pub fn spawn(
    state: &web::Data<AppState>,
    database_url: &str,
    shutdown: &watch::Receiver<bool>,
) -> Vec<JoinHandle<()>> {
    if !state.read_cache.enabled() {
        return Vec::new();
    }
    if let Some(commits) = state.db.commits_elsewhere() {
        return vec![tokio::spawn(watch_sqlite(
            state.clone(),
            commits,
            shutdown.clone(),
        ))];
    }
    if state.db.backend() != DbBackend::Postgres {
        return Vec::new();
    }
    // Told apart from the others' by this, so a replica does not forget on its own writes
    // twice.
    let me = Uuid::new_v4().simple().to_string();
    vec![
        tokio::spawn(tell(state.clone(), me.clone(), shutdown.clone())),
        tokio::spawn(hear(
            state.clone(),
            database_url.to_owned(),
            me,
            shutdown.clone(),
        )),
    ]
}

async fn tell(state: web::Data<AppState>, me: String, mut shutdown: watch::Receiver<bool>) {
    let written = state.read_cache.written();
    loop {
        let stopping = tokio::select! {
            () = written.notified() => false,
            _ = shutdown.changed() => true,
        };
        let told = state
            .db
            .writer()
            .execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "SELECT pg_notify($1, $2)",
                [CHANNEL.into(), me.clone().into()],
            ))
            .await;
        match told {
            Ok(_) => count("told"),
            Err(error) => {
                tracing::warn!(%error, "the other replicas were not told of a write; they forget it within read_cache_ms")
            }
        }
        if stopping {
            return;
        }
        tokio::time::sleep(SPACING).await;
    }
}

/// Forgets whenever SQLite says something else committed; a failed question forgets too,
/// since a commit may have gone unseen.
async fn watch_sqlite(
    state: web::Data<AppState>,
    mut commits: CommitsElsewhere,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        match commits.moved().await {
            Ok(false) => {}
            Ok(true) => {
                forget(&state);
                count("heard");
            }
            Err(error) => {
                forget(&state);
                count("lost");
                tracing::warn!(%error, "could not ask SQLite for commits made elsewhere");
            }
        }
        tokio::select! {
            () = tokio::time::sleep(SPACING) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// The voters first: a reader who sees a page change can count on the next vote reading the
/// account again.
fn forget(state: &AppState) {
    state.callers.forget_all();
    state.read_cache.forget_all();
}

async fn hear(
    state: web::Data<AppState>,
    database_url: String,
    me: String,
    mut shutdown: watch::Receiver<bool>,
) {
    let forget = || forget(&state);
    loop {
        let failed = tokio::select! {
            error = listen(&database_url, &me, forget) => error,
            _ = shutdown.changed() => return,
        };
        forget();
        count("lost");
        tracing::warn!(error = %failed, "not hearing the other replicas' writes; trying again");
        tokio::select! {
            () = tokio::time::sleep(RETRY) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// Listens until the listening connection fails for good, forgetting on every other
/// replica's write; returns why it stopped.
async fn listen(database_url: &str, me: &str, forget: impl Fn()) -> sea_orm::sqlx::Error {
    let mut listener = match PgListener::connect(database_url).await {
        Ok(listener) => listener,
        Err(error) => return error,
    };
    if let Err(error) = listener.listen(CHANNEL).await {
        return error;
    }
    // What was written elsewhere before now went unheard.
    forget();
    loop {
        match listener.try_recv().await {
            Ok(Some(heard)) if heard.payload() == me => {}
            Ok(Some(_)) => {
                forget();
                count("heard");
            }
            // The connection was lost and is made again; what was sent meanwhile is lost.
            Ok(None) => {
                forget();
                count("lost");
            }
            Err(error) => return error,
        }
    }
}
