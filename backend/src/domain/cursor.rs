//! Opaque keyset-pagination cursors: the sort key and id of the last item, base64url JSON.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{de::DeserializeOwned, Serialize};

use crate::error::{Error, FieldError};

pub fn encode<T: Serialize>(position: &T) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(position).unwrap_or_default())
}

pub fn decode<T: DeserializeOwned>(cursor: &str) -> Result<T, Error> {
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .ok_or_else(|| {
            Error::Validation(vec![FieldError::new(
                "cursor",
                "invalid",
                "is not a cursor this list gave out",
            )])
        })
}

/// Bounds a requested page size: default 20, at most 100.
pub fn page_limit(requested: Option<u64>) -> Result<u64, Error> {
    match requested {
        None => Ok(20),
        Some(n) if (1..=100).contains(&n) => Ok(n),
        Some(_) => Err(Error::field(
            "limit",
            "out_of_range",
            "must be between 1 and 100",
        )),
    }
}
