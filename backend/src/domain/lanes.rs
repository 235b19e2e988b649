//! Lanes: a task that owns a bounded queue of requests and serves them in groups, so a
//! statement's or a transaction's fixed cost is paid once per group instead of once per
//! request. The vote writer and the rate limiter are lanes.
//!
//! A lane takes the first waiting request, everything queued behind it, and — only when that
//! already made a group — whatever arrives within the window, up to the group's size. A lone
//! request is served at once: at low load nothing waits for a window.

use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::error::{Error, Result};

/// How a lane forms its groups.
#[derive(Clone, Copy)]
pub struct Grouping {
    /// The most requests in one group.
    pub max: usize,
    /// How long a forming group waits for more requests after the first one.
    pub window: Duration,
}

/// One request in a lane's queue and where its answer goes.
pub struct Request<T, A> {
    pub asked: T,
    pub answer: oneshot::Sender<Result<A>>,
}

/// Waits for the next group; `false` once every sender is gone and the queue is empty.
pub async fn next_group<R>(
    queue: &mut mpsc::Receiver<R>,
    group: &mut Vec<R>,
    grouping: Grouping,
) -> bool {
    let Some(first) = queue.recv().await else {
        return false;
    };
    group.push(first);
    take_queued(queue, group, grouping.max);
    if group.len() < 2 {
        return true;
    }
    let deadline = Instant::now() + grouping.window;
    while group.len() < grouping.max {
        match tokio::time::timeout_at(deadline, queue.recv()).await {
            Ok(Some(request)) => {
                group.push(request);
                take_queued(queue, group, grouping.max);
            }
            Ok(None) | Err(_) => break,
        }
    }
    true
}

fn take_queued<R>(queue: &mut mpsc::Receiver<R>, group: &mut Vec<R>, max: usize) {
    while group.len() < max {
        match queue.try_recv() {
            Ok(request) => group.push(request),
            Err(_) => break,
        }
    }
}

/// Sends `asked` down a lane and waits for its answer; `stopped` when the lane has ended.
pub async fn ask<T, A>(
    lane: &mpsc::Sender<Request<T, A>>,
    asked: T,
    stopped: fn() -> Error,
) -> Result<A> {
    let (answer, answered) = oneshot::channel();
    lane.send(Request { asked, answer })
        .await
        .map_err(|_| stopped())?;
    answered.await.map_err(|_| stopped())?
}

/// Answers each request of a group with its own outcome, or all of them with the group's
/// failure (the first gets the error itself, the others its message).
pub fn answer_all<A>(answers: Vec<oneshot::Sender<Result<A>>>, outcome: Result<Vec<Result<A>>>) {
    match outcome {
        Ok(outcomes) => {
            for (answer, outcome) in answers.into_iter().zip(outcomes) {
                // The requester may have gone (client disconnected): nothing to do.
                let _ = answer.send(outcome);
            }
        }
        Err(error) => {
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
