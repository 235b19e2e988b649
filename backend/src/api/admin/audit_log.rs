//! `GET /api/v1/admin/audit-log`

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::api::extract::Admin;
use crate::api::params::Query;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::api::types::Author;
use crate::domain::audit::{self, AuditAction, AuditQuery};
use crate::domain::cursor::page_limit;
use crate::domain::proposals::display_names;

#[derive(Deserialize, IntoParams)]
pub struct AuditParams {
    /// An action (`moderation.hide`), or every action under a prefix ending in a dot
    /// (`moderation.`).
    pub action: Option<String>,
    pub actor: Option<Uuid>,
    pub target_type: Option<String>,
    pub target: Option<Uuid>,
    /// 1–100, default 20.
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct AuditEntryResponse {
    pub id: Uuid,
    /// Absent when the platform acted on its own (or an operator at the command line).
    pub actor: Option<Author>,
    /// Sent as stored, so a row written by a newer version still reads; the enum lists what
    /// this version writes.
    #[schema(value_type = AuditAction)]
    pub action: String,
    pub target_type: String,
    pub target_id: Option<Uuid>,
    pub reason: Option<String>,
    /// The target's recorded state before the action; null when there was none to record.
    #[schema(value_type = Option<Object>)]
    pub before: Option<Value>,
    /// The target's recorded state after the action; null when there was none to record.
    #[schema(value_type = Option<Object>)]
    pub after: Option<Value>,
    pub created_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct AuditList {
    pub items: Vec<AuditEntryResponse>,
    pub next_cursor: Option<String>,
}

/// Every administrative and moderation action, newest first: who, what, to what, why, and
/// the state before and after. Rows can be added, never changed or removed.
#[utoipa::path(tag = "admin", security(("bearer" = [])), params(AuditParams), responses(
    (status = 200, body = AuditList, description = "A page of the audit log, newest first, with the cursor of the next"),
    (status = 403),
))]
#[get("/audit-log")]
pub async fn get_audit_log(
    state: web::Data<AppState>,
    _admin: Admin,
    params: Query<AuditParams>,
) -> Result<web::Json<AuditList>, ApiError> {
    let web::Query(params) = params.parsed()?;
    let (rows, next_cursor) = audit::list(
        &state.db,
        AuditQuery {
            action: params.action,
            actor_id: params.actor,
            target_type: params.target_type,
            target_id: params.target,
            cursor: params.cursor,
            limit: page_limit(params.limit)?,
        },
    )
    .await?;
    let names = display_names(state.db.reader(), rows.iter().filter_map(|r| r.actor_id)).await?;
    let items = rows
        .into_iter()
        .map(|r| AuditEntryResponse {
            actor: r.actor_id.map(|id| Author {
                id,
                display_name: names.get(&id).cloned().unwrap_or_default(),
            }),
            id: r.id,
            action: r.action,
            target_type: r.target_type,
            target_id: r.target_id,
            reason: r.reason,
            before: r.before,
            after: r.after,
            created_at: r.created_at,
        })
        .collect();
    Ok(web::Json(AuditList { items, next_cursor }))
}
