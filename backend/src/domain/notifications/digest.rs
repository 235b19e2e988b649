//! The daily digest: notifications people chose to receive "in the digest" are folded into one
//! message per person. Each notification is marked digested in the transaction that queues the
//! message, so a digest run twice sends nothing twice.

use std::collections::BTreeMap;

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::unsubscribe::{Scope, UnsubscribeKey};
use super::{Delivery, Subject};
use crate::db::entities::{notifications, users};
use crate::db::Db;
use crate::domain::now;
use crate::domain::outgoing_mail::{self, OutgoingMail, Recipient};
use crate::error::Result;

/// Queues one digest for everyone with undigested digest notifications; returns how many.
pub async fn send_due(db: &Db, public_url: &str, key: &UnsubscribeKey) -> Result<usize> {
    let pending = notifications::Entity::find()
        .filter(notifications::Column::Delivery.eq(Delivery::Digest))
        .filter(notifications::Column::DigestedAt.is_null())
        .order_by_asc(notifications::Column::UserId)
        .order_by_asc(notifications::Column::Id)
        .all(db.reader())
        .await?;
    let mut by_person: BTreeMap<Uuid, Vec<notifications::Model>> = BTreeMap::new();
    for n in pending {
        by_person.entry(n.user_id).or_default().push(n);
    }
    let mut sent = 0;
    for (user_id, items) in by_person {
        let txn = db.begin_write().await?;
        let Some(person) = users::Entity::find_by_id(user_id).one(&txn).await? else {
            continue;
        };
        let ids: Vec<Uuid> = items.iter().map(|n| n.id).collect();
        // Only the ones still undigested now: another run may have taken them meanwhile.
        let marked = notifications::Entity::update_many()
            .col_expr(notifications::Column::DigestedAt, Expr::value(now()))
            .filter(notifications::Column::Id.is_in(ids))
            .filter(notifications::Column::DigestedAt.is_null())
            .exec(&txn)
            .await?;
        if marked.rows_affected as usize != items.len() {
            continue;
        }
        if person.deleted_at.is_none() && person.verified_at.is_some() {
            let entries = items
                .iter()
                .filter_map(|n| {
                    let subject: Subject = serde_json::from_value(n.payload.clone()).ok()?;
                    let link = format!("{public_url}{}", subject.link_path);
                    Some((n.kind, subject, link))
                })
                .collect();
            outgoing_mail::queue(
                &txn,
                &OutgoingMail::Digest {
                    to: Recipient {
                        email: person.email.clone(),
                        name: person.display_name.clone(),
                        locale: person.locale,
                    },
                    digest_id: Uuid::now_v7(),
                    items: entries,
                    unsubscribe_url: key.url(public_url, user_id, Scope::All),
                },
            )
            .await?;
            sent += 1;
        }
        txn.commit().await?;
    }
    Ok(sent)
}
