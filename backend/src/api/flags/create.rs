//! `POST /api/v1/flags`

use actix_web::{post, web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::extract::Writer;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::moderation::flags::{self, FlagInput, FlagReason, FlaggableType};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FlagRequest {
    pub target_type: FlaggableType,
    pub target_id: Uuid,
    pub reason: FlagReason,
    /// Up to 1,000 characters; required when the reason is `other`.
    pub note: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct FlagResponse {
    pub id: Uuid,
    pub target_type: FlaggableType,
    pub target_id: Uuid,
    pub reason: FlagReason,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// Flags a proposal, comment or remark on a document for the moderators, once per person per item. When enough
/// different people flag an item it is hidden until a moderator reviews it.
#[utoipa::path(tag = "moderation", security(("bearer" = [])), request_body = FlagRequest, responses(
    (status = 201, body = FlagResponse, description = "The flag is recorded"),
    (status = 403, description = "Unverified, suspended, or flagging one's own words"),
    (status = 404),
    (status = 409, description = "Already flagged by this person"),
    crate::api::openapi::RateLimited,
))]
#[post("/flags")]
pub async fn create_flag(
    state: web::Data<AppState>,
    Writer(reporter): Writer,
    client: ClientAddress,
    body: Body<FlagRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    state
        .limit(LimitedAction::Flag, client.with_account(&reporter))
        .await?;
    let flag = flags::flag(
        &state.db,
        &reporter,
        FlagInput {
            target_type: body.target_type,
            target_id: body.target_id,
            reason: body.reason,
            note: body.note,
        },
        &state.moderation_policy(),
    )
    .await?;
    Ok(HttpResponse::Created().json(FlagResponse {
        id: flag.id,
        target_type: body.target_type,
        target_id: flag.target_id,
        reason: body.reason,
        note: flag.note,
        created_at: flag.created_at,
    }))
}
