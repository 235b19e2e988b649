//! Pseudonymous participant ids: stable within a consultation, different across
//! consultations, and not reversible without the server secret.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use uuid::Uuid;

type HmacSha256 = Hmac<Sha256>;

#[derive(Clone)]
pub struct Pseudonyms {
    keyed: HmacSha256,
}

impl Pseudonyms {
    /// Derives a key of its own from the server secret, so these ids reveal nothing of
    /// any other use of that secret.
    pub fn new(server_secret: &[u8]) -> anyhow::Result<Pseudonyms> {
        let mut derive = HmacSha256::new_from_slice(server_secret)
            .map_err(|e| anyhow::anyhow!("pseudonym key: {e}"))?;
        derive.update(b"sala opinion-groups participant pseudonyms");
        let key = derive.finalize().into_bytes();
        Ok(Pseudonyms {
            keyed: HmacSha256::new_from_slice(&key)
                .map_err(|e| anyhow::anyhow!("pseudonym key: {e}"))?,
        })
    }

    /// 16 hex digits (64 bits) of HMAC(consultation ‖ user).
    pub fn of(&self, consultation: Uuid, user: Uuid) -> String {
        let mut mac = self.keyed.clone();
        mac.update(consultation.as_bytes());
        mac.update(user.as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..8])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_stable_per_consultation_and_differ_across() {
        let p = Pseudonyms::new(b"a server secret of some length").unwrap();
        let (c1, c2, u) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
        assert_eq!(p.of(c1, u), p.of(c1, u));
        assert_ne!(p.of(c1, u), p.of(c2, u));
        assert_eq!(p.of(c1, u).len(), 16);
        assert!(!p.of(c1, u).contains(&u.simple().to_string()[..8]));
        let other = Pseudonyms::new(b"another server secret entirely").unwrap();
        assert_ne!(p.of(c1, u), other.of(c1, u));
    }
}
