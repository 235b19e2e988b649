//! The mail sender: claims due mail items from the outbox, sends them, and acknowledges or
//! reschedules each. Runs inside `sala serve`; several processes may run it at once.

use std::time::Duration;

use tokio::sync::watch;

use crate::db::Db;
use crate::domain::accounts::{AccountMail, MAIL_TOPIC};
use crate::mail::{messages, Mailer};
use crate::outbox;

const BATCH: u64 = 20;
const IDLE_WAIT: Duration = Duration::from_millis(500);

/// Sends what is due until `shutdown` flips to true.
pub async fn run(db: Db, mailer: Mailer, from: String, mut shutdown: watch::Receiver<bool>) {
    loop {
        let sent = match drain_once(&db, &mailer, &from).await {
            Ok(n) => n,
            Err(error) => {
                tracing::warn!(%error, "mail sender could not read the outbox");
                0
            }
        };
        if sent == 0 {
            tokio::select! {
                _ = tokio::time::sleep(IDLE_WAIT) => {}
                _ = shutdown.changed() => {}
            }
        }
        if *shutdown.borrow() {
            break;
        }
    }
}

/// Handles one batch; returns how many items it took.
pub async fn drain_once(db: &Db, mailer: &Mailer, from: &str) -> anyhow::Result<usize> {
    let batch = outbox::claim(db, MAIL_TOPIC, BATCH).await?;
    let taken = batch.len();
    for item in batch {
        let outcome = match serde_json::from_value::<AccountMail>(item.payload.clone()) {
            Ok(mail) => match messages::build(item.id, from, &mail) {
                Ok(message) => mailer.send(message).await,
                Err(error) => Err(error),
            },
            Err(error) => Err(error.into()),
        };
        match outcome {
            Ok(()) => outbox::acknowledge(db, item.id).await?,
            Err(error) => {
                tracing::warn!(outbox_id = %item.id, attempts = item.attempts, %error, "mail not sent; will retry");
                outbox::retry_later(db, &item, &error.to_string()).await?;
            }
        }
    }
    Ok(taken)
}
