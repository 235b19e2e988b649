//! Caching headers on every response, decided in one place so that no shared cache (a proxy,
//! a CDN) ever hands one person's answer to another:
//! - anything asked with a credential (an `Authorization` header or the session cookie) is
//!   `private, no-store`;
//! - anonymous reads of public lists and details, and the API's description, may be kept a
//!   few seconds by anyone, and carry a strong ETag so that `If-None-Match` gets a 304;
//! - the web app's fingerprinted files (`/assets/…`) are kept for a year, its other files
//!   (`index.html` for every route of the app) are revalidated on each use, with an ETag;
//! - everything else (errors, health, metrics, personal routes) is `no-store`.
//!
//! This middleware sits outside `Compress`, so the ETag is computed over the bytes actually
//! sent: a gzip answer and a plain one carry different tags, as strong tags must. A kept
//! answer (`read_cache`) comes with the tag of its plain bytes, computed once when it was kept.

use actix_web::body::{self, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderMap, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use sha2::{Digest, Sha256};

use super::auth::SESSION_COOKIE;

/// Anonymous lists and details: short, so a hidden proposal or a new vote reaches anonymous
/// readers within seconds.
pub const PUBLIC: &str = "public, max-age=10";
pub const PRIVATE: &str = "private, no-store";
pub const NO_STORE: &str = "no-store";
pub const REVALIDATE: &str = "no-cache";
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Reads whose anonymous answer is the same for every anonymous reader. Each entry covers
/// the path itself and everything under it.
const PUBLIC_READS: &[&str] = &[
    "/api/v1/consultations",
    "/api/v1/proposals",
    "/api/v1/provinces",
    "/api/v1/search",
    "/api/openapi.json",
    "/api/docs",
];

/// Paths the server answers itself; every other path belongs to the web app.
const SERVER_PATHS: &[&str] = &["/api", "/health", "/metrics"];

/// What a response may be cached as.
#[derive(Debug, PartialEq, Eq)]
enum Policy {
    /// Shaped by a credential: only the caller's own browser may hold it, and not on disk.
    Private,
    /// The same for every anonymous reader: anyone may keep it briefly.
    Public,
    /// A web app file whose name changes with its content.
    Immutable,
    /// A web app file under a stable name: keep it, but ask before each use.
    Revalidate,
    NoStore,
}

impl Policy {
    fn header(&self) -> &'static str {
        match self {
            Policy::Private => PRIVATE,
            Policy::Public => PUBLIC,
            Policy::Immutable => IMMUTABLE,
            Policy::Revalidate => REVALIDATE,
            Policy::NoStore => NO_STORE,
        }
    }

    /// Whether a client may come back with `If-None-Match`, so the answer gets an ETag.
    fn tagged(&self) -> bool {
        matches!(self, Policy::Public | Policy::Revalidate)
    }
}

pub async fn apply_caching_policy(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let read = matches!(*req.method(), Method::GET | Method::HEAD);
    // HEAD is GET without the body (RFC 9110, 9.3.2): routed as GET, so it gets the same
    // headers and ETag; the connection itself never writes a body in answer to a HEAD.
    if req.method() == Method::HEAD {
        req.head_mut().method = Method::GET;
    }
    let credentialed = carries_credentials(req.headers());
    let path = req.path().to_owned();
    let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();

    let mut res = next.call(req).await?.map_into_boxed_body();
    let server_path = is_under_any(&path, SERVER_PATHS);
    let policy = policy_for(&path, server_path, read, credentialed, res.status());
    let headers = res.headers_mut();
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(policy.header()),
        );
    }
    if server_path {
        // The same URL answers differently with a credential: a cache must key on it.
        add_vary(headers, "Authorization");
        add_vary(headers, "Cookie");
    }
    if !policy.tagged() {
        return Ok(res);
    }
    add_vary(res.headers_mut(), "Accept-Encoding");
    tag_or_not_modified(res, if_none_match.as_ref()).await
}

fn policy_for(
    path: &str,
    server_path: bool,
    read: bool,
    credentialed: bool,
    status: StatusCode,
) -> Policy {
    if credentialed {
        return Policy::Private;
    }
    // Errors, redirects and ranges of a file are not kept.
    if !read || status != StatusCode::OK {
        return Policy::NoStore;
    }
    if server_path {
        return if is_under_any(path, PUBLIC_READS) {
            Policy::Public
        } else {
            Policy::NoStore
        };
    }
    if path.starts_with("/assets/") {
        Policy::Immutable
    } else {
        Policy::Revalidate
    }
}

