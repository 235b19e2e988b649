//! Notifications: what happened to the things people wrote, follow or voted on. A change
//! emits one event into the outbox in its own transaction; the fan-out turns it into one
//! notification per person (the in-app inbox) and, by each person's preference, mail now or
//! in the daily digest.

pub mod digest;
pub mod fanout;
mod plans;
pub mod text;
pub mod unsubscribe;

use std::collections::HashMap;

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::entities::{comments, notification_preferences, notifications, proposals};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::{cursor, now};
use crate::error::{Error, Result};
use crate::outbox;

pub const NOTIFY_TOPIC: &str = "notify";

pub use crate::db::entities::notifications::{Delivery, NotificationKind};

/// What a notification is about, kept with it so the inbox and the mail can show it even
/// after the source changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Subject {
    pub proposal_title: Option<String>,
    pub consultation_title: Option<String>,
    /// The consultation's English title, when the organisers gave one: what readers who chose
    /// English see (in the inbox and in mail).
    #[serde(default)]
    pub consultation_title_en: Option<String>,
    /// The first words of the comment, for comment notifications.
    pub excerpt: Option<String>,
    pub actor_name: Option<String>,
    pub status: Option<String>,
    pub official_response: Option<String>,
    pub phase: Option<String>,
    pub action: Option<String>,
    pub reason: Option<String>,
    /// What a moderation decision was about: `proposal`, `comment`, `remark` or `account`.
    #[serde(default)]
    pub about: Option<String>,
    /// A result's title, for result updates.
    #[serde(default)]
    pub result_title: Option<String>,
    /// The result's English title, when its organisation gave one.
    #[serde(default)]
    pub result_title_en: Option<String>,
    /// A result's progress after the update, 0–100.
    #[serde(default)]
    pub progress: Option<i32>,
    /// A document's title, for decisions on amendments to it.
    #[serde(default)]
    pub document_title: Option<String>,
    /// An award's title, for its decision.
    #[serde(default)]
    pub award_title: Option<String>,
    /// The award's English title, when its organisers gave one.
    #[serde(default)]
    pub award_title_en: Option<String>,
    /// Where in the web app it leads, such as `/proposals/<id>`.
    pub link_path: String,
}

/// A change people may need to hear about, written to the outbox in the change's transaction.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    CommentPosted {
        comment_id: Uuid,
    },
    ProposalStatusChanged {
        proposal_id: Uuid,
        actor_id: Option<Uuid>,
    },
    PhaseChanged {
        consultation_id: Uuid,
        actor_id: Option<Uuid>,
    },
    ResultUpdated {
        result_id: Uuid,
        update_id: Uuid,
        actor_id: Option<Uuid>,
    },
    AmendmentDecided {
        remark_id: Uuid,
        actor_id: Option<Uuid>,
    },
    AwardDecided {
        application_id: Uuid,
        actor_id: Option<Uuid>,
    },
    ModerationDecision {
        user_id: Uuid,
        proposal_id: Option<Uuid>,
        comment_id: Option<Uuid>,
        /// A remark on a document; absent from events written before remarks were moderated.
        #[serde(default)]
        remark_id: Option<Uuid>,
        action: String,
        reason: Option<String>,
    },
}

/// Queues an event inside the caller's transaction.
pub async fn emit<C: ConnectionTrait>(conn: &C, event: &Event) -> Result<()> {
    outbox::enqueue(conn, NOTIFY_TOPIC, event).await?;
    Ok(())
}

/// Each kind's delivery for one person, defaults included.
pub async fn preferences<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
) -> Result<Vec<(NotificationKind, Delivery)>> {
    let stored: HashMap<NotificationKind, Delivery> = notification_preferences::Entity::find()
        .filter(notification_preferences::Column::UserId.eq(user_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.kind, p.delivery))
        .collect();
    Ok(NotificationKind::ALL
        .into_iter()
        .map(|kind| {
            let delivery = stored.get(&kind).copied().unwrap_or_default();
            (kind, delivery)
        })
        .collect())
}

/// Sets the delivery of the given kinds inside the caller's transaction.
pub async fn set_preferences<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    changes: &[(NotificationKind, Delivery)],
) -> Result<()> {
    for (kind, delivery) in changes {
        notification_preferences::Entity::delete_many()
            .filter(notification_preferences::Column::UserId.eq(user_id))
            .filter(notification_preferences::Column::Kind.eq(*kind))
            .exec(conn)
            .await?;
        notification_preferences::Entity::insert(notification_preferences::ActiveModel {
            user_id: sea_orm::Set(user_id),
            kind: sea_orm::Set(*kind),
            delivery: sea_orm::Set(*delivery),
        })
        .exec(conn)
        .await?;
    }
    Ok(())
}

