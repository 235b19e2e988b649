//! `GET /api/v1/legal/{kind}/versions`

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::kind_in_path;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::legal;

#[derive(Serialize, ToSchema)]
pub struct LegalVersion {
    pub version: i32,
    pub published_at: DateTime<Utc>,
}

/// Every published version of a document, newest first: anyone can see what changed when.
#[utoipa::path(tag = "legal", params(("kind" = String, Path, description = "`privacy` or `terms`")), responses(
    (status = 200, body = Vec<LegalVersion>, description = "The versions, newest first"),
    (status = 404, description = "legal_document_not_found: no such kind"),
))]
#[get("/legal/{kind}/versions")]
pub async fn list_versions(
    state: web::Data<AppState>,
    path: Path<String>,
) -> Result<web::Json<Vec<LegalVersion>>, ApiError> {
    let kind = kind_in_path(&path.parsed()?)?;
    let versions = legal::history(state.db.reader(), kind).await?;
    Ok(web::Json(
        versions
            .into_iter()
            .map(|(version, published_at)| LegalVersion {
                version,
                published_at,
            })
            .collect(),
    ))
}
