//! Security headers on every response (the API, its errors, health, the served web app):
//! no MIME sniffing, no framing, a restrained referrer, and a Content-Security-Policy that
//! fits what the response is. HTTPS deployments (`SALA_PUBLIC_URL` starting `https://`)
//! also get Strict-Transport-Security.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::web;

use crate::api::state::AppState;

/// JSON, text and files: nothing in them may load or run anything, nor be framed.
pub const API_POLICY: &str = "default-src 'none'; frame-ancestors 'none'";

/// The web app: its own scripts, styles, images and fonts, and the API on the same origin.
/// (A web app hosted apart from the API is served by that host, with its own policy.)
pub const WEB_APP_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
     base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// The API reference at `/api/docs/`: Swagger UI, served by this binary. Its components set
/// inline styles and its icons are `data:` images; nothing comes from another host.
pub const API_DOCS_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; \
     connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
     frame-ancestors 'none'";

const HSTS: &str = "max-age=31536000; includeSubDomains";

pub async fn add_security_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let https = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|state| state.settings.public_url.starts_with("https://"));
    let docs = req.path() == "/api/docs" || req.path().starts_with("/api/docs/");
    // Handlers and the inner middleware answer refusals as responses, so they get the
    // headers too; `req` cannot be kept (cloning it would break routing) to dress an `Err`.
    let mut res = next.call(req).await?;
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let policy = match (is_html, docs) {
        (true, true) => API_DOCS_POLICY,
        (true, false) => WEB_APP_POLICY,
        (false, _) => API_POLICY,
    };
    let headers = res.headers_mut();
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    set(
        headers,
        header::REFERRER_POLICY,
        "strict-origin-when-cross-origin",
    );
    set(headers, header::CONTENT_SECURITY_POLICY, policy);
    if https {
        set(headers, header::STRICT_TRANSPORT_SECURITY, HSTS);
    }
    Ok(res)
}

fn set(headers: &mut HeaderMap, name: HeaderName, value: &'static str) {
    headers.insert(name, HeaderValue::from_static(value));
}
