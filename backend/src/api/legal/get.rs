//! `GET /api/v1/legal/{kind}`

use actix_web::{get, web};
use serde::Deserialize;
use utoipa::IntoParams;

use super::{kind_in_path, LegalDocumentResponse};
use crate::api::params::{Path, Query};
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::legal;

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct VersionParams {
    /// An earlier version by number; absent: the version in force.
    pub version: Option<i32>,
}

/// The privacy notice (`privacy`) or the terms of use (`terms`), in force or as an earlier
/// version. Public.
#[utoipa::path(tag = "legal", params(("kind" = String, Path, description = "`privacy` or `terms`"), VersionParams), responses(
    (status = 200, body = LegalDocumentResponse, description = "The document"),
    (status = 404, description = "legal_document_not_found: no such kind or version"),
))]
#[get("/legal/{kind}")]
pub async fn get_legal_document(
    state: web::Data<AppState>,
    path: Path<String>,
    query: Query<VersionParams>,
) -> Result<web::Json<LegalDocumentResponse>, ApiError> {
    let kind = kind_in_path(&path.parsed()?)?;
    let document = match query.parsed()?.version {
        Some(version) => legal::at_version(state.db.reader(), kind, version).await?,
        None => legal::current(state.db.reader(), kind).await?,
    };
    Ok(web::Json(document.into()))
}
