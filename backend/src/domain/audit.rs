//! The append-only audit log: every administrative and moderation action writes one row, in
//! the same transaction as the action. The database refuses updates and deletes of its rows.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde_json::Value;
use uuid::Uuid;

use crate::db::entities::audit_log;
use crate::db::Db;
use crate::domain::{cursor, now};
use crate::error::Result;

/// What was done, to what, by whom, why, and the state before and after.
pub struct AuditEntry<'a> {
    pub actor_id: Option<Uuid>,
    pub action: &'a str,
    pub target_type: &'a str,
    pub target_id: Option<Uuid>,
    pub reason: Option<String>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

pub async fn record<C: ConnectionTrait>(conn: &C, entry: AuditEntry<'_>) -> Result<(), DbErr> {
    audit_log::ActiveModel {
        id: Set(Uuid::now_v7()),
        actor_id: Set(entry.actor_id),
        action: Set(entry.action.to_owned()),
        target_type: Set(entry.target_type.to_owned()),
        target_id: Set(entry.target_id),
        reason: Set(entry.reason),
        before: Set(entry.before),
        after: Set(entry.after),
        created_at: Set(now()),
    }
    .insert(conn)
    .await
    .map(|_| ())
}

pub struct AuditQuery {
    /// An exact action, or a prefix ending in `.` (`moderation.`).
    pub action: Option<String>,
    pub actor_id: Option<Uuid>,
    pub target_type: Option<String>,
    pub target_id: Option<Uuid>,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// The audit log, newest first, for administrators.
pub async fn list(db: &Db, q: AuditQuery) -> Result<(Vec<audit_log::Model>, Option<String>)> {
    let mut query = audit_log::Entity::find().order_by_desc(audit_log::Column::Id);
    if let Some(action) = &q.action {
        query = if action.ends_with('.') {
            query.filter(audit_log::Column::Action.starts_with(action.as_str()))
        } else {
            query.filter(audit_log::Column::Action.eq(action.as_str()))
        };
    }
    if let Some(actor) = q.actor_id {
        query = query.filter(audit_log::Column::ActorId.eq(actor));
    }
    if let Some(target_type) = &q.target_type {
        query = query.filter(audit_log::Column::TargetType.eq(target_type.as_str()));
    }
    if let Some(target) = q.target_id {
        query = query.filter(audit_log::Column::TargetId.eq(target));
    }
    if let Some(raw) = &q.cursor {
        let last: Uuid = cursor::decode(raw)?;
        query = query.filter(audit_log::Column::Id.lt(last));
    }
    let mut rows = query.limit(q.limit + 1).all(db.reader()).await?;
    let next = if rows.len() as u64 > q.limit {
        rows.truncate(q.limit as usize);
        rows.last().map(|last| cursor::encode(&last.id))
    } else {
        None
    };
    Ok((rows, next))
}
