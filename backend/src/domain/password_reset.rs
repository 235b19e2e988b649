//! Asking for a password-reset link. The request only records the address in the outbox and
//! answers; whether the address has an account is looked up later by a worker. So the answer
//! is the same, and takes the same work, for a registered and an unknown address: neither its
//! body nor its timing tells who is registered.

use chrono::Duration;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::auth::opaque;
use crate::db::entities::{email_tokens, outbox as outbox_row, users};
use crate::db::Db;
use crate::domain::accounts::{PASSWORD_RESET, PASSWORD_RESET_MINUTES};
use crate::domain::outgoing_mail::{self, OutgoingMail, Recipient};
use crate::domain::{now, text};
use crate::error::Result;
use crate::outbox::{self, worker};

/// The outbox topic of reset requests waiting to be looked up.
pub const RESET_TOPIC: &str = "password_reset";

#[derive(Serialize, Deserialize)]
struct ResetRequested {
    email: String,
}

/// Records a request for a reset link. A malformed address is dropped here: that it is
/// malformed is no secret.
pub async fn request(db: &Db, email: &str) -> Result<()> {
    let Ok(email) = text::email(email) else {
        return Ok(());
    };
    let txn = db.begin_write().await?;
    outbox::enqueue(&txn, RESET_TOPIC, &ResetRequested { email }).await?;
    txn.commit().await?;
    Ok(())
}

/// The worker that turns a recorded request into a single-use link mailed to the account,
/// when there is one.
pub struct ResetMailer {
    pub public_url: String,
}

impl worker::Handler for ResetMailer {
    fn topic(&self) -> &'static str {
        RESET_TOPIC
    }

    async fn handle(
        &self,
        db: &Db,
        item: &outbox_row::Model,
        _claim: &worker::Claim<'_>,
    ) -> std::result::Result<(), worker::Failure> {
        let request: ResetRequested = serde_json::from_value(item.payload.clone())
            .map_err(|e| worker::Failure::Permanent(format!("unreadable reset request: {e}")))?;
        let txn = db.begin_write().await?;
        // Done in the same transaction as the link it makes: a retry after a crash finds the
        // request done, and a worker whose claim was taken over makes nothing.
        if !outbox::acknowledge_within(&txn, item).await? {
            txn.rollback().await?;
            return Err(worker::Failure::ClaimLost);
        }
        let Some(user) = users::Entity::find()
            .filter(users::Column::Email.eq(&request.email))
            .filter(users::Column::DeletedAt.is_null())
            .one(&txn)
            .await?
        else {
            txn.commit().await?;
            return Ok(());
        };
        let (token, token_hash) = opaque::new_token();
        let now = now();
        email_tokens::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(user.id),
            purpose: Set(PASSWORD_RESET.to_owned()),
            token_hash: Set(token_hash),
            expires_at: Set(now + Duration::minutes(PASSWORD_RESET_MINUTES)),
            used_at: Set(None),
            created_at: Set(now),
        }
        .insert(&txn)
        .await?;
        outgoing_mail::queue(
            &txn,
            &OutgoingMail::PasswordReset {
                to: Recipient {
                    email: user.email,
                    name: user.display_name,
                    locale: user.locale,
                },
                link: format!("{}/reset-password#token={token}", self.public_url),
                valid_minutes: PASSWORD_RESET_MINUTES,
            },
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }
}
