//! `PATCH /api/v1/me`

use actix_web::{patch, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::MeResponse;
use crate::api::body::Body;
use crate::api::double_option;
use crate::api::extract::SignedIn;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::accounts::{self, ProfileChange};
use crate::domain::organizations;

/// Fields left out stay as they are; `null` clears an optional one.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMeRequest {
    pub display_name: Option<String>,
    /// `th` or `en`.
    pub locale: Option<String>,
    /// Self-declared, used only for anonymous breakdowns.
    #[serde(default, deserialize_with = "double_option")]
    pub province: Option<Option<String>>,
    /// One of `under_18`, `18_24`, `25_34`, `35_44`, `45_59`, `60_plus`.
    #[serde(default, deserialize_with = "double_option")]
    pub age_band: Option<Option<String>>,
    /// One of `female`, `male`, `non_binary`, `prefer_not_to_say`.
    #[serde(default, deserialize_with = "double_option")]
    pub gender: Option<Option<String>>,
}

/// Changes the signed-in account's profile.
#[utoipa::path(tag = "me", security(("bearer" = [])), request_body = UpdateMeRequest, responses(
    (status = 200, body = MeResponse, description = "The account as changed"),
))]
#[patch("/me")]
pub async fn update_me(
    state: web::Data<AppState>,
    SignedIn(account): SignedIn,
    body: Body<UpdateMeRequest>,
) -> Result<web::Json<MeResponse>, ApiError> {
    let body = body.into_inner()?;
    let change = ProfileChange {
        display_name: body.display_name,
        locale: body.locale,
        province: body.province,
        age_band: body.age_band,
        gender: body.gender,
    };
    let updated = accounts::update_profile(&state.db, &account, change).await?;
    let orgs = organizations::memberships_of(state.db.reader(), updated.id).await?;
    Ok(web::Json(MeResponse::new(updated, orgs)))
}
