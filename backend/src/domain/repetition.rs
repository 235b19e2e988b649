//! Refuses the same text posted again and again by one account. Texts are compared by a
//! fingerprint that ignores case, spacing, punctuation and symbols, so trivial variations of
//! one message count as the same message.

use chrono::Duration;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect, Set,
};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

use crate::config::Settings;
use crate::db::entities::{text_fingerprints, users};
use crate::domain::accounts::Account;
use crate::domain::now;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy)]
pub struct RepetitionPolicy {
    /// How many times one account may post the same text within `window`.
    pub limit: u32,
    pub window: Duration,
}

impl RepetitionPolicy {
    /// The policy `SALA_REPEAT_LIMIT` and `SALA_REPEAT_WINDOW` set.
    pub fn from_settings(settings: &Settings) -> RepetitionPolicy {
        RepetitionPolicy {
            limit: settings.repeat_limit,
            window: Duration::seconds(settings.repeat_window_secs as i64),
        }
    }
}

/// The fingerprint of a text: letters, digits and combining marks (Thai vowels and tones are
/// marks) after NFKC and case folding, hashed.
pub fn fingerprint(text: &str) -> String {
    let folded = caseless::default_case_fold_str(&text.nfkc().collect::<String>());
    let mut kept: String = folded
        .chars()
        .filter(|c| c.is_alphanumeric() || is_mark(*c))
        .collect();
    if kept.is_empty() {
        // Nothing but symbols (emoji, say): compare those instead.
        kept = folded.chars().filter(|c| !c.is_whitespace()).collect();
    }
    hex::encode(Sha256::digest(kept.as_bytes()))
}

/// Combining marks in the blocks Sala's content uses (Thai, and combining diacritics).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}')
}

/// Records that `author` posts `text`, or refuses it when they already posted it `limit`
/// times within the window. Runs inside the caller's transaction; on PostgreSQL it holds the
/// author's row lock so two copies sent at once cannot both slip under the limit.
pub async fn note_text<C: ConnectionTrait>(
    conn: &C,
    author: &Account,
    text: &str,
    policy: &RepetitionPolicy,
) -> Result<()> {
    users::Entity::find_by_id(author.id)
        .lock_exclusive()
        .one(conn)
        .await?;
    let fingerprint = fingerprint(text);
    let now = now();
    let earlier = text_fingerprints::Entity::find()
        .filter(text_fingerprints::Column::UserId.eq(author.id))
        .filter(text_fingerprints::Column::Fingerprint.eq(fingerprint.as_str()))
        .filter(text_fingerprints::Column::CreatedAt.gt(now - policy.window))
        .count(conn)
        .await?;
    if earlier >= u64::from(policy.limit) {
        return Err(Error::field(
            "body",
            "repeated",
            format!(
                "you have already posted this text {earlier} times in the last {} hours",
                policy.window.num_hours().max(1)
            ),
        ));
    }
    text_fingerprints::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(author.id),
        fingerprint: Set(fingerprint),
        created_at: Set(now),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Forgets fingerprints older than the window: they can no longer refuse anything.
pub async fn forget_old<C: ConnectionTrait>(conn: &C, policy: &RepetitionPolicy) -> Result<u64> {
    Ok(text_fingerprints::Entity::delete_many()
        .filter(text_fingerprints::Column::CreatedAt.lt(now() - policy.window))
        .exec(conn)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trivial_variations_share_a_fingerprint() {
        let a = fingerprint("ซื้อเลย! ราคาถูกที่สุด http://spam.example");
        assert_eq!(a, fingerprint("  ซื้อเลย ราคาถูกที่สุด  HTTP://SPAM.EXAMPLE!!!"));
        assert_ne!(a, fingerprint("ซื้อเลย ราคาถูกที่สุด http://other.example"));
        // Tone marks change Thai words, so they count.
        assert_ne!(fingerprint("ไม่"), fingerprint("ไม้"));
        assert_ne!(fingerprint("👍"), fingerprint("👎"));
    }
}
