//! The hottest anonymous reads (a consultation's proposals, a proposal, its discussion) served
//! from memory while nothing has changed: a page read by thousands of signed-out readers is
//! built once, not once per reader.
//!
//! An answer is served from memory only while all of these hold:
//! - no write has gone through this process since it was built: every request with an unsafe
//!   method bumps a generation after its handler has answered (its transaction committed),
//!   unless it was refused with a 4xx (which changes nothing), and an answer built across a
//!   bump is never kept;
//! - no write made elsewhere has been heard of since (`peers`: another API replica's, a
//!   worker's, the command line's);
//! - it is younger than `read_cache_ms` (one second by default), which bounds what a write
//!   made outside Sala (a `psql` session on PostgreSQL) can leave unseen. Those readers are
//!   signed out, so none of them is waiting to see a write of their own, and the same
//!   answers already carry `Cache-Control: public, max-age=10` for proxies.
//!
//! A request with a credential is never answered from here (it may hold the caller's own vote)
//! nor stored. Readers asking for an answer that is being built wait for that build
//! (`store`). Each answer says what happened in a `Cache-Status` header (RFC 9211).

pub mod callers;
pub mod peers;
mod store;

use std::future::Future;
use std::sync::Arc;

use actix_web::body::{self, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{ContentType, HeaderMap, HeaderName, HeaderValue, ETAG};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse};
use bytes::Bytes;
use serde::Serialize;

pub use store::ReadCache;
use store::{wait, Build, Built, Lookup};

use super::caching::{carries_credentials, entity_tag};
use super::problem::ApiError;
use super::state::AppState;

/// The routes whose anonymous answers are kept, as actix names their patterns.
const HOT_READS: &[&str] = &[
    "/api/v1/consultations/{id_or_slug}/proposals",
    "/api/v1/proposals/{id}",
    "/api/v1/proposals/{id}/comments",
];

const CACHE_STATUS: HeaderName = HeaderName::from_static("cache-status");
const HIT: HeaderValue = HeaderValue::from_static("sala; hit");
const STORED: HeaderValue = HeaderValue::from_static("sala; fwd=miss; stored");
const NOT_STORED: HeaderValue = HeaderValue::from_static("sala; fwd=miss");
/// Built once for several readers who asked at the same time.
const COLLAPSED: HeaderValue = HeaderValue::from_static("sala; fwd=miss; collapsed");

fn stored_status(stored: bool) -> HeaderValue {
    if stored {
        STORED
    } else {
        NOT_STORED
    }
}

impl ReadCache {
    /// A JSON answer for `key`: the kept one, or the one `build` makes, kept for the next
    /// caller unless a write went through while it was built. For reads that are authorised
    /// first and then the same for everyone the key names (the agency's figures).
    pub async fn json<T, F>(&self, key: String, build: F) -> Result<HttpResponse, ApiError>
    where
        T: Serialize,
        F: Future<Output = Result<T, ApiError>>,
    {
        let to_json = |value: &T| -> Result<Bytes, ApiError> {
            Ok(Bytes::from(
                serde_json::to_vec(value).map_err(anyhow::Error::from)?,
            ))
        };
        if !self.enabled() {
            return Ok(json_answer(to_json(&build.await?)?, NOT_STORED));
        }
        let promise = match find(self, &key).await {
            Found::Shared(built, status) => return Ok(json_answer(built.body.clone(), status)),
            Found::Build(promise) => promise,
        };
        // On an error the promise is dropped unfinished: those waiting build their own.
        let body = to_json(&build.await?)?;
        let stored = promise.is_some_and(|promise| {
            let built = Built {
                headers: HeaderMap::new(),
                body: body.clone(),
            };
            self.finish(promise, Some(built))
        });
        Ok(json_answer(body, stored_status(stored)))
    }
}

/// What a reader of `key` is to do.
enum Found {
    /// Serve an answer already built: kept, or built by another reader meanwhile.
    Shared(Arc<Built>, HeaderValue),
    /// Build it. Holding the promise, hand it over with `finish`; without one (the reader
    /// whose build was awaited went away), build it for this reader alone.
    Build(Option<Build>),
}

async fn find(cache: &ReadCache, key: &str) -> Found {
    match cache.lookup(key) {
        Lookup::Kept(built) => Found::Shared(built, HIT),
        Lookup::Wait(ready) => match wait(ready).await {
            Some(built) => Found::Shared(built, COLLAPSED),
            None => Found::Build(None),
        },
        Lookup::Build(promise) => Found::Build(Some(promise)),
    }
}

fn json_answer(body: Bytes, status: HeaderValue) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::json())
        .insert_header((CACHE_STATUS, status))
        .body(body)
}

/// The middleware: answers hot anonymous reads from memory when it can, keeps what it builds,
/// and forgets everything after each write.
pub async fn serve_hot_reads(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let cache = &state.read_cache;
    if !req.method().is_safe() {
        let res = next.call(req).await;
        // A refused request (4xx) changes nothing, so what is kept still holds; forgetting it
        // anyway would let a stream of junk writes make every reader's page be built again.
        if !res.as_ref().is_ok_and(|res| res.status().is_client_error()) {
            cache.invalidate();
            let neutral = res
                .as_ref()
                .ok()
                .and_then(|res| res.request().match_pattern());
            if !neutral.is_some_and(|route| callers::ACCOUNT_NEUTRAL_ROUTES.contains(&&*route)) {
                state.callers.forget_all();
            }
        }
        return Ok(res?.map_into_boxed_body());
    }
    if !cache.enabled() || !is_hot_anonymous_read(&req) {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    let key = match req.query_string() {
        "" => req.path().to_owned(),
        query => format!("{}?{query}", req.path()),
    };
    let promise = match find(cache, &key).await {
        Found::Shared(built, status) => return Ok(req.into_response(answer(&built, status))),
        Found::Build(promise) => promise,
    };

    let res = next.call(req).await?.map_into_boxed_body();
    let Some(promise) = promise else {
        return Ok(res);
    };
    if res.status() != StatusCode::OK {
        cache.finish(promise, None);
        return Ok(res);
    }
    let (req, res) = res.into_parts();
    let (mut res, content) = res.into_parts();
    let body = body::to_bytes(content)
        .await
        .map_err(|e| actix_web::error::ErrorInternalServerError(e.to_string()))?;
    // Tagged once here rather than by `caching` for every reader it is served to.
    let tag = entity_tag(&body)
        .parse::<HeaderValue>()
        .map_err(|e| actix_web::error::ErrorInternalServerError(e.to_string()))?;
    res.headers_mut().insert(ETAG, tag);
    let built = Built {
        headers: res.headers().clone(),
        body: body.clone(),
    };
    let stored = cache.finish(promise, Some(built));
    res.headers_mut()
        .insert(CACHE_STATUS, stored_status(stored));
    Ok(ServiceResponse::new(req, res.set_body(BoxBody::new(body))))
}

fn answer(built: &Built, status: HeaderValue) -> HttpResponse {
    let mut answer = HttpResponse::Ok();
    // Appended, not inserted: a header the handler sent twice is kept twice.
    for (name, value) in &built.headers {
        answer.append_header((name.clone(), value.clone()));
    }
    answer.insert_header((CACHE_STATUS, status));
    answer.body(built.body.clone())
}

fn is_hot_anonymous_read(req: &ServiceRequest) -> bool {
    req.method() == Method::GET
        && !carries_credentials(req.headers())
        && req
            .match_pattern()
            .is_some_and(|pattern| HOT_READS.contains(&pattern.as_str()))
}
