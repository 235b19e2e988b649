//! The hottest anonymous reads (a consultation's proposals, a proposal, its discussion) served
//! from memory while nothing has changed: a page read by thousands of signed-out readers is
//! built once, not once per reader.
//!
//! An answer is served from memory only while both hold:
//! - no write has gone through this process since it was built: every request with an unsafe
//!   method bumps a generation after its handler has answered (its transaction committed), and
//!   an answer built across a bump is never kept;
//! - it is younger than `read_cache_ms` (one second by default), which bounds what a write
//!   elsewhere (another API replica, a worker process, the command line) can leave unseen. Those
//!   readers are signed out, so none of them is waiting to see a write of their own, and the
//!   same answers already carry `Cache-Control: public, max-age=10` for proxies.
//!
//! A request with a credential is never answered from here (it may hold the caller's own vote)
//! nor stored. Each answer says what happened in a `Cache-Status` header (RFC 9211).

use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::body::{self, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{ContentType, HeaderMap, HeaderName, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse};
use bytes::Bytes;
use serde::Serialize;

use super::caching::carries_credentials;
use super::problem::ApiError;
use super::state::AppState;

/// The routes whose anonymous answers are kept, as actix names their patterns.
const HOT_READS: &[&str] = &[
    "/api/v1/consultations/{id_or_slug}/proposals",
    "/api/v1/proposals/{id}",
    "/api/v1/proposals/{id}/comments",
];

/// What all kept answers may weigh together; past it, stale answers are dropped first and a new
/// answer is not kept if that is not enough.
const MAX_BYTES: usize = 64 * 1024 * 1024;
/// A larger answer (a discussion of hundreds of threads) is not kept.
const MAX_ENTRY_BYTES: usize = 1024 * 1024;

const CACHE_STATUS: HeaderName = HeaderName::from_static("cache-status");
const HIT: HeaderValue = HeaderValue::from_static("sala; hit");
const STORED: HeaderValue = HeaderValue::from_static("sala; fwd=miss; stored");
const NOT_STORED: HeaderValue = HeaderValue::from_static("sala; fwd=miss");

/// Kept answers, valid for one write generation and a short age.
pub struct ReadCache {
    max_age: Duration,
    /// Shared by every cache of the process (`beside`): one write makes them all forget.
    generation: Arc<AtomicU64>,
    kept: Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    bytes: usize,
    answers: HashMap<String, Answer>,
}

struct Answer {
    generation: u64,
    built_at: Instant,
    headers: HeaderMap,
    body: Bytes,
}

impl ReadCache {
    /// A zero `max_age` keeps nothing.
    pub fn new(max_age: Duration) -> ReadCache {
        ReadCache {
            max_age,
            generation: Arc::new(AtomicU64::new(0)),
            kept: Mutex::new(Kept::default()),
        }
    }

    /// Another cache with its own age, forgetting everything on the same writes as `self`.
    pub fn beside(&self, max_age: Duration) -> ReadCache {
        ReadCache {
            max_age,
            generation: Arc::clone(&self.generation),
            kept: Mutex::new(Kept::default()),
        }
    }

    pub fn enabled(&self) -> bool {
        !self.max_age.is_zero()
    }

    /// Called once a write has been answered: nothing built before it is served again.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    fn is_fresh(&self, answer: &Answer, now: Instant) -> bool {
        answer.generation == self.generation() && now.duration_since(answer.built_at) < self.max_age
    }

    fn get(&self, key: &str) -> Option<(HeaderMap, Bytes)> {
        let kept = self.kept.lock().ok()?;
        let answer = kept.answers.get(key)?;
        self.is_fresh(answer, Instant::now())
            .then(|| (answer.headers.clone(), answer.body.clone()))
    }

    /// Keeps an answer built from what the database held at `generation`; an answer built
    /// across a write is dropped. Returns whether it was kept.
    fn put(&self, key: String, generation: u64, headers: HeaderMap, body: Bytes) -> bool {
        if body.len() > MAX_ENTRY_BYTES || generation != self.generation() {
            return false;
        }
        let Ok(mut kept) = self.kept.lock() else {
            return false;
        };
        if kept.bytes + body.len() > MAX_BYTES {
            let now = Instant::now();
            kept.answers.retain(|_, a| self.is_fresh(a, now));
            kept.bytes = kept.answers.values().map(|a| a.body.len()).sum();
            if kept.bytes + body.len() > MAX_BYTES {
                return false;
            }
        }
        kept.bytes += body.len();
        let answer = Answer {
            generation,
            built_at: Instant::now(),
            headers,
            body,
        };
        if let Some(old) = kept.answers.insert(key, answer) {
            kept.bytes -= old.body.len();
        }
        true
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
        if let Some((_, body)) = self.enabled().then(|| self.get(&key)).flatten() {
            return Ok(json_answer(body, HIT));
        }
        let generation = self.generation();
        let value = build.await?;
        let body = Bytes::from(serde_json::to_vec(&value).map_err(anyhow::Error::from)?);
        let stored = self.enabled() && self.put(key, generation, HeaderMap::new(), body.clone());
        Ok(json_answer(body, if stored { STORED } else { NOT_STORED }))
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
        cache.invalidate();
        return Ok(res?.map_into_boxed_body());
    }
    if !cache.enabled() || !is_hot_anonymous_read(&req) {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    let key = match req.query_string() {
        "" => req.path().to_owned(),
        query => format!("{}?{query}", req.path()),
    };
    if let Some((headers, body)) = cache.get(&key) {
        let mut answer = HttpResponse::Ok();
        for (name, value) in &headers {
            answer.insert_header((name.clone(), value.clone()));
        }
        answer.insert_header((CACHE_STATUS, HIT));
        return Ok(req.into_response(answer.body(body)));
    }

    let generation = cache.generation();
    let res = next.call(req).await?.map_into_boxed_body();
    if res.status() != StatusCode::OK {
        return Ok(res);
    }
    let (req, res) = res.into_parts();
    let (mut res, content) = res.into_parts();
    let body = body::to_bytes(content)
        .await
        .map_err(|e| actix_web::error::ErrorInternalServerError(e.to_string()))?;
    let stored = cache.put(key, generation, res.headers().clone(), body.clone());
    res.headers_mut()
        .insert(CACHE_STATUS, if stored { STORED } else { NOT_STORED });
    Ok(ServiceResponse::new(req, res.set_body(BoxBody::new(body))))
}

fn is_hot_anonymous_read(req: &ServiceRequest) -> bool {
    req.method() == actix_web::http::Method::GET
        && !carries_credentials(req.headers())
        && req
            .match_pattern()
            .is_some_and(|pattern| HOT_READS.contains(&pattern.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache() -> ReadCache {
        ReadCache::new(Duration::from_secs(3600))
    }

    fn body(text: &'static str) -> Bytes {
        Bytes::from_static(text.as_bytes())
    }

    #[test]
    fn an_answer_is_served_until_a_write() {
        let cache = cache();
        let at = cache.generation();
        assert!(cache.put("/a".into(), at, HeaderMap::new(), body("one")));
        assert_eq!(cache.get("/a").map(|(_, b)| b), Some(body("one")));
        cache.invalidate();
        assert!(cache.get("/a").is_none());
    }

    #[test]
    fn an_answer_built_across_a_write_is_not_kept() {
        let cache = cache();
        let before = cache.generation();
        cache.invalidate();
        assert!(!cache.put("/a".into(), before, HeaderMap::new(), body("old")));
        assert!(cache.get("/a").is_none());
    }

    #[test]
    fn an_answer_older_than_the_age_is_not_served() {
        let cache = ReadCache::new(Duration::from_nanos(1));
        assert!(cache.put("/a".into(), 0, HeaderMap::new(), body("one")));
        std::thread::sleep(Duration::from_millis(1));
        assert!(cache.get("/a").is_none());
    }

    #[test]
    fn the_weight_is_bounded() {
        let cache = cache();
        let big = Bytes::from(vec![b'x'; MAX_ENTRY_BYTES]);
        let fits = MAX_BYTES / MAX_ENTRY_BYTES;
        for i in 0..fits {
            assert!(cache.put(format!("/{i}"), 0, HeaderMap::new(), big.clone()));
        }
        assert!(!cache.put("/one-more".into(), 0, HeaderMap::new(), big.clone()));
        assert!(!cache.put(
            "/too-big".into(),
            0,
            HeaderMap::new(),
            Bytes::from(vec![b'x'; MAX_ENTRY_BYTES + 1])
        ));
        // Once what is kept has gone stale, it makes room.
        cache.invalidate();
        assert!(cache.put("/after".into(), 1, HeaderMap::new(), big));
    }

    #[test]
    fn replacing_an_answer_keeps_the_weight_right() {
        let cache = cache();
        cache.put("/a".into(), 0, HeaderMap::new(), body("12345"));
        cache.put("/a".into(), 0, HeaderMap::new(), body("12"));
        assert_eq!(cache.kept.lock().map(|k| k.bytes).ok(), Some(2));
    }
}
