//! The indexer: drains `search_pending` into the engine in batches, retrying with backoff
//! while the engine is down; and `rebuild`, which fills a fresh index from the database and
//! swaps it in while the old one keeps answering.

use std::time::Duration;

use tokio::sync::watch;

use super::{documents, CaughtUp, DocType, Engine};
use crate::clock::now;
use crate::db::Db;
use crate::outbox::search::{self as pending, Pending};

const BATCH: u64 = 256;
/// Short enough that a hidden item leaves results well within two seconds.
const POLL: Duration = Duration::from_millis(100);
/// A batch that did not fill waits this long from its start before the next one is claimed,
/// so what changes meanwhile is written in one commit: a crowd voting on a few proposals
/// touches each of them in every vote group, and one commit per group cost the embedded
/// engine a tenth of the machine (docs/PERFORMANCE.md, "Search under a voting crowd"). A full
/// batch goes on at once, so a backlog drains at full speed.
const GATHER: Duration = POLL;
const LEASE_SECS: i64 = 60;

/// Runs until `shutdown` becomes true.
pub async fn run(db: Db, engine: Engine, caught_up: CaughtUp, mut shutdown: watch::Receiver<bool>) {
    let mut failing = false;
    loop {
        let started = tokio::time::Instant::now();
        let wait = match step(&db, &engine).await {
            Ok(n) => {
                if failing && n > 0 {
                    tracing::info!("search indexer: the engine accepts writes again");
                    failing = false;
                }
                if n == 0 && !caught_up.is_reached() {
                    announce_if_nothing_waits(&db, &caught_up).await;
                }
                pause_after(n).map(|pause| started + pause)
            }
            Err(error) => {
                if !failing {
                    tracing::warn!(%error, "search indexer: will retry with backoff");
                    failing = true;
                }
                Some(started + POLL)
            }
        };
        if *shutdown.borrow() {
            break;
        }
        if let Some(until) = wait {
            tokio::select! {
                _ = tokio::time::sleep_until(until) => {}
                _ = shutdown.changed() => {}
            }
        }
    }
}

/// How long from the start of a batch that indexed `indexed` documents until the next claim:
/// none after a full batch, so a backlog drains at full speed.
fn pause_after(indexed: usize) -> Option<Duration> {
    match indexed {
        0 => Some(POLL),
        n if n < BATCH as usize => Some(GATHER),
        _ => None,
    }
}

/// Reaches `caught_up` when no document waits at all: an empty claim alone may mean the engine
/// refused writes, or another process holds the waiting ones.
async fn announce_if_nothing_waits(db: &Db, caught_up: &CaughtUp) {
    match pending::lag(db.reader()).await {
        Ok((_, 0)) => caught_up.reach(),
        Ok(_) => {}
        Err(error) => tracing::warn!(%error, "search indexer: cannot count waiting documents"),
    }
}

/// Indexes one batch; returns how many documents it wrote.
pub async fn step(db: &Db, engine: &Engine) -> anyhow::Result<usize> {
    if !engine.may_write().await {
        return Ok(0);
    }
    engine.prepare().await?;
    let batch: Vec<Pending> =
        pending::claim(db, BATCH, chrono::Duration::seconds(LEASE_SECS)).await?;
    if batch.is_empty() {
        return Ok(0);
    }
    let (upserts, deletes) = documents::load(db.reader(), &batch).await?;
    let outcome = |outcome: &'static str| {
        metrics::counter!(crate::monitoring::SEARCH_INDEX_BATCHES, "engine" => engine.name(), "outcome" => outcome)
            .increment(1)
    };
    match engine.apply(upserts, deletes).await {
        Ok(()) => {
            outcome("done");
            pending::mark_indexed(db, &batch).await?;
            Ok(batch.len())
        }
        Err(error) => {
            outcome("failed");
            // Search items are never given up (the engine coming back is all they need), but
            // a batch that keeps failing is an operator's problem, said at error level.
            let attempts = batch.iter().map(|p| p.attempts).max().unwrap_or(0) + 1;
            if attempts >= STUCK_AFTER_ATTEMPTS {
                tracing::error!(engine = engine.name(), attempts, documents = batch.len(), %error, "search documents keep failing to index");
            }
            pending::retry_later(db, &batch, &error.0).await?;
            Err(error.into())
        }
    }
}

/// After this many failed attempts (about two minutes of backoff) a batch is reported as
/// stuck on every further failure.
const STUCK_AFTER_ATTEMPTS: i32 = 8;

/// What a rebuild did.
#[derive(Debug, Clone, Copy, Default)]
pub struct RebuildSummary {
    pub documents: u64,
    pub changed_meanwhile: u64,
}

const REBUILD_PAGE: u64 = 1000;

/// Builds a new index from the database and switches to it; searches keep using the old one
/// until then. Documents changed during the build are marked again for the indexer.
pub async fn rebuild(
    db: &Db,
    engine: &Engine,
    search_dir: &std::path::Path,
    mut progress: impl FnMut(DocType, u64),
) -> anyhow::Result<RebuildSummary> {
    let started = now();
    let mut summary = RebuildSummary::default();
    match engine {
        Engine::Embedded(_) => {
            let dir = search_dir.to_owned();
            let mut build = tokio::task::spawn_blocking(move || {
                super::embedded::EmbeddedEngine::start_rebuild(&dir)
            })
            .await??;
            for doc_type in DocType::ALL {
                let mut after = None;
                while let Some((docs, last)) =
                    documents::page(db.reader(), doc_type, after, REBUILD_PAGE).await?
                {
                    build.add(&docs)?;
                    summary.documents += docs.len() as u64;
                    progress(doc_type, summary.documents);
                    after = Some(last);
                }
            }
            tokio::task::spawn_blocking(move || build.finish()).await??;
        }
        Engine::Meili(meili) => {
            let mut build = meili.start_rebuild().await?;
            for doc_type in DocType::ALL {
                let mut after = None;
                while let Some((docs, last)) =
                    documents::page(db.reader(), doc_type, after, REBUILD_PAGE).await?
                {
                    summary.documents += docs.len() as u64;
                    build.add(docs).await?;
                    progress(doc_type, summary.documents);
                    after = Some(last);
                }
            }
            build.finish().await?;
        }
    }
    summary.changed_meanwhile = pending::touch_changed_since(db, started).await?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_that_did_not_fill_gathers_the_next_and_a_full_one_goes_on() {
        assert_eq!(pause_after(0), Some(POLL));
        assert_eq!(pause_after(3), Some(GATHER));
        assert_eq!(pause_after(BATCH as usize - 1), Some(GATHER));
        assert_eq!(pause_after(BATCH as usize), None);
    }
}
