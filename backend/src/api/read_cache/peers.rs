//! API replicas on one PostgreSQL database tell each other of their writes, so a page one
//! replica keeps is forgotten as soon as another has answered a write, not only once
//! `read_cache_ms` has passed.
//!
//! Each replica publishes `NOTIFY sala_writes` after its writes, at most one every `SPACING`
//! (the writes answered meanwhile make the next one, so a stream of votes costs the database
//! a hundred notifications a second, not one per vote), and listens on a connection of its
//! own. A notification from another replica empties what it keeps; so does a listening
//! connection lost and made again, since notifications may have been missed meanwhile.
//!
//! What stays bounded by `read_cache_ms` alone: writes by a `sala worker` process or the
//! command line (they publish nothing), and writes a replica answers after it was asked to
//! stop (it publishes once more when asked, then no longer).

use std::time::Duration;

use actix_web::web;
use sea_orm::sqlx::postgres::PgListener;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use uuid::Uuid;

use crate::api::state::AppState;
use crate::monitoring::READ_CACHE_PEER_EVENTS;

const CHANNEL: &str = "sala_writes";
/// The least time between two notifications of one replica: what the other replicas may serve
/// unchanged after a write, beside the notification's own delay.
const SPACING: Duration = Duration::from_millis(10);
/// How long a replica waits before listening again after the database refused it.
const RETRY: Duration = Duration::from_secs(1);

/// Counts `told`, `heard` or `lost` (docs/OBSERVABILITY.md).
fn count(event: &'static str) {
    metrics::counter!(READ_CACHE_PEER_EVENTS, "event" => event).increment(1);
}

/// Starts telling the other replicas of this one's writes and hearing of theirs. Nothing on
/// SQLite (a single process serves it) or with the read cache off.
pub fn spawn(
    state: &web::Data<AppState>,
    database_url: &str,
    shutdown: &watch::Receiver<bool>,
) -> Vec<JoinHandle<()>> {
    if state.db.backend() != DbBackend::Postgres || !state.read_cache.enabled() {
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

async fn hear(
    state: web::Data<AppState>,
    database_url: String,
    me: String,
    mut shutdown: watch::Receiver<bool>,
) {
    let forget = || {
        state.read_cache.forget_all();
        state.callers.forget_all();
    };
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
