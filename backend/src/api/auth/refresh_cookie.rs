//! The refresh token of a browser session: kept in an `HttpOnly` cookie scoped to
//! `/api/v1/auth`, so page scripts (and whatever is injected into them) never see it.
//!
//! A browser asks for it by sending `X-Sala-Session: cookie` on sign-in. Because the cookie
//! rides along by itself, the routes it authenticates (refresh, logout) demand proof that the
//! page's own script sent the request: the same header, which another site cannot set without
//! a CORS preflight this server never grants, and, when the browser says where the request
//! comes from, an `Origin` that is Sala's own. Non-browser clients keep sending the token in
//! the JSON body and get it back there.

use actix_web::cookie::{time, Cookie, SameSite};
use actix_web::http::header;
use actix_web::HttpRequest;

use crate::api::problem::ApiError;
use crate::api::state::AppState;

pub const COOKIE_NAME: &str = "sala_refresh";
const COOKIE_PATH: &str = "/api/v1/auth";
/// The header a browser sends to use (and prove it may use) the cookie.
pub const SESSION_HEADER: &str = "x-sala-session";
const SESSION_HEADER_VALUE: &str = "cookie";

/// Where a request's refresh token came from, and so where the new one goes.
pub enum Carrier {
    Body,
    Cookie,
}

/// Whether the client asked for a cookie session.
pub fn wants_cookie(req: &HttpRequest) -> bool {
    req.headers()
        .get(SESSION_HEADER)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case(SESSION_HEADER_VALUE))
}

/// The refresh token a request presents: from the body when it has one (non-browser clients),
/// else from the cookie once the request proved it comes from Sala's own page.
pub fn presented_token(
    req: &HttpRequest,
    state: &AppState,
    in_body: Option<String>,
) -> Result<Option<(String, Carrier)>, ApiError> {
    if let Some(token) = in_body.filter(|t| !t.trim().is_empty()) {
        return Ok(Some((token, Carrier::Body)));
    }
    let Some(cookie) = req.cookie(COOKIE_NAME) else {
        return Ok(None);
    };
    ensure_same_origin(req, state)?;
    Ok(Some((cookie.value().to_owned(), Carrier::Cookie)))
}

fn ensure_same_origin(req: &HttpRequest, state: &AppState) -> Result<(), ApiError> {
    if !wants_cookie(req) {
        return Err(ApiError::CrossSiteRequest(format!(
            "Send the `{SESSION_HEADER}: {SESSION_HEADER_VALUE}` header to use the session cookie."
        )));
    }
    let Some(origin) = req.headers().get(header::ORIGIN) else {
        return Ok(());
    };
    let origin = origin.to_str().unwrap_or_default();
    let own = origin_of(&state.settings.public_url);
    let allowed = own.as_deref() == Some(origin)
        || same_host(req, origin)
        || state.settings.cors_origins.iter().any(|o| o == origin);
    if allowed {
        Ok(())
    } else {
        Err(ApiError::CrossSiteRequest(
            "This request comes from another site.".into(),
        ))
    }
}

/// Whether `origin` names the host the browser sent this request to (a page served by this
/// server itself, whatever its public URL says).
fn same_host(req: &HttpRequest, origin: &str) -> bool {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok());
    let authority = url::Url::parse(origin).ok().map(|u| match u.port() {
        Some(port) => format!("{}:{port}", u.host_str().unwrap_or_default()),
        None => u.host_str().unwrap_or_default().to_owned(),
    });
    matches!((host, authority), (Some(h), Some(a)) if h.eq_ignore_ascii_case(&a))
}

/// `scheme://host[:port]` of a URL, as browsers write it in `Origin`.
fn origin_of(url: &str) -> Option<String> {
    url::Url::parse(url)
        .ok()
        .map(|u| u.origin().ascii_serialization())
}

/// The cookie carrying a new refresh token. `Secure` whenever the public URL is https; a
/// development server on plain http gets a cookie without it, or browsers would drop it.
pub fn with_token(state: &AppState, token: String) -> Cookie<'static> {
    let max_age = state.account_policy().refresh_token_ttl.num_seconds();
    base(state, token)
        .max_age(time::Duration::seconds(max_age))
        .finish()
}

/// A cookie that makes the browser forget the refresh token.
pub fn cleared(state: &AppState) -> Cookie<'static> {
    base(state, String::new())
        .max_age(time::Duration::ZERO)
        .finish()
}

fn base(state: &AppState, value: String) -> actix_web::cookie::CookieBuilder<'static> {
    Cookie::build(COOKIE_NAME, value)
        .path(COOKIE_PATH)
        .http_only(true)
        .secure(state.settings.public_url.starts_with("https://"))
        // Strict: the cookie is only ever needed by Sala's own scripts calling Sala.
        .same_site(SameSite::Strict)
}
