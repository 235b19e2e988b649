//! `GET` and `PUT /api/v1/consultations/{id_or_slug}/responsibilities`

use actix_web::{get, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::body::Body;
use crate::api::extract::LabMember;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::routing::{self, Cell, NamedCell};

/// One cell of the responsibility map.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponsibilityCell {
    /// One of the consultation's themes; `null` or absent: any theme.
    #[serde(default)]
    pub theme: Option<String>,
    /// One of the consultation's provinces; `null` or absent: any province.
    #[serde(default)]
    pub province: Option<String>,
    pub organization_id: Uuid,
    /// The organisation's name (in answers; ignored in requests).
    #[serde(default)]
    pub organization_name: Option<String>,
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponsibilityMap {
    /// Each cell once; a proposal goes to its most specific match: theme and province,
    /// then province, then theme, then the catch-all (neither).
    pub items: Vec<ResponsibilityCell>,
}

impl From<Vec<NamedCell>> for ResponsibilityMap {
    fn from(cells: Vec<NamedCell>) -> Self {
        ResponsibilityMap {
            items: cells
                .into_iter()
                .map(|c| ResponsibilityCell {
                    theme: c.cell.theme,
                    province: c.cell.province,
                    organization_id: c.cell.organization_id,
                    organization_name: Some(c.organization_name),
                })
                .collect(),
        }
    }
}

/// Which organisation answers proposals of each theme × province. Administrators and the
/// consultation's own lab only.
#[utoipa::path(tag = "consultations", security(("bearer" = [])), params(("id_or_slug" = String, Path)), responses(
    (status = 200, body = ResponsibilityMap, description = "The map"),
    (status = 403),
))]
#[get("/consultations/{id_or_slug}/responsibilities")]
pub async fn get_responsibilities(
    state: web::Data<AppState>,
    LabMember(actor): LabMember,
    path: Path<String>,
) -> Result<web::Json<ResponsibilityMap>, ApiError> {
    let path = path.parsed()?;
    Ok(web::Json(
        routing::read_map(&state.db, &actor, &path).await?.into(),
    ))
}

/// Replaces the map (at most 200 cells). Proposals the map routed are routed again; those
/// someone reassigned by hand stay where they are. Audited.
#[utoipa::path(tag = "consultations", security(("bearer" = [])), params(("id_or_slug" = String, Path)), request_body = ResponsibilityMap, responses(
    (status = 200, body = ResponsibilityMap, description = "The new map"),
    (status = 403),
    (status = 422, description = "A theme or province the consultation lacks, an unknown organisation, or a cell listed twice"),
))]
#[put("/consultations/{id_or_slug}/responsibilities")]
pub async fn put_responsibilities(
    state: web::Data<AppState>,
    LabMember(actor): LabMember,
    path: Path<String>,
    body: Body<ResponsibilityMap>,
) -> Result<web::Json<ResponsibilityMap>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    let cells = body
        .items
        .into_iter()
        .map(|c| Cell {
            theme: c.theme,
            province: c.province,
            organization_id: c.organization_id,
        })
        .collect();
    Ok(web::Json(
        routing::replace_map(&state.db, &actor, &path, cells)
            .await?
            .into(),
    ))
}
