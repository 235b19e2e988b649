//! The fan-out: turns one event into a notification per person, and mail for those who want
//! it now. It works in batches of recipients, each its own transaction, and a notification is
//! unique per (event, person), so a fan-out interrupted half-way and run again adds nothing
//! twice. The request that caused the event only wrote the event; who hears of it is `plans`.

use std::collections::{HashMap, HashSet};

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use super::plans::{plan, Plan};
use super::unsubscribe::{Scope, UnsubscribeKey};
use super::{Delivery, Event, NotificationKind, NOTIFY_TOPIC};
use crate::db::entities::{notification_preferences, notifications};
use crate::db::Db;
use crate::domain::accounts::users_by_id;
use crate::domain::now;
use crate::domain::outgoing_mail::{self, OutgoingMail, Recipient};
use crate::outbox::worker::{Claim, Failure, Handler};

const RECIPIENTS_PER_TRANSACTION: usize = 500;

pub struct Fanout {
    pub public_url: String,
    pub unsubscribe: UnsubscribeKey,
}

impl Handler for Fanout {
    fn topic(&self) -> &'static str {
        NOTIFY_TOPIC
    }

    async fn handle(
        &self,
        db: &Db,
        item: &crate::db::entities::outbox::Model,
        _claim: &Claim<'_>,
    ) -> Result<(), Failure> {
        let event: Event = serde_json::from_value(item.payload.clone())
            .map_err(|e| Failure::Permanent(format!("unreadable event: {e}")))?;
        let Some(plan) = plan(db.reader(), &event).await? else {
            return Ok(());
        };
        for batch in plan.recipients.chunks(RECIPIENTS_PER_TRANSACTION) {
            self.deliver(db, item.id, &plan, batch).await?;
        }
        Ok(())
    }
}

impl Fanout {
    async fn deliver(
        &self,
        db: &Db,
        event_id: Uuid,
        plan: &Plan,
        batch: &[(Uuid, NotificationKind)],
    ) -> Result<(), Failure> {
        let txn = db.begin_write().await?;
        let ids: Vec<Uuid> = batch.iter().map(|(id, _)| *id).collect();
        let already = already_notified(&txn, event_id, &ids).await?;
        let people = users_by_id(&txn, ids.clone()).await?;
        let preferences = deliveries_chosen(&txn, ids).await?;
        let created_at = now();
        for (user_id, kind) in batch {
            let Some(person) = people.get(user_id).filter(|p| p.deleted_at.is_none()) else {
                continue;
            };
            if already.contains(user_id) {
                continue;
            }
            let delivery = preferences
                .get(&(*user_id, *kind))
                .copied()
                .unwrap_or_default();
            let notification_id = Uuid::now_v7();
            notifications::ActiveModel {
                id: Set(notification_id),
                user_id: Set(*user_id),
                event_id: Set(event_id),
                kind: Set(*kind),
                proposal_id: Set(plan.proposal_id),
                comment_id: Set(plan.comment_id),
                consultation_id: Set(plan.consultation_id),
                payload: Set(serde_json::to_value(&plan.subject)
                    .map_err(|e| Failure::Permanent(e.to_string()))?),
                delivery: Set(delivery),
                read_at: Set(None),
                digested_at: Set(None),
                created_at: Set(created_at),
            }
            .insert(&txn)
            .await?;
            // Mail goes only to confirmed addresses.
            if delivery == Delivery::Immediately && person.verified_at.is_some() {
                outgoing_mail::queue(
                    &txn,
                    &OutgoingMail::Notification {
                        to: Recipient {
                            email: person.email.clone(),
                            name: person.display_name.clone(),
                            locale: person.locale,
                        },
                        notification_id,
                        notification: *kind,
                        subject: Box::new(plan.subject.clone()),
                        link: format!("{}{}", self.public_url, plan.subject.link_path),
                        unsubscribe_url: self.unsubscribe.url(
                            &self.public_url,
                            *user_id,
                            Scope::Kind(*kind),
                        ),
                    },
                )
                .await?;
            }
        }
        txn.commit().await?;
        Ok(())
    }
}

/// Who of `ids` already has a notification of the event (a batch retried after a crash).
async fn already_notified<C: ConnectionTrait>(
    conn: &C,
    event_id: Uuid,
    ids: &[Uuid],
) -> Result<HashSet<Uuid>, Failure> {
    Ok(notifications::Entity::find()
        .filter(notifications::Column::EventId.eq(event_id))
        .filter(notifications::Column::UserId.is_in(ids.to_vec()))
        .all(conn)
        .await?
        .into_iter()
        .map(|n| n.user_id)
        .collect())
}

/// The deliveries the people chose, by person and kind; a kind not in it is delivered the
/// default way.
async fn deliveries_chosen<C: ConnectionTrait>(
    conn: &C,
    ids: Vec<Uuid>,
) -> Result<HashMap<(Uuid, NotificationKind), Delivery>, Failure> {
    Ok(notification_preferences::Entity::find()
        .filter(notification_preferences::Column::UserId.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| ((p.user_id, p.kind), p.delivery))
        .collect())
}
