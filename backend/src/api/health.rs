//! Liveness, readiness and metrics for orchestrators, load balancers and monitoring. The
//! answers are functions of the database alone (`readiness`, `metrics_text`), so `sala worker`
//! serves the same ones on its own port.

use actix_web::{get, web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::state::AppState;
use crate::db::Db;
use crate::domain::{notifications::NOTIFY_TOPIC, outgoing_mail::MAIL_TOPIC};

#[derive(Serialize, ToSchema, Default)]
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
    /// The checks that failed (`database`, `mail_queue`, `notifications`, `search_index`);
    /// present only when the status is `unavailable`. Details are in the server's log.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failed_checks: Vec<&'static str>,
}

/// The process is up.
#[utoipa::path(tag = "health", responses((status = 200, body = HealthStatus, description = "The process is up")))]
#[get("/health/live")]
pub async fn live() -> web::Json<HealthStatus> {
    web::Json(HealthStatus {
        status: "ok",
        ..HealthStatus::default()
    })
}

/// The process can serve requests: the database answers, and the queues it reports on can be
/// read. A check that cannot be made fails readiness (503) and is named in `failed_checks`.
#[utoipa::path(tag = "health", responses(
    (status = 200, body = HealthStatus, description = "Ready: every check passed"),
    (status = 503, body = HealthStatus, description = "Not ready: `failed_checks` names what failed"),
))]
#[get("/health/ready")]
pub async fn ready(state: web::Data<AppState>) -> HttpResponse {
    readiness(&state.db).await
}

/// Prometheus metrics: HTTP requests, database pools, outbox queues and dead letters, mail,
/// search and opinion groups (every name is listed in `docs/OBSERVABILITY.md`).
#[utoipa::path(tag = "health", responses((status = 200, content_type = "text/plain", body = String, description = "The metrics in Prometheus' text format")))]
#[get("/metrics")]
pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    metrics_text(&state.db).await
}

/// The readiness answer for a process working on `db`.
pub async fn readiness(db: &Db) -> HttpResponse {
    let mut health = HealthStatus {
        status: "ok",
        database: Some("ok"),
        ..HealthStatus::default()
    };
    if let Err(error) = db.ping().await {
        tracing::warn!(%error, "readiness check failed: database unreachable");
        health.database = Some("unreachable");
        health.failed_checks.push("database");
    } else {
        let now = chrono::Utc::now();
        match crate::outbox::oldest_pending(db, MAIL_TOPIC).await {
            Ok(oldest) => {
                health.mail_queue_lag_seconds =
                    Some(oldest.map_or(0, |t| (now - t).num_seconds().max(0)))
            }
            Err(error) => failed(&mut health, "mail_queue", &error),
        }
        match crate::outbox::pending_count(db, NOTIFY_TOPIC).await {
            Ok(count) => health.notifications_pending = Some(count),
            Err(error) => failed(&mut health, "notifications", &error),
        }
        match crate::outbox::search::lag(db.reader()).await {
            Ok((oldest, waiting)) => {
                health.search_lag_seconds =
                    Some(oldest.map_or(0, |t| (now - t).num_seconds().max(0)));
                health.search_pending = Some(waiting);
            }
            Err(error) => failed(&mut health, "search_index", &error),
        }
    }
    if health.failed_checks.is_empty() {
        HttpResponse::Ok().json(health)
    } else {
        health.status = "unavailable";
        HttpResponse::ServiceUnavailable().json(health)
    }
}

fn failed(health: &mut HealthStatus, check: &'static str, error: &sea_orm::DbErr) {
    tracing::warn!(check, %error, "readiness check failed");
    health.failed_checks.push(check);
}

/// The metrics answer for a process working on `db`, in Prometheus text format.
pub async fn metrics_text(db: &Db) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4")
        .body(super::scrape::render(db).await)
}
