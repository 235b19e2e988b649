//! `POST /api/v1/moderation/actions`

use actix_web::{post, web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::LogEntry;
use crate::api::body::Body;
use crate::api::double_option;
use crate::api::extract::Moderator;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::moderation::actions::{self, Action, Command};
use crate::domain::moderation::TargetType;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ModerationRequest {
    pub action: Action,
    /// `proposal`, `comment` or `remark` for content actions, `user` for suspend, ban, restore and
    /// discard_votes.
    pub target_type: TargetType,
    pub target_id: Uuid,
    /// Shown publicly on the moderation log and to the author; 3–1,000 characters.
    pub reason: String,
    /// For `merge`: the proposal that stays.
    pub merge_into: Option<Uuid>,
    /// For `suspend`: when the suspension ends.
    pub until: Option<DateTime<Utc>>,
    /// For `change_theme`: one of the consultation's themes, or null for none.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>)]
    pub theme: Option<Option<String>>,
}

/// Takes a moderation decision. Moderators assigned to consultations act only there; account
/// actions are for administrators and global moderators. A refused decision is 403; one
/// that would change nothing is 409. Each decision is on the public log and the audit log.
#[utoipa::path(tag = "moderation", security(("bearer" = [])), request_body = ModerationRequest, responses(
    (status = 201, body = LogEntry, description = "The decision, as shown on the moderation log"),
    (status = 403),
    (status = 404),
    (status = 409, description = "Nothing to change"),
))]
#[post("/actions")]
pub async fn take_action(
    state: web::Data<AppState>,
    moderator: Moderator,
    body: Body<ModerationRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    let logged = actions::act(
        &state.db,
        &moderator.account,
        Command {
            action: body.action,
            target_type: body.target_type,
            target_id: body.target_id,
            reason: body.reason,
            merge_into: body.merge_into,
            until: body.until,
            theme: body.theme,
        },
    )
    .await?;
    Ok(HttpResponse::Created().json(LogEntry::from(logged)))
}
