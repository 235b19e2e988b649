//! `GET` and `POST /api/v1/me/consent`

use actix_web::{get, post, web};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::body::Body;
use crate::api::extract::SignedIn;
use crate::api::legal::ConsentVersions;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::legal::{self, LegalDocumentKind};

#[derive(Serialize, ToSchema)]
pub struct OutstandingDocument {
    pub kind: LegalDocumentKind,
    /// The version in force, to read and agree to.
    pub version: i32,
}

#[derive(Serialize, ToSchema)]
pub struct AgreementView {
    pub kind: LegalDocumentKind,
    pub version: i32,
    pub agreed_at: DateTime<Utc>,
}

impl From<legal::Agreement> for AgreementView {
    fn from(a: legal::Agreement) -> Self {
        AgreementView {
            kind: a.kind,
            version: a.version,
            agreed_at: a.agreed_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ConsentStatus {
    /// The documents changed since the caller last agreed: empty when nothing is asked.
    pub outstanding: Vec<OutstandingDocument>,
    /// Every agreement the caller gave, oldest first.
    pub agreements: Vec<AgreementView>,
}

async fn status(state: &AppState, user_id: uuid::Uuid) -> Result<ConsentStatus, ApiError> {
    let reader = state.db.reader();
    let outstanding = legal::outstanding(reader, user_id).await?;
    let agreements = legal::agreements(reader, user_id).await?;
    Ok(ConsentStatus {
        outstanding: outstanding
            .into_iter()
            .map(|(kind, version)| OutstandingDocument { kind, version })
            .collect(),
        agreements: agreements.into_iter().map(AgreementView::from).collect(),
    })
}

/// What the caller agreed to, and what changed since.
#[utoipa::path(tag = "me", security(("bearer" = [])), responses(
    (status = 200, body = ConsentStatus, description = "The caller's agreements"),
))]
#[get("/me/consent")]
pub async fn get_consent(
    state: web::Data<AppState>,
    SignedIn(account): SignedIn,
) -> Result<web::Json<ConsentStatus>, ApiError> {
    Ok(web::Json(status(&state, account.id).await?))
}

/// Agrees to the versions in force of the privacy notice and the terms of use.
#[utoipa::path(tag = "me", security(("bearer" = [])), request_body = ConsentVersions, responses(
    (status = 200, body = ConsentStatus, description = "The caller's agreements, now up to date"),
    (status = 422, description = "consent_outdated: a version that is not the one in force"),
))]
#[post("/me/consent")]
pub async fn agree(
    state: web::Data<AppState>,
    SignedIn(account): SignedIn,
    body: Body<ConsentVersions>,
) -> Result<web::Json<ConsentStatus>, ApiError> {
    let body = body.into_inner()?;
    legal::agree(&state.db, account.id, Some(body.into())).await?;
    Ok(web::Json(status(&state, account.id).await?))
}
