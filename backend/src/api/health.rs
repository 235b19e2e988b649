//! Liveness, readiness and metrics for orchestrators, load balancers and monitoring.

use actix_web::{get, web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::AppState;

#[derive(Serialize, ToSchema)]
pub struct HealthStatus {
    /// `ok` or `unavailable`.
    pub status: &'static str,
    /// Whether the database answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<&'static str>,
    /// Age in seconds of the oldest mail waiting to be sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail_queue_lag_seconds: Option<i64>,
    /// Age in seconds of the oldest change the search index has not taken in yet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search_lag_seconds: Option<i64>,
    /// Documents waiting for the search indexer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search_pending: Option<u64>,
    /// Events (replies, decisions, answers) not yet turned into inbox notifications and mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notifications_pending: Option<u64>,
}

/// The search index's lag: seconds since the oldest pending change (0 when none), and how many
/// documents wait.
async fn search_lag(state: &AppState) -> Option<(i64, u64)> {
    let (oldest, waiting) = crate::search::pending::lag(state.db.reader()).await.ok()?;
    let seconds = oldest.map_or(0, |t| (chrono::Utc::now() - t).num_seconds().max(0));
    Some((seconds, waiting))
}

/// Dead-lettered outbox items per topic, as Prometheus text; empty if the database does not
/// answer.
async fn dead_letter_metrics(state: &AppState) -> String {
    let topics = [
        crate::domain::outgoing_mail::MAIL_TOPIC,
        crate::domain::notifications::NOTIFY_TOPIC,
    ];
    let mut lines = String::from(
        "# HELP sala_outbox_dead_letters Outbox items given up, waiting for an admin to retry them.\n\
         # TYPE sala_outbox_dead_letters gauge\n",
    );
    for topic in topics {
        let Ok(count) = crate::outbox::count_dead(&state.db, topic).await else {
            return String::new();
        };
        lines.push_str(&format!(
            "sala_outbox_dead_letters{{topic=\"{topic}\"}} {count}\n"
        ));
    }
    lines
}

/// The process is up.
#[utoipa::path(tag = "health", responses((status = 200, body = HealthStatus)))]
#[get("/health/live")]
pub async fn live() -> web::Json<HealthStatus> {
    web::Json(HealthStatus {
        status: "ok",
        database: None,
        mail_queue_lag_seconds: None,
        search_lag_seconds: None,
        search_pending: None,
        notifications_pending: None,
    })
}

/// The process can serve requests: the database answers.
#[utoipa::path(tag = "health", responses((status = 200, body = HealthStatus), (status = 503, body = HealthStatus)))]
#[get("/health/ready")]
pub async fn ready(state: web::Data<AppState>) -> HttpResponse {
    match state.db.ping().await {
        Ok(()) => {
            let lag =
                crate::outbox::oldest_pending(&state.db, crate::domain::outgoing_mail::MAIL_TOPIC)
                    .await
                    .ok()
                    .flatten()
                    .map(|oldest| (chrono::Utc::now() - oldest).num_seconds().max(0));
            let search = search_lag(&state).await;
            let notifications =
                crate::outbox::pending_count(&state.db, crate::domain::notifications::NOTIFY_TOPIC)
                    .await
                    .ok();
            HttpResponse::Ok().json(HealthStatus {
                status: "ok",
                database: Some("ok"),
                mail_queue_lag_seconds: lag.or(Some(0)),
                search_lag_seconds: search.map(|s| s.0),
                search_pending: search.map(|s| s.1),
                notifications_pending: notifications,
            })
        }
        Err(error) => {
            tracing::warn!(%error, "readiness check: database unreachable");
            HttpResponse::ServiceUnavailable().json(HealthStatus {
                status: "unavailable",
                database: Some("unreachable"),
                mail_queue_lag_seconds: None,
                search_lag_seconds: None,
                search_pending: None,
                notifications_pending: None,
            })
        }
    }
}

/// Prometheus metrics: how far the search index is behind the database, and how much outbox
/// work was given up (dead letters wait for an admin at `/api/v1/admin/outbox/dead-letters`).
#[utoipa::path(tag = "health", responses((status = 200, content_type = "text/plain", body = String)))]
#[get("/metrics")]
pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    let mut out = String::new();
    out.push_str(&dead_letter_metrics(&state).await);
    if let Some((seconds, waiting)) = search_lag(&state).await {
        out.push_str(&format!(
            "# HELP sala_search_lag_seconds Age of the oldest change not yet in the search index.\n\
             # TYPE sala_search_lag_seconds gauge\n\
             sala_search_lag_seconds {seconds}\n\
             # HELP sala_search_pending_documents Documents waiting for the search indexer.\n\
             # TYPE sala_search_pending_documents gauge\n\
             sala_search_pending_documents {waiting}\n"
        ));
    }
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4")
        .body(out)
}
