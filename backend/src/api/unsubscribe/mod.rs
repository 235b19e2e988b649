//! `GET` and `POST /api/v1/unsubscribe?token=…`: RFC 8058 one-click unsubscribe, no sign-in.

use actix_web::{get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::notifications::unsubscribe;
use crate::domain::notifications::NotificationKind;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(describe).service(unsubscribe_now);
}

#[derive(Deserialize, IntoParams)]
pub struct TokenParam {
    /// The signed token from the message's link.
    pub token: String,
}

#[derive(Serialize, ToSchema)]
pub struct UnsubscribeResponse {
    /// The kinds whose email this link turns off (or turned off).
    pub kinds: Vec<NotificationKind>,
    pub unsubscribed: bool,
}

/// What the link would turn off; changes nothing (mail scanners follow links).
#[utoipa::path(tag = "notifications", params(TokenParam), responses(
    (status = 200, body = UnsubscribeResponse, description = "The notification kinds the link turns off"),
))]
#[get("/unsubscribe")]
pub async fn describe(
    state: web::Data<AppState>,
    web::Query(q): web::Query<TokenParam>,
) -> Result<web::Json<UnsubscribeResponse>, ApiError> {
    let kinds = unsubscribe::describe(&state.unsubscribe, &q.token)?;
    Ok(web::Json(UnsubscribeResponse {
        kinds,
        unsubscribed: false,
    }))
}

/// Turns the email off. Mail programs send this as a one-click POST with the body
/// `List-Unsubscribe=One-Click`; the body is not needed.
#[utoipa::path(tag = "notifications", params(TokenParam), responses(
    (status = 200, body = UnsubscribeResponse, description = "The notification kinds now turned off"),
))]
#[post("/unsubscribe")]
pub async fn unsubscribe_now(
    state: web::Data<AppState>,
    web::Query(q): web::Query<TokenParam>,
) -> Result<web::Json<UnsubscribeResponse>, ApiError> {
    let kinds = unsubscribe::apply(&state.db, &state.unsubscribe, &q.token).await?;
    Ok(web::Json(UnsubscribeResponse {
        kinds,
        unsubscribed: true,
    }))
}
