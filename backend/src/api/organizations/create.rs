//! `POST /api/v1/organizations`

use actix_web::{post, web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use uuid::Uuid;

use super::OrganizationResponse;
use crate::api::body::Body;
use crate::api::extract::Writer;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::organizations::{self, OrganizationKind, ProfileInput};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateOrganizationRequest {
    pub kind: OrganizationKind,
    /// 3–80 lowercase letters, digits or hyphens; made from the name when absent.
    pub slug: Option<String>,
    /// 2–120 characters.
    pub name: String,
    /// At most 2,000 characters.
    pub description: Option<String>,
    /// An http(s) address.
    pub website: Option<String>,
    /// The body it belongs to (a government agency's ministry, a network).
    pub parent_organization_id: Option<Uuid>,
    pub province: Option<String>,
}

impl CreateOrganizationRequest {
    fn profile(&self) -> ProfileInput {
        ProfileInput {
            name: Some(self.name.clone()),
            description: Some(self.description.clone()),
            website: Some(self.website.clone()),
            parent_organization_id: Some(self.parent_organization_id),
            province: Some(self.province.clone()),
        }
    }
}

/// Creates an organisation, unverified, with the caller as its owner. On the audit log.
#[utoipa::path(tag = "organizations", security(("bearer" = [])), request_body = CreateOrganizationRequest, responses(
    (status = 201, body = OrganizationResponse, description = "The new organisation"),
    (status = 409, description = "organization_slug_taken"),
    (status = 422),
))]
#[post("/organizations")]
pub async fn create_organization(
    state: web::Data<AppState>,
    Writer(creator): Writer,
    body: Body<CreateOrganizationRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    let org = organizations::create_for(
        &state.db,
        &creator,
        body.kind,
        body.slug.as_deref(),
        &body.profile(),
    )
    .await?;
    Ok(HttpResponse::Created().json(OrganizationResponse::new(org, 1)))
}