/// An `Authorization` header or Sala's session cookie. (The session cookie is scoped to
/// `/api/v1/auth`, but a client may send it anywhere; it still marks the request as someone's.)
pub(super) fn carries_credentials(headers: &HeaderMap) -> bool {
    headers.contains_key(header::AUTHORIZATION)
        || headers
            .get_all(header::COOKIE)
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.split_once('='))
            .any(|(name, _)| name.trim() == SESSION_COOKIE)
}

fn is_under_any(path: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

fn add_vary(headers: &mut HeaderMap, name: &'static str) {
    let present = headers
        .get_all(header::VARY)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.trim().eq_ignore_ascii_case(name) || v.trim() == "*");
    if !present {
        headers.append(header::VARY, HeaderValue::from_static(name));
    }
}

/// Tags the answer and answers 304 instead when the client already holds these exact bytes.
/// A kept answer (`read_cache`) was tagged once, over the same bytes, when it was kept, so it
/// is not read and hashed again for every reader; any other answer, or one whose bytes
/// compression changed, is read (small: one JSON answer or one file of the app) and tagged here.
async fn tag_or_not_modified(
    res: ServiceResponse<BoxBody>,
    if_none_match: Option<&HeaderValue>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let (req, res) = res.into_parts();
    let (mut res, content) = res.into_parts();
    let headers = res.headers_mut();
    let compressed = headers.contains_key(header::CONTENT_ENCODING);
    let (tag, content) = match headers.get(header::ETAG) {
        Some(tag) if !compressed => (tag.clone(), content),
        _ => {
            let bytes = body::to_bytes(content)
                .await
                .map_err(|e| actix_web::error::ErrorInternalServerError(e.to_string()))?;
            let tag = entity_tag(&bytes)
                .parse::<HeaderValue>()
                .map_err(header_error)?;
            (tag, BoxBody::new(bytes))
        }
    };
    let fresh = if_none_match
        .and_then(|v| v.to_str().ok())
        .zip(tag.to_str().ok())
        .is_some_and(|(v, tag)| matches_any(v, tag));
    let headers = res.headers_mut();
    headers.insert(header::ETAG, tag);
    if fresh {
        headers.remove(header::CONTENT_ENCODING);
        headers.remove(header::CONTENT_LENGTH);
        *res.status_mut() = StatusCode::NOT_MODIFIED;
        let res = res.set_body(BoxBody::new(body::None::new()));
        return Ok(ServiceResponse::new(req, res));
    }
    Ok(ServiceResponse::new(req, res.set_body(content)))
}

fn header_error(e: header::InvalidHeaderValue) -> actix_web::Error {
    actix_web::error::ErrorInternalServerError(e.to_string())
}

/// A strong tag: the first 128 bits of the SHA-256 of the bytes sent.
pub(super) fn entity_tag(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    format!("\"{}\"", hex::encode(&digest[..16]))
}

/// `If-None-Match` compares weakly (RFC 9110, 13.1.2): `W/"x"` matches `"x"`; `*` matches any.
fn matches_any(if_none_match: &str, tag: &str) -> bool {
    if_none_match.split(',').map(str::trim).any(|candidate| {
        candidate == "*" || candidate.strip_prefix("W/").unwrap_or(candidate) == tag
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_prefix_covers_its_path_and_below_but_not_a_longer_name() {
        assert!(is_under_any("/api/v1/proposals", PUBLIC_READS));
        assert!(is_under_any("/api/v1/proposals/abc/comments", PUBLIC_READS));
        assert!(!is_under_any("/api/v1/proposalsx", PUBLIC_READS));
        assert!(!is_under_any("/api/v1/me", PUBLIC_READS));
    }

    #[test]
    fn if_none_match_compares_weakly_and_accepts_lists_and_a_star() {
        let tag = "\"abc\"";
        assert!(matches_any("\"abc\"", tag));
        assert!(matches_any("W/\"abc\"", tag));
        assert!(matches_any("\"x\", \"abc\"", tag));
        assert!(matches_any("*", tag));
        assert!(!matches_any("\"abcd\"", tag));
    }

    #[test]
    fn only_the_session_cookie_makes_a_request_someones() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("theme=dark"));
        assert!(!carries_credentials(&headers));
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("theme=dark; sala_refresh=t"),
        );
        assert!(carries_credentials(&headers));
    }
}
