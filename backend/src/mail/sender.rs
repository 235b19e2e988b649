//! The mail sender: the outbox consumer of topic `mail`. Notification mail about content that
//! was hidden or deleted since is dropped instead of sent. A message the server refuses for
//! good is dead-lettered at once; other failures are retried with backoff.

use crate::db::entities::outbox;
use crate::db::Db;
use crate::domain::notifications;
use crate::domain::outgoing_mail::{OutgoingMail, MAIL_TOPIC};
use crate::mail::{messages, Mailer, SendError};
use crate::monitoring::{MAIL_FAILED, MAIL_SENT};
use crate::outbox::worker::{Claim, Failure, Handler};

pub struct MailSender {
    pub mailer: Mailer,
    pub from: String,
}

impl Handler for MailSender {
    fn topic(&self) -> &'static str {
        MAIL_TOPIC
    }

    fn concurrency(&self) -> usize {
        8
    }

    async fn handle(
        &self,
        db: &Db,
        item: &outbox::Model,
        claim: &Claim<'_>,
    ) -> Result<(), Failure> {
        let mail: OutgoingMail = serde_json::from_value(item.payload.clone())
            .map_err(|e| Failure::Permanent(format!("unreadable mail request: {e}")))?;
        if let OutgoingMail::Notification {
            notification_id, ..
        } = &mail
        {
            if !notifications::is_visible(db.reader(), *notification_id)
                .await
                .map_err(|e| Failure::Retry(e.to_string()))?
            {
                return Ok(());
            }
        }
        let message = messages::build(mail.message_key(item.id), &self.from, &mail)
            .map_err(|e| Failure::Permanent(e.to_string()))?;
        // Another worker may have taken the item over while this one was slow: it sends then.
        claim.confirm().await?;
        match self.mailer.send(message).await {
            Ok(()) => {
                metrics::counter!(MAIL_SENT).increment(1);
                Ok(())
            }
            Err(SendError::Refused(reason)) => {
                metrics::counter!(MAIL_FAILED, "reason" => "refused").increment(1);
                Err(Failure::Permanent(reason))
            }
            Err(SendError::Failed(reason)) => {
                metrics::counter!(MAIL_FAILED, "reason" => "failed").increment(1);
                Err(Failure::Retry(reason))
            }
        }
    }
}
