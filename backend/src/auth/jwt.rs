//! Short-lived access tokens (HS256 JWT). Each names the session it belongs to (`sid`), so
//! it stops working when that session ends (see `domain::sessions`).

use chrono::Utc;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    /// The session (sign-in) the token was issued for.
    pub sid: Uuid,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
}

/// How far apart the clocks of the servers that issue and check a token may be.
const CLOCK_LEEWAY_SECS: i64 = 5;

/// Who a valid token speaks for, and in which session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bearer {
    pub user_id: Uuid,
    pub session_id: Uuid,
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
        validation.leeway = CLOCK_LEEWAY_SECS as u64;
        validation.validate_nbf = true;
        validation.set_required_spec_claims(&["exp", "nbf", "sub"]);
        let tokens = AccessTokens {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            ttl_secs,
        };
        let probe = Bearer {
            user_id: Uuid::now_v7(),
            session_id: Uuid::now_v7(),
        };
        let (token, _) = tokens.issue(probe.user_id, probe.session_id)?;
        anyhow::ensure!(
            tokens.verify(&token) == Some(probe),
            "access-token self-check failed"
        );
        Ok(tokens)
    }

    /// A signed token for `user_id` in session `session_id`, and its lifetime in seconds.
    pub fn issue(&self, user_id: Uuid, session_id: Uuid) -> anyhow::Result<(String, u64)> {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: user_id,
            sid: session_id,
            iat: now,
            nbf: now,
            exp: now + self.ttl_secs as i64,
        };
        let token = encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)?;
        Ok((token, self.ttl_secs))
    }

    /// The user and session a validly signed token was issued for, if it is valid now: not
    /// expired, not before its `nbf`, not issued in the future. Whether that session is still
    /// live is the database's question.
    pub fn verify(&self, token: &str) -> Option<Bearer> {
        decode::<Claims>(token, &self.decoding, &self.validation)
            .ok()
            // The library checks `exp` and `nbf`; a token claiming to come from the future
            // was not made by this server.
            .filter(|data| data.claims.iat <= Utc::now().timestamp() + CLOCK_LEEWAY_SECS)
            .map(|data| Bearer {
                user_id: data.claims.sub,
                session_id: data.claims.sid,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_with_its_secret_only() {
        let a = AccessTokens::new(b"a-secret-of-at-least-thirty-two-bytes!!", 60).unwrap();
        let b = AccessTokens::new(b"another-secret-of-thirty-two-bytes-long", 60).unwrap();
        let bearer = Bearer {
            user_id: Uuid::now_v7(),
            session_id: Uuid::now_v7(),
        };
        let (token, ttl) = a.issue(bearer.user_id, bearer.session_id).unwrap();
        assert_eq!(ttl, 60);
        assert_eq!(a.verify(&token), Some(bearer));
        assert_eq!(b.verify(&token), None);
        assert_eq!(a.verify("not-a-token"), None);
    }

    fn signed(claims: &Claims) -> String {
        let key = EncodingKey::from_secret(b"a-secret-of-at-least-thirty-two-bytes!!");
        encode(&Header::new(Algorithm::HS256), claims, &key).unwrap()
    }

    #[test]
    fn a_token_is_refused_before_its_time_or_when_issued_in_the_future() {
        let tokens = AccessTokens::new(b"a-secret-of-at-least-thirty-two-bytes!!", 60).unwrap();
        let now = Utc::now().timestamp();
        let honest = Claims {
            sub: Uuid::now_v7(),
            sid: Uuid::now_v7(),
            iat: now,
            nbf: now,
            exp: now + 60,
        };
        assert!(tokens.verify(&signed(&honest)).is_some());
        let not_yet = Claims {
            nbf: now + 600,
            ..honest
        };
        assert_eq!(tokens.verify(&signed(&not_yet)), None);
        let from_the_future = Claims {
            iat: now + 600,
            ..honest
        };
        assert_eq!(tokens.verify(&signed(&from_the_future)), None);
    }
}
