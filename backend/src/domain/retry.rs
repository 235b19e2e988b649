//! Bounded retries of a whole transaction that the database aborted for concurrency alone:
//! PostgreSQL's serialization failures (40001) and deadlocks (40P01), SQLite's busy lock.
//! Such a transaction changed nothing, so running the use-case again is safe; when the
//! retries run out the client gets a clean `503 unavailable` rather than an internal error.

use std::future::Future;
use std::time::Duration;

use sea_orm::{DbErr, RuntimeErr};

use crate::error::{Error, Result};

/// Attempts in all, the first included.
const ATTEMPTS: u32 = 5;
/// The first pause between attempts, doubled each time, with jitter.
const FIRST_PAUSE: Duration = Duration::from_millis(10);

/// Runs `attempt` (one whole transaction) until it succeeds, fails for a reason other than
/// contention, or has been tried `ATTEMPTS` times.
pub async fn retry_transient<T, F, Fut>(mut attempt: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let mut pause = FIRST_PAUSE;
    for n in 1..=ATTEMPTS {
        match attempt().await {
            Err(Error::Database(err)) if is_transient(&err) => {
                tracing::debug!(attempt = n, error = %err, "transaction aborted by contention");
                if n < ATTEMPTS {
                    let jitter = rand::random_range(0..=pause.as_millis() as u64);
                    tokio::time::sleep(pause + Duration::from_millis(jitter)).await;
                    pause *= 2;
                }
            }
            other => return other,
        }
    }
    tracing::warn!(
        attempts = ATTEMPTS,
        "transaction kept failing on contention"
    );
    Err(Error::Unavailable(
        "Too many people are changing the same items at once; try again in a moment.".into(),
    ))
}

/// Whether the database aborted the statement only because of concurrent transactions.
pub fn is_transient(err: &DbErr) -> bool {
    let (DbErr::Conn(RuntimeErr::SqlxError(e))
    | DbErr::Exec(RuntimeErr::SqlxError(e))
    | DbErr::Query(RuntimeErr::SqlxError(e))) = err
    else {
        return false;
    };
    let Some(db_err) = e.as_database_error() else {
        return false;
    };
    // PostgreSQL: serialization_failure, deadlock_detected. SQLite: SQLITE_BUSY and its
    // extended codes (another connection held the file past the busy timeout).
    matches!(
        db_err.code().as_deref(),
        Some("40001" | "40P01" | "5" | "261" | "517")
    )
}
