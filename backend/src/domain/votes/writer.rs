//! The vote writer: requests queue here and are committed in groups, so a transaction's fixed
//! cost (begin, row lock, commit and its disk flush) is paid once per group instead of once
//! per vote, and a proposal everyone votes on costs one row update per group.
//!
//! Each lane (`domain::lanes`) takes what arrives within a millisecond, up to `MAX_GROUP`
//! votes, commits them in one transaction and only then answers each request, so nothing
//! acknowledged can be lost. A lone vote is committed at once.
//!
//! SQLite has one writer connection, so one lane. PostgreSQL gets `POSTGRES_LANES` lanes,
//! a proposal always in the same one (by its id), so one proposal's votes keep their order and
//! lanes never wait on each other's proposal locks.
//!
//! On shutdown the server stops taking requests and lets those in flight finish; they wait
//! for their answer, so the lanes commit everything queued before the last sender is dropped
//! and the tasks end.

use std::time::Duration;

use tokio::sync::mpsc;
use uuid::Uuid;

use super::batch::{self, Ballot};
use super::{VoteOutcome, VoteValue};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::lanes::{self, Grouping};
use crate::error::{Error, Result};
use crate::monitoring::{VOTE_BATCHES, VOTE_BATCH_SIZE};

/// The most votes in one transaction.
pub const MAX_GROUP: usize = 256;
const GROUPING: Grouping = Grouping {
    max: MAX_GROUP,
    window: Duration::from_millis(1),
};
/// Votes that may wait per lane before senders wait too (backpressure, not refusal).
const QUEUE: usize = 4 * MAX_GROUP;
const POSTGRES_LANES: usize = 4;

type Request = lanes::Request<Ballot, VoteOutcome>;

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
        let ballot = Ballot {
            voter: voter.clone(),
            proposal_id,
            value,
            origin,
        };
        lanes::ask(sender, ballot, stopped).await
    }
}

fn stopped() -> Error {
    Error::Unavailable("The vote writer is stopping; try again.".to_owned())
}

/// One lane: groups, commits, answers, until every sender is gone and the queue is empty.
async fn run(db: Db, mut queue: mpsc::Receiver<Request>) {
    let mut group = Vec::with_capacity(MAX_GROUP);
    while lanes::next_group(&mut queue, &mut group, GROUPING).await {
        let (ballots, answers): (Vec<Ballot>, Vec<_>) =
            group.drain(..).map(|r| (r.asked, r.answer)).unzip();
        metrics::counter!(VOTE_BATCHES).increment(1);
        metrics::histogram!(VOTE_BATCH_SIZE).record(ballots.len() as f64);
        let outcome = batch::commit(&db, &ballots).await;
        if let Err(error) = &outcome {
            tracing::error!(%error, votes = ballots.len(), "a group of votes failed; none was written");
        }
        lanes::answer_all(answers, outcome);
    }
}