pub async fn update_preferences(
    db: &Db,
    who: &Account,
    changes: &[(NotificationKind, Delivery)],
) -> Result<Vec<(NotificationKind, Delivery)>> {
    let txn = db.begin_write().await?;
    set_preferences(&txn, who.id, changes).await?;
    txn.commit().await?;
    preferences(db.reader(), who.id).await
}

/// Notifications about content a moderator hid or an author deleted are no longer shown.
fn still_visible() -> Condition {
    Condition::all()
        .add(
            Condition::any()
                .add(notifications::Column::ProposalId.is_null())
                .add(
                    notifications::Column::ProposalId.not_in_subquery(
                        sea_orm::sea_query::Query::select()
                            .column(proposals::Column::Id)
                            .from(proposals::Entity)
                            .and_where(Expr::col(proposals::Column::HiddenAt).is_not_null())
                            .to_owned(),
                    ),
                ),
        )
        .add(
            Condition::any()
                .add(notifications::Column::CommentId.is_null())
                .add(
                    notifications::Column::CommentId.not_in_subquery(
                        sea_orm::sea_query::Query::select()
                            .column(comments::Column::Id)
                            .from(comments::Entity)
                            .cond_where(
                                Condition::any()
                                    .add(Expr::col(comments::Column::HiddenAt).is_not_null())
                                    .add(Expr::col(comments::Column::DeletedAt).is_not_null()),
                            )
                            .to_owned(),
                    ),
                ),
        )
}

/// Whether a notification's subject can still be shown (checked again before mail goes out).
pub async fn is_visible<C: ConnectionTrait>(conn: &C, notification_id: Uuid) -> Result<bool> {
    Ok(notifications::Entity::find_by_id(notification_id)
        .filter(still_visible())
        .one(conn)
        .await?
        .is_some())
}

#[derive(Serialize, Deserialize)]
struct InboxPosition {
    read: bool,
    id: Uuid,
}

/// The inbox: unread first, newest first within each, keyset-paginated.
pub async fn inbox(
    db: &Db,
    who: &Account,
    after: Option<&str>,
    limit: u64,
) -> Result<(Vec<notifications::Model>, Option<String>, u64)> {
    let mut unread_page = Vec::new();
    let position: Option<InboxPosition> = after.map(cursor::decode).transpose()?;
    let base = || {
        notifications::Entity::find()
            .filter(notifications::Column::UserId.eq(who.id))
            .filter(still_visible())
            .order_by_desc(notifications::Column::Id)
    };
    if !position.as_ref().is_some_and(|p| p.read) {
        let mut query = base().filter(notifications::Column::ReadAt.is_null());
        if let Some(p) = &position {
            query = query.filter(notifications::Column::Id.lt(p.id));
        }
        unread_page = query.limit(limit + 1).all(db.reader()).await?;
    }
    let mut items = unread_page;
    if (items.len() as u64) <= limit {
        let mut query = base().filter(notifications::Column::ReadAt.is_not_null());
        if let Some(p) = position.as_ref().filter(|p| p.read) {
            query = query.filter(notifications::Column::Id.lt(p.id));
        }
        let wanted = limit + 1 - items.len() as u64;
        items.extend(query.limit(wanted).all(db.reader()).await?);
    }
    let next = if items.len() as u64 > limit {
        items.truncate(limit as usize);
        items.last().map(|last| {
            cursor::encode(&InboxPosition {
                read: last.read_at.is_some(),
                id: last.id,
            })
        })
    } else {
        None
    };
    let unread = sea_orm::PaginatorTrait::count(
        notifications::Entity::find()
            .filter(notifications::Column::UserId.eq(who.id))
            .filter(notifications::Column::ReadAt.is_null())
            .filter(still_visible()),
        db.reader(),
    )
    .await?;
    Ok((items, next, unread))
}

/// Marks the given notifications (or all of them) read.
pub async fn mark_read(db: &Db, who: &Account, ids: Option<&[Uuid]>) -> Result<()> {
    if ids.is_some_and(|ids| ids.len() > 500) {
        return Err(Error::field("ids", "too_many", "at most 500 at a time"));
    }
    let txn = db.begin_write().await?;
    let mut update = notifications::Entity::update_many()
        .col_expr(notifications::Column::ReadAt, Expr::value(now()))
        .filter(notifications::Column::UserId.eq(who.id))
        .filter(notifications::Column::ReadAt.is_null());
    if let Some(ids) = ids {
        update = update.filter(notifications::Column::Id.is_in(ids.iter().copied()));
    }
    update.exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}
