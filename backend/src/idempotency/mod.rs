//! `Idempotency-Key` (IETF draft-ietf-httpapi-idempotency-key-header): a client that retries a
//! POST or PATCH with the same key gets the first successful answer again instead of a second
//! proposal, comment or flag.
//!
//! One middleware applies it to every route (`api::idempotency`), the key and the request's
//! fingerprint are parsed in `key`, the claims and stored answers live in the
//! `idempotency_keys` table (`store`), and `openapi` documents the header.

pub mod key;
pub mod openapi;
pub mod store;
