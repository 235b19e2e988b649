//! `/api/v1/moderation`: the review queue, moderators' actions, the public moderation log and
//! the suspicious-support report.

mod act;
mod anomalies;
mod log;
mod queue;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;
use utoipa_actix_web::{scope, service_config::ServiceConfig};
use uuid::Uuid;

use crate::domain::moderation::LoggedAction;
use crate::domain::moderation::TargetType;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(
        scope::scope("/moderation")
            .service(queue::get_queue)
            .service(act::take_action)
            .service(log::get_log)
            .service(anomalies::get_anomalies),
    );
}

/// One decision on the public moderation log: what was done, to what, and why. Who decided
/// is kept in the audit log for administrators.
#[derive(Serialize, ToSchema)]
pub struct LogEntry {
    pub id: Uuid,
    /// `hide`, `unhide`, `lock`, `unlock`, `pin`, `unpin`, `change_theme`, `dismiss_flags`,
    /// `mark_spam`, `merge`, `suspend`, `ban`, `restore`, `discard_votes`, or `delete` (a
    /// moderator removed a comment).
    pub action: String,
    pub target_type: TargetType,
    pub target_id: Uuid,
    pub consultation_id: Option<Uuid>,
    pub reason: String,
    /// Taken by the platform itself: enough people flagged the item.
    pub automatic: bool,
    /// Public facts about the decision: `until` (suspend), `merge_into` (merge), `theme`
    /// (change_theme), `votes` (discard_votes), `open_flags` (automatic hide), `document_id`
    /// and `paragraph` (a remark on a document).
    #[schema(value_type = Option<Object>)]
    pub details: Option<Value>,
    pub created_at: DateTime<Utc>,
}

impl From<LoggedAction> for LogEntry {
    fn from(a: LoggedAction) -> Self {
        LogEntry {
            id: a.id,
            automatic: a.moderator_id.is_none(),
            action: a.action,
            target_type: a.target_type,
            target_id: a.target_id,
            consultation_id: a.consultation_id,
            reason: a.reason,
            details: a.details,
            created_at: a.created_at,
        }
    }
}
