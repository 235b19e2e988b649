//! Short-lived access tokens (HS256 JWT).

use chrono::Utc;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    pub iat: i64,
    pub exp: i64,
}

#[derive(Clone)]
pub struct AccessTokens {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    ttl_secs: u64,
}

impl AccessTokens {
    /// Builds the keys and signs and verifies one token, so a broken crypto set-up fails at
    /// start rather than at the first sign-in.
    pub fn new(secret: &[u8], ttl_secs: u64) -> anyhow::Result<Self> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 5;
        validation.set_required_spec_claims(&["exp", "sub"]);
        let tokens = AccessTokens {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            ttl_secs,
        };
        let probe = Uuid::now_v7();
        let (token, _) = tokens.issue(probe)?;
        anyhow::ensure!(
            tokens.verify(&token) == Some(probe),
            "access-token self-check failed"
        );
        Ok(tokens)
    }

    /// A signed token for `user_id` and its lifetime in seconds.
    pub fn issue(&self, user_id: Uuid) -> anyhow::Result<(String, u64)> {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: user_id,
            iat: now,
            exp: now + self.ttl_secs as i64,
        };
        let token = encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)?;
        Ok((token, self.ttl_secs))
    }

    /// The user a valid, unexpired token was issued to.
    pub fn verify(&self, token: &str) -> Option<Uuid> {
        decode::<Claims>(token, &self.decoding, &self.validation)
            .ok()
            .map(|data| data.claims.sub)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_with_its_secret_only() {
        let a = AccessTokens::new(b"a-secret-of-at-least-thirty-two-bytes!!", 60).unwrap();
        let b = AccessTokens::new(b"another-secret-of-thirty-two-bytes-long", 60).unwrap();
        let user = Uuid::now_v7();
        let (token, ttl) = a.issue(user).unwrap();
        assert_eq!(ttl, 60);
        assert_eq!(a.verify(&token), Some(user));
        assert_eq!(b.verify(&token), None);
        assert_eq!(a.verify("not-a-token"), None);
    }
}
