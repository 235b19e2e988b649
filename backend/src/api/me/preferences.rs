//! `GET` and `PUT /api/v1/me/notification-preferences`

use std::collections::BTreeMap;

use actix_web::{get, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::body::Body;
use crate::api::extract::SignedIn;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::notifications::{self, Delivery, NotificationKind};
use crate::error::{Error, FieldError};

#[derive(Serialize, ToSchema)]
pub struct PreferenceView {
    pub kind: NotificationKind,
    /// `immediately`, `digest` (the daily summary) or `off`. The in-app inbox shows every kind.
    pub delivery: Delivery,
}

#[derive(Serialize, ToSchema)]
pub struct PreferencesResponse {
    pub items: Vec<PreferenceView>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PreferencesRequest {
    /// Kind → delivery; kinds left out stay as they are.
    pub preferences: BTreeMap<String, String>,
}

fn view(list: Vec<(NotificationKind, Delivery)>) -> PreferencesResponse {
    PreferencesResponse {
        items: list
            .into_iter()
            .map(|(kind, delivery)| PreferenceView { kind, delivery })
            .collect(),
    }
}

/// How each kind of notification reaches you by email.
#[utoipa::path(tag = "notifications", security(("bearer" = [])), responses(
    (status = 200, body = PreferencesResponse, description = "The caller's email preference for each kind of notification"),
))]
#[get("/me/notification-preferences")]
pub async fn get_preferences(
    state: web::Data<AppState>,
    SignedIn(me): SignedIn,
) -> Result<web::Json<PreferencesResponse>, ApiError> {
    Ok(web::Json(view(
        notifications::preferences(state.db.reader(), me.id).await?,
    )))
}

/// Changes how kinds of notification reach you.
#[utoipa::path(tag = "notifications", security(("bearer" = [])), request_body = PreferencesRequest, responses(
    (status = 200, body = PreferencesResponse, description = "The preferences as now recorded"),
))]
#[put("/me/notification-preferences")]
pub async fn put_preferences(
    state: web::Data<AppState>,
    SignedIn(me): SignedIn,
    body: Body<PreferencesRequest>,
) -> Result<web::Json<PreferencesResponse>, ApiError> {
    let body = body.into_inner()?;
    let mut changes = Vec::new();
    let mut errors = Vec::new();
    for (kind, delivery) in &body.preferences {
        match (NotificationKind::parse(kind), Delivery::parse(delivery)) {
            (Some(kind), Some(delivery)) => changes.push((kind, delivery)),
            (None, _) => errors.push(FieldError::new(
                &format!("preferences.{kind}"),
                "unknown_kind",
                "is not a kind of notification",
            )),
            (_, None) => errors.push(FieldError::new(
                &format!("preferences.{kind}"),
                "invalid",
                "must be immediately, digest or off",
            )),
        }
    }
    if !errors.is_empty() {
        return Err(Error::Validation(errors).into());
    }
    Ok(web::Json(view(
        notifications::update_preferences(&state.db, &me, &changes).await?,
    )))
}
