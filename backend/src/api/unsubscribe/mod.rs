//! `GET` and `POST /api/v1/unsubscribe?token=…`: RFC 8058 one-click unsubscribe, no sign-in.

use actix_web::http::header;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
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

/// What the link would turn off; changes nothing (mail scanners follow links). A browser
/// (asking for HTML) is sent on to the web app's unsubscribe page, which shows what the link
/// turns off and asks before it does.
#[utoipa::path(tag = "notifications", params(TokenParam), responses(
    (status = 200, body = UnsubscribeResponse, description = "The notification kinds the link turns off"),
    (status = 303, description = "A browser is sent to the web app's unsubscribe page (`/unsubscribe?token=…`)"),
))]
#[get("/unsubscribe")]
pub async fn describe(
    state: web::Data<AppState>,
    req: HttpRequest,
    web::Query(q): web::Query<TokenParam>,
) -> Result<HttpResponse, ApiError> {
    if prefers_html(&req) {
        let page = format!(
            "{}/unsubscribe?token={}",
            state.settings.public_url,
            utf8_percent_encode(&q.token, QUERY_VALUE)
        );
        return Ok(HttpResponse::SeeOther()
            .insert_header((header::LOCATION, page))
            .finish());
    }
    let kinds = unsubscribe::describe(&state.unsubscribe, &q.token)?;
    Ok(HttpResponse::Ok().json(UnsubscribeResponse {
        kinds,
        unsubscribed: false,
    }))
}

/// Escaped in a query value: all but RFC 3986's unreserved characters.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A person clicking the link in a mail program: their browser asks for HTML first.
fn prefers_html(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::ACCEPT)
        .and_then(|accept| accept.to_str().ok())
        .is_some_and(|accept| {
            accept
                .split(',')
                .next()
                .is_some_and(|first| first.trim().starts_with("text/html"))
        })
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
