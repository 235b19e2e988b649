//! The moderation log. Every moderation decision writes two rows in its own transaction: a
//! public one (`moderation_actions`: what, to what, why) and a private one in the audit log
//! (who, and the state before and after). Both tables refuse updates and deletes.

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::Value;
use uuid::Uuid;

use crate::db::entities::moderation_actions::{self, Model as LoggedAction, TargetType};
use crate::db::Db;
use crate::domain::audit::{self, AuditAction, AuditEntry};
use crate::domain::{cursor, now};
use crate::error::Result;

pub struct Entry {
    /// `None` when the platform acted on its own.
    pub moderator_id: Option<Uuid>,
    /// A `moderation.*` action: the public log stores its short code (`hide`).
    pub action: AuditAction,
    pub target_type: TargetType,
    pub target_id: Uuid,
    pub consultation_id: Option<Uuid>,
    /// Public: shown on the moderation log and to the author.
    pub reason: String,
    /// Public facts about the decision (a suspension's end, a merge's target).
    pub details: Option<Value>,
    /// Private: for administrators only.
    pub before: Option<Value>,
    pub after: Option<Value>,
}

pub async fn record<C: ConnectionTrait>(conn: &C, entry: Entry) -> Result<LoggedAction> {
    let logged = moderation_actions::ActiveModel {
        id: Set(Uuid::now_v7()),
        moderator_id: Set(entry.moderator_id),
        action: Set(entry
            .action
            .moderation_code()
            .unwrap_or(entry.action.as_str())
            .to_owned()),
        target_type: Set(entry.target_type),
        target_id: Set(entry.target_id),
        consultation_id: Set(entry.consultation_id),
        reason: Set(entry.reason.clone()),
        details: Set(entry.details.clone()),
        created_at: Set(now()),
    }
    .insert(conn)
    .await?;
    let mut after = entry.after;
    if let (Some(Value::Object(map)), Some(details)) = (&mut after, entry.details) {
        map.insert("details".into(), details);
    }
    audit::record(
        conn,
        AuditEntry {
            actor_id: entry.moderator_id,
            action: entry.action,
            target_type: entry.target_type.as_str(),
            target_id: Some(entry.target_id),
            reason: Some(entry.reason),
            before: entry.before,
            after,
        },
    )
    .await?;
    Ok(logged)
}

pub struct LogQuery {
    pub consultation_id: Option<Uuid>,
    pub action: Option<String>,
    pub target_id: Option<Uuid>,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// The public log, newest first.
pub async fn public_log(db: &Db, q: LogQuery) -> Result<(Vec<LoggedAction>, Option<String>)> {
    let mut query = moderation_actions::Entity::find();
    if let Some(id) = q.consultation_id {
        query = query.filter(moderation_actions::Column::ConsultationId.eq(id));
    }
    if let Some(action) = &q.action {
        query = query.filter(moderation_actions::Column::Action.eq(action.as_str()));
    }
    if let Some(id) = q.target_id {
        query = query.filter(moderation_actions::Column::TargetId.eq(id));
    }
    cursor::newest_first(
        db.reader(),
        query,
        moderation_actions::Column::Id,
        q.cursor.as_deref(),
        q.limit,
        |row| row.id,
    )
    .await
}
