//! Liveness and readiness for orchestrators and load balancers.

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
}

/// The process is up.
#[utoipa::path(tag = "health", responses((status = 200, body = HealthStatus)))]
#[get("/health/live")]
pub async fn live() -> web::Json<HealthStatus> {
    web::Json(HealthStatus {
        status: "ok",
        database: None,
        mail_queue_lag_seconds: None,
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
            HttpResponse::Ok().json(HealthStatus {
                status: "ok",
                database: Some("ok"),
                mail_queue_lag_seconds: lag.or(Some(0)),
            })
        }
        Err(error) => {
            tracing::warn!(%error, "readiness check: database unreachable");
            HttpResponse::ServiceUnavailable().json(HealthStatus {
                status: "unavailable",
                database: Some("unreachable"),
                mail_queue_lag_seconds: None,
            })
        }
    }
}
