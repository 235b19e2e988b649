//! `GET /api/v1/proposals/{id}/revisions`

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::extract::Caller;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::proposals;

#[derive(Serialize, ToSchema)]
pub struct RevisionResponse {
    pub id: Uuid,
    pub title: String,
    pub body: String,
    pub theme: Option<String>,
    pub province: Option<String>,
    /// When this text was replaced by an edit.
    pub replaced_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct RevisionList {
    pub items: Vec<RevisionResponse>,
}

/// Earlier versions of a proposal, newest first.
#[utoipa::path(tag = "proposals", params(("id" = Uuid, Path)), responses(
    (status = 200, body = RevisionList, description = "The earlier versions, newest first (none for an unedited proposal)"),
))]
#[get("/proposals/{id}/revisions")]
pub async fn list_revisions(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<RevisionList>, ApiError> {
    let (proposal, _) = proposals::get(state.db.reader(), caller.as_ref(), *path).await?;
    let items = proposals::revisions(state.db.reader(), proposal.id)
        .await?
        .into_iter()
        .map(|r| RevisionResponse {
            id: r.id,
            title: r.title,
            body: r.body,
            theme: r.theme,
            province: r.province,
            replaced_at: r.created_at,
        })
        .collect();
    Ok(web::Json(RevisionList { items }))
}
