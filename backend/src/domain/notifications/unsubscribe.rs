//! One-click unsubscribe (RFC 8058): every mail carries a signed link that turns its kind of
//! notification off without signing in. The signature is an HMAC under a key derived from the
//! server's secret, so links cannot be forged or altered.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use uuid::Uuid;

use super::{set_preferences, Delivery, NotificationKind};
use crate::db::Db;
use crate::error::{Error, Result};

/// What a link turns off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Kind(NotificationKind),
    All,
}

impl Scope {
    fn as_str(self) -> &'static str {
        match self {
            Scope::Kind(kind) => kind.as_str(),
            Scope::All => "all",
        }
    }

    fn parse(raw: &str) -> Option<Scope> {
        if raw == "all" {
            Some(Scope::All)
        } else {
            NotificationKind::parse(raw).map(Scope::Kind)
        }
    }
}

#[derive(Clone)]
pub struct UnsubscribeKey {
    /// Keyed once at start; each use clones it.
    keyed: HmacSha256,
}

type HmacSha256 = Hmac<Sha256>;

impl UnsubscribeKey {
    /// Derives the unsubscribe key from the server secret (a key of its own, so an
    /// unsubscribe link can never be used as anything else).
    pub fn new(server_secret: &[u8]) -> anyhow::Result<UnsubscribeKey> {
        let mut derive = HmacSha256::new_from_slice(server_secret)?;
        derive.update(b"sala unsubscribe v1");
        let keyed = HmacSha256::new_from_slice(&derive.finalize().into_bytes())?;
        Ok(UnsubscribeKey { keyed })
    }

    fn mac(&self, message: &str) -> HmacSha256 {
        let mut mac = self.keyed.clone();
        mac.update(message.as_bytes());
        mac
    }

    pub fn token(&self, user_id: Uuid, scope: Scope) -> String {
        let message = format!("{}.{}", user_id.simple(), scope.as_str());
        let signature = self.mac(&message).finalize().into_bytes();
        format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(message),
            URL_SAFE_NO_PAD.encode(signature)
        )
    }

    /// The link that goes into `List-Unsubscribe`.
    pub fn url(&self, public_url: &str, user_id: Uuid, scope: Scope) -> String {
        format!(
            "{public_url}/api/v1/unsubscribe?token={}",
            self.token(user_id, scope)
        )
    }

    /// The person and scope of a genuine token.
    pub fn verify(&self, token: &str) -> Option<(Uuid, Scope)> {
        let (message, signature) = token.trim().split_once('.')?;
        let message = String::from_utf8(URL_SAFE_NO_PAD.decode(message).ok()?).ok()?;
        let signature = URL_SAFE_NO_PAD.decode(signature).ok()?;
        self.mac(&message).verify_slice(&signature).ok()?;
        let (user, scope) = message.split_once('.')?;
        Some((Uuid::parse_str(user).ok()?, Scope::parse(scope)?))
    }
}

fn invalid() -> Error {
    Error::field("token", "invalid", "this unsubscribe link is not valid")
}

/// What a link would turn off, for the confirmation page.
pub fn describe(key: &UnsubscribeKey, token: &str) -> Result<Vec<NotificationKind>> {
    let (_, scope) = key.verify(token).ok_or_else(invalid)?;
    Ok(kinds(scope))
}

fn kinds(scope: Scope) -> Vec<NotificationKind> {
    match scope {
        Scope::Kind(kind) => vec![kind],
        Scope::All => NotificationKind::ALL.to_vec(),
    }
}

/// Turns email off for the link's scope. Using a link twice is not an error.
pub async fn apply(db: &Db, key: &UnsubscribeKey, token: &str) -> Result<Vec<NotificationKind>> {
    let (user_id, scope) = key.verify(token).ok_or_else(invalid)?;
    let kinds = kinds(scope);
    let changes: Vec<_> = kinds.iter().map(|k| (*k, Delivery::Off)).collect();
    let txn = db.begin_write().await?;
    set_preferences(&txn, user_id, &changes).await?;
    txn.commit().await?;
    Ok(kinds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_only_unaltered_and_under_its_own_key() {
        let key = UnsubscribeKey::new(b"a server secret of enough length!!").unwrap();
        let user = Uuid::now_v7();
        let token = key.token(user, Scope::Kind(NotificationKind::PhaseChanged));
        assert_eq!(
            key.verify(&token),
            Some((user, Scope::Kind(NotificationKind::PhaseChanged)))
        );
        let other = UnsubscribeKey::new(b"another server secret, also long!!").unwrap();
        assert_eq!(other.verify(&token), None);
        let (message, signature) = token.split_once('.').unwrap();
        let forged = format!(
            "{}.{signature}",
            URL_SAFE_NO_PAD.encode(format!("{}.all", Uuid::now_v7().simple()))
        );
        assert_eq!(key.verify(&forged), None);
        assert_eq!(key.verify(message), None);
    }
}
