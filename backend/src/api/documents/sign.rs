//! `POST /api/v1/documents/{id}/versions/{version_id}/signatures`

use actix_web::{post, web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::SignatureResponse;
use crate::api::body::Body;
use crate::api::extract::Writer;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::documents::signatures::{self, Signatory};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignRequest {
    /// The verified organisation signing, one the caller is an owner or representative of.
    pub organization_id: Uuid,
}

/// A representative signs the document's current published version on behalf of their
/// organisation.
#[utoipa::path(tag = "documents", security(("bearer" = [])), params(("id" = Uuid, Path), ("version_id" = Uuid, Path)), request_body = SignRequest, responses(
    (status = 201, body = SignatureResponse, description = "The signature"),
    (status = 403, description = "forbidden: the caller does not represent this verified organisation"),
    (status = 409, description = "version_not_signable: a draft or a replaced version; already_signed"),
))]
#[post("/documents/{id}/versions/{version_id}/signatures")]
pub async fn sign(
    state: web::Data<AppState>,
    Writer(signer): Writer,
    path: Path<(Uuid, Uuid)>,
    body: Body<SignRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let (document_id, version_id) = *path;
    let body = body.into_inner()?;
    let signature = signatures::sign(
        &state.db,
        &signer,
        document_id,
        version_id,
        body.organization_id,
    )
    .await?;
    let names = signatures::of_versions(state.db.writer(), &[signature.version_id]).await?;
    let own = names
        .get(&signature.version_id)
        .and_then(|all| {
            all.iter()
                .find(|s| s.signature.organization_id == signature.organization_id)
        })
        .cloned()
        .unwrap_or(Signatory {
            signature,
            organization_name: String::new(),
            signer_name: Some(signer.display_name.clone()),
        });
    Ok(HttpResponse::Created().json(SignatureResponse::from(&own)))
}
