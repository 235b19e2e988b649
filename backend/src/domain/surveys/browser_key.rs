//! The browser token of an anonymous reader and the key it is stored under. The token is
//! random and lives only in the browser; the server keeps HMAC(token) under a key of its own
//! derived from the server secret, so a leaked table cannot be matched against tokens without
//! the secret, and nothing in it points at a person or a device.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::error::FieldError;

type HmacSha256 = Hmac<Sha256>;

/// Shortest and longest token accepted: 16 random bytes at least, and no essay.
const TOKEN_MIN: usize = 22;
const TOKEN_MAX: usize = 128;

#[derive(Clone)]
pub struct BrowserKeys {
    key: HmacSha256,
}

impl BrowserKeys {
    /// A key used for nothing else, derived from the server secret.
    pub fn new(server_secret: &[u8]) -> anyhow::Result<BrowserKeys> {
        let mut derive = HmacSha256::new_from_slice(server_secret)?;
        derive.update(b"sala reader survey browser keys v1");
        Ok(BrowserKeys {
            key: HmacSha256::new_from_slice(&derive.finalize().into_bytes())?,
        })
    }

    /// The stored key of a checked token: 64 hex characters.
    pub(super) fn of(&self, token: &str) -> String {
        let mut mac = self.key.clone();
        mac.update(token.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

/// A fresh token for a browser that has none: 32 random bytes, URL-safe base64.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A token as the browser sent it: URL-safe base64 characters, of a sensible length.
pub(super) fn checked_token(raw: &str) -> Result<&str, FieldError> {
    let fits = (TOKEN_MIN..=TOKEN_MAX).contains(&raw.len())
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if fits {
        Ok(raw)
    } else {
        Err(FieldError::new(
            "browser_token",
            "invalid",
            format!("must be {TOKEN_MIN} to {TOKEN_MAX} letters, digits, - or _"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_token_gives_the_same_key_and_others_differ() {
        let keys = BrowserKeys::new(b"a server secret of some length").expect("key");
        let token = new_token();
        assert!(checked_token(&token).is_ok());
        assert_eq!(keys.of(&token), keys.of(&token));
        assert_ne!(keys.of(&token), keys.of(&new_token()));
        assert_eq!(keys.of(&token).len(), 64);
    }

    #[test]
    fn odd_tokens_are_refused() {
        assert!(checked_token("short").is_err());
        assert!(checked_token(&"a".repeat(200)).is_err());
        assert!(checked_token("has spaces in it but is long enough").is_err());
    }
}
