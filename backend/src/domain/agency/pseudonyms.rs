//! Pseudonymous participant ids for exports and opinion groups (the same id in both, so an
//! analyst can join a point of the scatter to its exported votes): HMAC(server key,
//! consultation ‖ person), truncated. Stable within a consultation, so an analyst can follow
//! one person's votes and comments; different across consultations, so exports cannot be
//! joined into a profile.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use uuid::Uuid;

type HmacSha256 = Hmac<Sha256>;

#[derive(Clone)]
pub struct PseudonymKey {
    keyed: HmacSha256,
}

impl PseudonymKey {
    /// Derives the key from the server secret (a key of its own, used for nothing else).
    pub fn new(server_secret: &[u8]) -> anyhow::Result<PseudonymKey> {
        let mut derive = HmacSha256::new_from_slice(server_secret)?;
        derive.update(b"sala export pseudonyms v1");
        let keyed = HmacSha256::new_from_slice(&derive.finalize().into_bytes())?;
        Ok(PseudonymKey { keyed })
    }

    /// 16 hex characters (64 bits): collisions are negligible within one consultation.
    pub fn of(&self, consultation_id: Uuid, user_id: Uuid) -> String {
        let mut mac = self.keyed.clone();
        mac.update(consultation_id.as_bytes());
        mac.update(user_id.as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..8])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_within_a_consultation_and_different_across() {
        let key = PseudonymKey::new(b"a server secret of some length...").unwrap();
        let (c1, c2, u) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        assert_eq!(key.of(c1, u), key.of(c1, u));
        assert_ne!(key.of(c1, u), key.of(c2, u));
        assert_eq!(key.of(c1, u).len(), 16);
        assert!(!key.of(c1, u).contains(&u.simple().to_string()[..8]));
        let other = PseudonymKey::new(b"another server secret, also long").unwrap();
        assert_ne!(key.of(c1, u), other.of(c1, u));
    }
}
