//! The append-only audit log: every administrative action writes one row, in the same
//! transaction as the action.

use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};
use serde_json::Value;
use uuid::Uuid;

use crate::db::entities::audit_log;
use crate::domain::now;

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
