//! `PUT /api/v1/legal/{kind}`

use actix_web::{put, web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use super::{kind_in_path, LegalDocumentResponse};
use crate::api::body::Body;
use crate::api::extract::Admin;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::legal::{self, NewVersion};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PublishRequest {
    /// 1–200 characters.
    pub title_th: String,
    pub title_en: String,
    /// Markdown, up to 50,000 characters.
    pub body_th: String,
    pub body_en: String,
}

/// Publishes a new version (administrators only; audited). Everyone is asked to agree to it
/// the next time they sign in; earlier versions stay readable.
#[utoipa::path(tag = "legal", security(("bearer" = [])), params(("kind" = String, Path, description = "`privacy` or `terms`")), request_body = PublishRequest, responses(
    (status = 201, body = LegalDocumentResponse, description = "The new version, now in force"),
    (status = 403),
    (status = 404, description = "legal_document_not_found: no such kind"),
    (status = 422, description = "A title or body empty or too long"),
))]
#[put("/legal/{kind}")]
pub async fn publish_legal_document(
    state: web::Data<AppState>,
    Admin(admin): Admin,
    path: Path<String>,
    body: Body<PublishRequest>,
) -> Result<HttpResponse, ApiError> {
    let kind = kind_in_path(&path.parsed()?)?;
    let body = body.into_inner()?;
    let document = legal::publish(
        &state.db,
        &admin,
        kind,
        NewVersion {
            title_th: body.title_th,
            title_en: body.title_en,
            body_th: body.body_th,
            body_en: body.body_en,
        },
    )
    .await?;
    Ok(HttpResponse::Created().json(LegalDocumentResponse::from(document)))
}
