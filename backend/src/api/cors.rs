//! Cross-origin requests, for a web app hosted apart from the API (`SALA_CORS_ORIGINS`). Only
//! the listed origins are answered with CORS headers; with none listed (the default) browsers
//! keep every other origin out. The API authenticates with bearer tokens, never cookies, so
//! credentials are not allowed.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderMap, HeaderValue};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse};

use crate::api::state::AppState;

const ALLOWED_METHODS: &str = "GET, POST, PUT, PATCH, DELETE";
const ALLOWED_HEADERS: &str = "authorization, content-type, accept, accept-language";
/// Headers a script may read: the retry hint, the id to quote, the download's file name.
const EXPOSED_HEADERS: &str = "retry-after, x-request-id, content-disposition";
/// How long a browser may reuse a preflight answer, in seconds.
const PREFLIGHT_MAX_AGE: &str = "600";

/// The request's `Origin` when it is one of the allowed ones.
fn allowed_origin(req: &ServiceRequest) -> Option<HeaderValue> {
    let origin = req.headers().get(header::ORIGIN)?;
    let state = req.app_data::<web::Data<AppState>>()?;
    let text = origin.to_str().ok()?;
    state
        .settings
        .cors_origins
        .iter()
        .any(|allowed| allowed == text)
        .then(|| origin.clone())
}

fn add_common(headers: &mut HeaderMap, origin: HeaderValue) {
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    headers.append(header::VARY, HeaderValue::from_static("Origin"));
}

pub async fn cors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let origin = allowed_origin(&req);
    let preflight = req.method() == Method::OPTIONS
        && req
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    match (origin, preflight) {
        (Some(origin), true) => {
            let mut response = HttpResponse::NoContent().finish();
            let headers = response.headers_mut();
            add_common(headers, origin);
            headers.insert(
                header::ACCESS_CONTROL_ALLOW_METHODS,
                HeaderValue::from_static(ALLOWED_METHODS),
            );
            headers.insert(
                header::ACCESS_CONTROL_ALLOW_HEADERS,
                HeaderValue::from_static(ALLOWED_HEADERS),
            );
            headers.insert(
                header::ACCESS_CONTROL_MAX_AGE,
                HeaderValue::from_static(PREFLIGHT_MAX_AGE),
            );
            Ok(req.into_response(response))
        }
        (Some(origin), false) => {
            let mut response = next.call(req).await?.map_into_boxed_body();
            let headers = response.headers_mut();
            add_common(headers, origin);
            headers.insert(
                header::ACCESS_CONTROL_EXPOSE_HEADERS,
                HeaderValue::from_static(EXPOSED_HEADERS),
            );
            Ok(response)
        }
        (None, _) => {
            let mut response = next.call(req).await?.map_into_boxed_body();
            // Answers differ by origin once any is allowed: caches must keep them apart.
            if response
                .request()
                .app_data::<web::Data<AppState>>()
                .is_some_and(|s| !s.settings.cors_origins.is_empty())
            {
                response
                    .headers_mut()
                    .append(header::VARY, HeaderValue::from_static("Origin"));
            }
            Ok(response)
        }
    }
}
