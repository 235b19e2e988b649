//! `GET /api/v1/me/notifications` and `POST /api/v1/me/notifications/read`

use actix_web::{get, post, web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::api::body::Body;
use crate::api::extract::SignedIn;
use crate::api::params::Query;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::cursor::page_limit;
use crate::domain::notifications::{self, text, NotificationKind, Subject};

#[derive(Serialize, ToSchema)]
pub struct NotificationResponse {
    pub id: Uuid,
    pub kind: NotificationKind,
    /// One line in the reader's language.
    pub headline: String,
    /// A few words of detail (the comment, the official answer, the reason), possibly empty.
    pub detail: String,
    pub subject: Subject,
    pub read: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct NotificationList {
    pub items: Vec<NotificationResponse>,
    pub next_cursor: Option<String>,
    pub unread_count: u64,
}

#[derive(Deserialize, IntoParams)]
pub struct ListParams {
    /// 1–100, default 20.
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// The inbox: unread first, then newest first.
#[utoipa::path(tag = "notifications", security(("bearer" = [])), params(ListParams), responses(
    (status = 200, body = NotificationList, description = "A page of the inbox, with the unread count"),
))]
#[get("/me/notifications")]
pub async fn list_notifications(
    state: web::Data<AppState>,
    SignedIn(me): SignedIn,
    params: Query<ListParams>,
) -> Result<web::Json<NotificationList>, ApiError> {
    let web::Query(params) = params.parsed()?;
    let limit = page_limit(params.limit)?;
    let (rows, next_cursor, unread_count) =
        notifications::inbox(&state.db, &me, params.cursor.as_deref(), limit).await?;
    let items = rows
        .into_iter()
        .filter_map(|n| {
            let kind = n.kind;
            let subject: Subject = serde_json::from_value(n.payload).ok()?;
            Some(NotificationResponse {
                id: n.id,
                kind,
                headline: text::headline(kind, &subject, me.locale),
                detail: text::detail(kind, &subject, me.locale),
                subject,
                read: n.read_at.is_some(),
                created_at: n.created_at,
            })
        })
        .collect();
    Ok(web::Json(NotificationList {
        items,
        next_cursor,
        unread_count,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MarkReadRequest {
    /// The notifications to mark read; leave out to mark all of them.
    pub ids: Option<Vec<Uuid>>,
}

/// Marks notifications read.
#[utoipa::path(tag = "notifications", security(("bearer" = [])), request_body = MarkReadRequest, responses(
    (status = 204, description = "The notifications are marked read"),
))]
#[post("/me/notifications/read")]
pub async fn mark_read(
    state: web::Data<AppState>,
    SignedIn(me): SignedIn,
    body: Body<MarkReadRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    notifications::mark_read(&state.db, &me, body.ids.as_deref()).await?;
    Ok(HttpResponse::NoContent().finish())
}
