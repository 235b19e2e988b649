//! `POST /api/v1/indicators/{id}/values`

use actix_web::{post, web, HttpResponse};
use uuid::Uuid;

use super::{IndicatorResponse, IndicatorValueRequest};
use crate::api::body::Body;
use crate::api::extract::AgencyMember;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::indicators::{read, write};

/// Records a measured value. Values are only ever added: to correct one, record a new value
/// with a note saying what it corrects; the latest measurement counts.
#[utoipa::path(tag = "results", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = IndicatorValueRequest, responses(
    (status = 201, body = IndicatorResponse, description = "The indicator with the new value"),
    (status = 403),
    (status = 422, description = "validation_failed"),
))]
#[post("/indicators/{id}/values")]
pub async fn record_indicator_value(
    state: web::Data<AppState>,
    AgencyMember(agent): AgencyMember,
    path: Path<Uuid>,
    body: Body<IndicatorValueRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let (indicator, _) = write::record_value(&state.db, &agent, *path, body.into()).await?;
    let view = read::one(state.db.writer(), indicator).await?;
    Ok(HttpResponse::Created().json(IndicatorResponse::from(view)))
}
