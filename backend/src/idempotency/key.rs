//! The `Idempotency-Key` header, whose key it is, and what makes two requests "the same".

use actix_web::http::header::HeaderMap;
use actix_web::http::{Method, Uri};
use sha2::{Digest, Sha256};

/// Why an `Idempotency-Key` header cannot be used, in words for the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidKey(pub &'static str);

pub const HEADER: &str = "idempotency-key";
pub const MAX_LEN: usize = 255;

/// A key as the client sent it: 1 to 255 printable ASCII characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    /// Parses a header value. The draft sends the key as a structured-field string
    /// (`"abc"`); a bare token is accepted too, since most clients send one.
    pub fn parse(raw: &[u8]) -> Result<IdempotencyKey, InvalidKey> {
        let unquoted = match raw {
            [b'"', inner @ .., b'"'] => inner,
            other => other,
        };
        if unquoted.is_empty() || unquoted.len() > MAX_LEN {
            return Err(InvalidKey(
                "The Idempotency-Key must be 1 to 255 characters long.",
            ));
        }
        if !unquoted.iter().all(|b| (0x20..=0x7e).contains(b)) {
            return Err(InvalidKey(
                "The Idempotency-Key may hold printable ASCII characters only.",
            ));
        }
        Ok(IdempotencyKey(
            String::from_utf8_lossy(unquoted).into_owned(),
        ))
    }

    /// The key of a request: `None` without the header, an error when it is malformed or sent
    /// more than once.
    pub fn from_headers(headers: &HeaderMap) -> Option<Result<IdempotencyKey, InvalidKey>> {
        let mut values = headers.get_all(HEADER);
        let first = values.next()?;
        if values.next().is_some() {
            return Some(Err(InvalidKey(
                "Send one Idempotency-Key header, not several.",
            )));
        }
        Some(IdempotencyKey::parse(first.as_bytes()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Who a key belongs to: two callers may pick the same key without meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyOwner(String);

impl KeyOwner {
    pub fn account(id: uuid::Uuid) -> KeyOwner {
        KeyOwner(format!("account:{id}"))
    }

    /// An agency API key, named by its hash (the raw key is never stored).
    pub fn api_key(key_hash: &str) -> KeyOwner {
        KeyOwner(format!("api-key:{key_hash}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a retry must repeat exactly: method, path with query, and body.
pub fn fingerprint_of(method: &Method, uri: &Uri, body: &[u8]) -> String {
    let target = uri.path_and_query().map_or(uri.path(), |pq| pq.as_str());
    fingerprint(method.as_str(), target, body)
}

/// The fingerprint of `method` on `target` (path and query) with `body`.
pub fn fingerprint(method: &str, target: &str, body: &[u8]) -> String {
    let mut hash = Sha256::new();
    hash.update(method.as_bytes());
    hash.update(b"\n");
    hash.update(target.as_bytes());
    hash.update(b"\n");
    hash.update(body);
    hex::encode(hash.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_one_to_255_printable_ascii_characters() {
        assert_eq!(IdempotencyKey::parse(b"a").unwrap().as_str(), "a");
        assert_eq!(
            IdempotencyKey::parse(b"8e03978e-40d5 ~!").unwrap().as_str(),
            "8e03978e-40d5 ~!"
        );
        assert!(IdempotencyKey::parse(&[b'k'; 255]).is_ok());
        assert!(IdempotencyKey::parse(&[b'k'; 256]).is_err());
        assert!(IdempotencyKey::parse(b"").is_err());
        assert!(IdempotencyKey::parse(b"\"\"").is_err());
        assert!(IdempotencyKey::parse(b"tab\there").is_err());
        assert!(IdempotencyKey::parse("ไทย".as_bytes()).is_err());
    }

    #[test]
    fn a_quoted_key_means_the_same_as_a_bare_one() {
        assert_eq!(
            IdempotencyKey::parse(b"\"abc\"").unwrap(),
            IdempotencyKey::parse(b"abc").unwrap()
        );
    }

    #[test]
    fn the_fingerprint_tells_method_target_and_body_apart() {
        let uri: Uri = "/api/v1/flags".parse().unwrap();
        let other: Uri = "/api/v1/flags?x=1".parse().unwrap();
        let base = fingerprint_of(&Method::POST, &uri, b"{}");
        assert_eq!(base, fingerprint_of(&Method::POST, &uri, b"{}"));
        assert_ne!(base, fingerprint_of(&Method::PATCH, &uri, b"{}"));
        assert_ne!(base, fingerprint_of(&Method::POST, &other, b"{}"));
        assert_ne!(base, fingerprint_of(&Method::POST, &uri, b"{ }"));
    }
}
