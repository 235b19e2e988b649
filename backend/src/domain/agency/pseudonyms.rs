//! Pseudonymous participant ids for exports and opinion groups, keyed per audience.
//!
//! Two layers, each an HMAC under its own key derived from the server secret:
//! - the *internal* pseudonym, HMAC(consultation ‖ person), is what the opinion-groups
//!   cache stores; it never leaves the server;
//! - the *released* pseudonym, HMAC(audience ‖ internal), is what a reader sees. An audience
//!   is one agency API key, or one signed-in agency member. Two audiences get unrelated ids
//!   for the same person, so exports handed to different parties cannot be joined, and a
//!   leaked export joins to nothing but other downloads by the same key or member.
//!
//! Within one audience the id is stable across that consultation's exports and its
//! opinion-groups scatter (a point joins to its exported votes); across consultations it
//! differs. Nothing public (no API response, page or search hit) carries either layer.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use uuid::Uuid;

type HmacSha256 = Hmac<Sha256>;

/// Who receives a released pseudonym.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// An agency API key: each key is its own audience.
    ApiKey(Uuid),
    /// A signed-in agency member reading without a key.
    Member(Uuid),
}

impl Audience {
    fn tag(self) -> [u8; 17] {
        let (kind, id) = match self {
            Audience::ApiKey(id) => (b'k', id),
            Audience::Member(id) => (b'm', id),
        };
        let mut tag = [0u8; 17];
        tag[0] = kind;
        tag[1..].copy_from_slice(id.as_bytes());
        tag
    }
}

#[derive(Clone)]
pub struct PseudonymKey {
    internal: HmacSha256,
    released: HmacSha256,
}

fn derive(server_secret: &[u8], purpose: &[u8]) -> anyhow::Result<HmacSha256> {
    let mut derive = HmacSha256::new_from_slice(server_secret)?;
    derive.update(purpose);
    Ok(HmacSha256::new_from_slice(&derive.finalize().into_bytes())?)
}

/// 16 hex characters (64 bits): collisions are negligible within one consultation.
fn truncated(mac: HmacSha256) -> String {
    hex::encode(&mac.finalize().into_bytes()[..8])
}

impl PseudonymKey {
    /// Derives both keys from the server secret (keys of their own, used for nothing else).
    pub fn new(server_secret: &[u8]) -> anyhow::Result<PseudonymKey> {
        Ok(PseudonymKey {
            internal: derive(server_secret, b"sala internal pseudonyms v2")?,
            released: derive(server_secret, b"sala released pseudonyms v2")?,
        })
    }

    /// The id stored server-side (the opinion-groups cache); never shown to anyone as is.
    pub fn internal(&self, consultation_id: Uuid, user_id: Uuid) -> String {
        let mut mac = self.internal.clone();
        mac.update(consultation_id.as_bytes());
        mac.update(user_id.as_bytes());
        truncated(mac)
    }

    /// What `audience` sees for the person behind an internal id.
    pub fn release(&self, audience: Audience, internal: &str) -> String {
        let mut mac = self.released.clone();
        mac.update(&audience.tag());
        mac.update(internal.as_bytes());
        truncated(mac)
    }

    /// What `audience` sees for a person in a consultation.
    pub fn for_audience(&self, audience: Audience, consultation_id: Uuid, user_id: Uuid) -> String {
        self.release(audience, &self.internal(consultation_id, user_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_within_a_consultation_and_audience_and_different_across() {
        let key = PseudonymKey::new(b"a server secret of some length...").unwrap();
        let (c1, c2, u) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let (a, b) = (
            Audience::ApiKey(Uuid::now_v7()),
            Audience::ApiKey(Uuid::now_v7()),
        );
        let member = Audience::Member(Uuid::now_v7());
        assert_eq!(key.for_audience(a, c1, u), key.for_audience(a, c1, u));
        assert_eq!(
            key.for_audience(a, c1, u),
            key.release(a, &key.internal(c1, u))
        );
        assert_ne!(key.for_audience(a, c1, u), key.for_audience(a, c2, u));
        assert_ne!(key.for_audience(a, c1, u), key.for_audience(b, c1, u));
        assert_ne!(key.for_audience(a, c1, u), key.for_audience(member, c1, u));
        assert_ne!(key.for_audience(a, c1, u), key.internal(c1, u));
        assert_eq!(key.for_audience(a, c1, u).len(), 16);
        assert!(!key
            .for_audience(a, c1, u)
            .contains(&u.simple().to_string()[..8]));
        let other = PseudonymKey::new(b"another server secret, also long").unwrap();
        assert_ne!(key.for_audience(a, c1, u), other.for_audience(a, c1, u));
    }

    #[test]
    fn an_api_key_and_a_member_with_the_same_uuid_are_different_audiences() {
        let key = PseudonymKey::new(b"a server secret of some length...").unwrap();
        let (c, u, id) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        assert_ne!(
            key.for_audience(Audience::ApiKey(id), c, u),
            key.for_audience(Audience::Member(id), c, u)
        );
    }
}
