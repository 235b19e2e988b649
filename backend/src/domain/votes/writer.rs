//! The vote writer: requests queue here and are committed in groups, so a transaction's fixed
//! cost (begin, row lock, commit and its disk flush) is paid once per group instead of once
//! per vote, and a proposal everyone votes on costs one row update per group.
//!
//! Each lane is a task that owns a bounded queue. It takes the first waiting vote, everything
//! queued behind it, and — only when that already made a group — whatever arrives within
//! `WINDOW`, up to `MAX_GROUP` votes; it commits them in one transaction and only then
//! answers each request, so nothing acknowledged can be lost. A lone vote is committed at
//! once: at low load nothing waits for a window.
//!
//! SQLite has one writer connection, so one lane. PostgreSQL gets `POSTGRES_LANES` lanes,
//! a proposal always in the same one (by its id), so one proposal's votes keep their order and
//! lanes never wait on each other's proposal locks.
//!
//! On shutdown the server stops taking requests and lets those in flight finish; they wait
//! for their answer, so the lanes commit everything queued before the last sender is dropped
//! and the tasks end.

use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;
use uuid::Uuid;

use super::batch::{self, Ballot};
use super::{VoteOutcome, VoteValue};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::error::{Error, Result};
use crate::monitoring::{VOTE_BATCHES, VOTE_BATCH_SIZE};

/// The most votes in one transaction.
pub const MAX_GROUP: usize = 256;
/// How long a forming group waits for more votes after the first one.
const WINDOW: Duration = Duration::from_millis(1);
/// Votes that may wait per lane before senders wait too (backpressure, not refusal).
const QUEUE: usize = 4 * MAX_GROUP;
const POSTGRES_LANES: usize = 4;

struct Request {
    ballot: Ballot,
    answer: oneshot::Sender<Result<VoteOutcome>>,
}

/// Hands votes to the lanes; cloned into every request handler through `AppState`.
#[derive(Clone)]
pub struct VoteWriter {
    lanes: Vec<mpsc::Sender<Request>>,
}

impl VoteWriter {
    /// Starts the lanes on the current runtime.
    pub fn spawn(db: &Db) -> VoteWriter {
        let count = match db.backend() {
            sea_orm::DbBackend::Postgres => POSTGRES_LANES,
            _ => 1,
        };
        let lanes = (0..count)
            .map(|_| {
                let (sender, receiver) = mpsc::channel(QUEUE);
                tokio::spawn(run(db.clone(), receiver));
                sender
            })
            .collect();
        VoteWriter { lanes }
    }

    /// Sets (`Some`) or retracts (`None`) the voter's vote, answering once it is committed.
    /// Repeating the same request changes nothing, so clients may retry freely. `origin` is
    /// the client's address range (see `moderation::anomalies::network_of`).
    #[tracing::instrument(skip_all, fields(proposal_id = %proposal_id))]
    pub async fn cast(
        &self,
        voter: &Account,
        proposal_id: Uuid,
        value: Option<VoteValue>,
        origin: Option<String>,
    ) -> Result<VoteOutcome> {
        let lane = (proposal_id.as_u128() % self.lanes.len() as u128) as usize;
        let Some(sender) = self.lanes.get(lane) else {
            return Err(stopped());
        };
        let (answer, answered) = oneshot::channel();
        let ballot = Ballot {
            voter: voter.clone(),
            proposal_id,
            value,
            origin,
        };
        sender
            .send(Request { ballot, answer })
            .await
            .map_err(|_| stopped())?;
        answered.await.map_err(|_| stopped())?
    }
}

fn stopped() -> Error {
    Error::Unavailable("The vote writer is stopping; try again.".to_owned())
}

/// One lane: groups, commits, answers, until every sender is gone and the queue is empty.
async fn run(db: Db, mut queue: mpsc::Receiver<Request>) {
    let mut group = Vec::with_capacity(MAX_GROUP);
    while let Some(first) = queue.recv().await {
        group.push(first);
        gather(&mut queue, &mut group).await;
        let (ballots, answers): (Vec<Ballot>, Vec<_>) =
            group.drain(..).map(|r| (r.ballot, r.answer)).unzip();
        metrics::counter!(VOTE_BATCHES).increment(1);
        metrics::histogram!(VOTE_BATCH_SIZE).record(ballots.len() as f64);
        match batch::commit(&db, &ballots).await {
            Ok(outcomes) => {
                for (answer, outcome) in answers.into_iter().zip(outcomes) {
                    // The requester may have gone (client disconnected): nothing to do.
                    let _ = answer.send(outcome);
                }
            }
            Err(error) => {
                tracing::error!(%error, votes = ballots.len(), "a group of votes failed; none was written");
                let message = error.to_string();
                let mut error = Some(error);
                for answer in answers {
                    let failed = error
                        .take()
                        .unwrap_or_else(|| Error::Internal(anyhow::anyhow!("{message}")));
                    let _ = answer.send(Err(failed));
                }
            }
        }
    }
}

/// Adds to `group` what is already queued; if that made a group, also what arrives within
/// `WINDOW` of now, up to `MAX_GROUP`.
async fn gather(queue: &mut mpsc::Receiver<Request>, group: &mut Vec<Request>) {
    take_queued(queue, group);
    if group.len() < 2 {
        return;
    }
    let deadline = Instant::now() + WINDOW;
    while group.len() < MAX_GROUP {
        match tokio::time::timeout_at(deadline, queue.recv()).await {
            Ok(Some(request)) => {
                group.push(request);
                take_queued(queue, group);
            }
            Ok(None) | Err(_) => break,
        }
    }
}

fn take_queued(queue: &mut mpsc::Receiver<Request>, group: &mut Vec<Request>) {
    while group.len() < MAX_GROUP {
        match queue.try_recv() {
            Ok(request) => group.push(request),
            Err(_) => break,
        }
    }
}
