//! Voters' accounts kept between account writes: a citizen going down a list casting votes is
//! looked up once, not once per vote. Only the vote routes read from here (`api::extract::
//! Voter`); every other route looks its caller up on each request.
//!
//! A kept account is used only while all of these hold:
//! - no write other than a vote has gone through this process since it was read: such writes
//!   (a sign-out, a suspension, a role or a password changed…) bump a generation once they
//!   have answered, and an account read across a bump is never kept;
//! - no write made elsewhere has been heard of since (`peers`: another API replica's, a
//!   worker's, the command line's);
//! - it was read less than `read_cache_ms` ago (one second by default), which bounds what a
//!   write made outside Sala (a `psql` session on PostgreSQL) can leave unseen.
//!
//! What it keeps is what the vote needs to know of the caller: whether they may write, and
//! who they are.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use uuid::Uuid;

use crate::domain::accounts::Account;

/// More sessions than this are not kept: when full, what is too old is dropped first, and
/// then everything.
const MAX_SESSIONS: usize = 100_000;

/// The routes whose writes change no account or session: they leave the kept accounts be.
pub const ACCOUNT_NEUTRAL_ROUTES: [&str; 1] = ["/api/v1/proposals/{id}/vote"];

pub struct KeptCallers {
    max_age: Duration,
    generation: AtomicU64,
    kept: Mutex<HashMap<Uuid, Kept>>,
}

struct Kept {
    account: Account,
    generation: u64,
    read_at: Instant,
}

impl KeptCallers {
    /// Keeps nothing when `max_age` is zero.
    pub fn new(max_age: Duration) -> KeptCallers {
        KeptCallers {
            max_age,
            generation: AtomicU64::new(0),
            kept: Mutex::new(HashMap::new()),
        }
    }

    /// The generation to read an account in, for `keep`.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// The account kept for `session_id` of `user_id`, if it still holds.
    pub fn get(&self, user_id: Uuid, session_id: Uuid) -> Option<Account> {
        let generation = self.generation();
        let kept = self.lock();
        let found = kept.get(&session_id)?;
        (found.account.id == user_id
            && found.generation == generation
            && found.read_at.elapsed() < self.max_age)
            .then(|| found.account.clone())
    }

    /// Keeps `account`, read from the database in `generation`, for `session_id`.
    pub fn keep(&self, session_id: Uuid, account: &Account, generation: u64) {
        if self.max_age.is_zero() || generation != self.generation() {
            return;
        }
        let mut kept = self.lock();
        if kept.len() >= MAX_SESSIONS {
            let current = self.generation();
            kept.retain(|_, k| k.generation == current && k.read_at.elapsed() < self.max_age);
            if kept.len() >= MAX_SESSIONS {
                kept.clear();
            }
        }
        kept.insert(
            session_id,
            Kept {
                account: account.clone(),
                generation,
                read_at: Instant::now(),
            },
        );
    }

    /// A write that may have changed an account or a session went through, here or in
    /// another replica: nothing read before it is used again.
    pub fn forget_all(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<Uuid, Kept>> {
        // A panic while holding the lock leaves a map that is still whole.
        self.kept
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::accounts::{Locale, Role};

    fn account(id: Uuid) -> Account {
        Account {
            id,
            email: "voter@example.org".into(),
            display_name: "voter".into(),
            role: Role::Citizen,
            locale: Locale::Th,
            province: None,
            age_band: None,
            gender: None,
            verified_at: None,
            suspended_until: None,
            banned_at: None,
            created_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn an_account_is_used_until_a_write_or_its_age_ends_it() {
        let callers = KeptCallers::new(Duration::from_secs(60));
        let (user, session) = (Uuid::now_v7(), Uuid::now_v7());
        let generation = callers.generation();
        callers.keep(session, &account(user), generation);
        assert!(callers.get(user, session).is_some());
        assert!(
            callers.get(Uuid::now_v7(), session).is_none(),
            "another user's token naming this session"
        );
        callers.forget_all();
        assert!(callers.get(user, session).is_none());
        // Read before the write, kept after it: not kept.
        callers.keep(session, &account(user), generation);
        assert!(callers.get(user, session).is_none());

        let ageless = KeptCallers::new(Duration::ZERO);
        ageless.keep(session, &account(user), ageless.generation());
        assert!(ageless.get(user, session).is_none());
    }
}
