//! Stopping on request: `SIGTERM` (what `docker stop` and Kubernetes send) or Ctrl-C both ask
//! a process to finish what it has in hand within `SALA_SHUTDOWN_GRACE_SECS`, then exit.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::Instant;

/// Resolves when the process is asked to stop. If the signal handlers cannot be installed,
/// it never resolves (the process then stops only when killed), after saying so.
pub async fn requested() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::warn!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}

/// Waits for background tasks that were told to stop, until `deadline`; those still running
/// then are aborted (their open transactions roll back; claimed outbox items are taken over
/// by another worker when their lease lapses). Returns how many had to be aborted.
pub async fn drain(tasks: Vec<JoinHandle<()>>, deadline: Instant) -> usize {
    let mut aborted = 0;
    for mut task in tasks {
        if tokio::time::timeout_at(deadline, &mut task).await.is_err() {
            task.abort();
            aborted += 1;
        }
    }
    if aborted > 0 {
        tracing::warn!(
            aborted,
            "background work did not finish within the shutdown grace period"
        );
    }
    aborted
}

/// The deadline `grace_secs` from now.
pub fn deadline(grace_secs: u64) -> Instant {
    Instant::now() + Duration::from_secs(grace_secs)
}
