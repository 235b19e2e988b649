//! The append-only audit log: every administrative and moderation action writes one row, in
//! the same transaction as the action, and so does a signed-in account's refused attempt at a
//! privileged route (`access.denied`). The database refuses updates and deletes of its rows.

mod action;

pub use action::AuditAction;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};
use serde_json::Value;
use uuid::Uuid;

use crate::config::LimitedAction;
use crate::db::entities::audit_log;
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::rate_limit::{RateLimiter, Requester};
use crate::domain::{cursor, now};
use crate::error::{Error, Result};

/// What was done, to what, by whom, why, and the state before and after.
pub struct AuditEntry<'a> {
    pub actor_id: Option<Uuid>,
    pub action: AuditAction,
    pub target_type: &'a str,
    pub target_id: Option<Uuid>,
    pub reason: Option<String>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

impl<'a> AuditEntry<'a> {
    /// `actor` did `action` to the `target_type` row `target_id`; the state before and after
    /// are added with `before` and `after`.
    pub fn by(actor: &Account, action: AuditAction, target_type: &'a str, target_id: Uuid) -> Self {
        AuditEntry {
            actor_id: Some(actor.id),
            ..Self::by_operator(action, target_type, target_id)
        }
    }

    /// Done by the operator at the server's console, who has no account (`actor_id` is empty).
    pub fn by_operator(action: AuditAction, target_type: &'a str, target_id: Uuid) -> Self {
        AuditEntry {
            actor_id: None,
            action,
            target_type,
            target_id: Some(target_id),
            reason: None,
            before: None,
            after: None,
        }
    }

    pub fn reason(self, reason: impl Into<Option<String>>) -> Self {
        AuditEntry {
            reason: reason.into(),
            ..self
        }
    }

    pub fn before(self, before: impl Into<Option<Value>>) -> Self {
        AuditEntry {
            before: before.into(),
            ..self
        }
    }

    pub fn after(self, after: impl Into<Option<Value>>) -> Self {
        AuditEntry {
            after: after.into(),
            ..self
        }
    }

    pub async fn record<C: ConnectionTrait>(self, conn: &C) -> Result<(), DbErr> {
        record(conn, self).await
    }
}

pub async fn record<C: ConnectionTrait>(conn: &C, entry: AuditEntry<'_>) -> Result<(), DbErr> {
    audit_log::ActiveModel {
        id: Set(Uuid::now_v7()),
        actor_id: Set(entry.actor_id),
        action: Set(entry.action.as_str().to_owned()),
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

/// A signed-in account refused (403) on a moderation, administration, agency or lab route.
pub struct DeniedAttempt<'a> {
    pub account: &'a Account,
    pub method: &'a str,
    /// The route's template (`/api/v1/admin/users/{id}/role`), not the ids in the request.
    pub route: &'a str,
    /// The privilege the route requires (`admin`, `moderator`, …).
    pub requires: &'a str,
    /// `email_unverified`, `banned`, `suspended`, `role_required` or `outside_scope`.
    pub reason: &'a str,
    pub address: Option<std::net::IpAddr>,
}

/// Records a refused attempt as one `access.denied` row, unless the account or its address
/// already had its share of them this window (`SALA_RATE_LIMIT_DENIED_ATTEMPTS`): repeating
/// refused requests cannot grow the log faster than that, and the refusal itself stands either
/// way. Returns whether a row was written.
pub async fn record_denied(
    db: &Db,
    limiter: &RateLimiter,
    attempt: DeniedAttempt<'_>,
) -> Result<bool> {
    let who = Requester {
        account: Some(attempt.account),
        email: None,
        address: attempt.address,
    };
    match limiter.check(LimitedAction::DeniedAttempt, who).await {
        Ok(()) => {}
        Err(Error::RateLimited { .. }) => return Ok(false),
        Err(other) => return Err(other),
    }
    record(
        db.writer(),
        AuditEntry {
            actor_id: Some(attempt.account.id),
            action: AuditAction::AccessDenied,
            target_type: "route",
            target_id: None,
            reason: Some(attempt.reason.to_owned()),
            before: None,
            after: Some(serde_json::json!({
                "method": attempt.method,
                "route": attempt.route,
                "requires": attempt.requires,
            })),
        },
    )
    .await?;
    Ok(true)
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
    let mut query = audit_log::Entity::find();
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
    cursor::newest_first(
        db.reader(),
        query,
        audit_log::Column::Id,
        q.cursor.as_deref(),
        q.limit,
        |row| row.id,
    )
    .await
}
