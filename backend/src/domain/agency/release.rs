//! When a breakdown group's figures may change: only after at least k new participants
//! joined the group since its last release. Between releases the group shows the figures it
//! was last released with, so one person's vote never moves a published figure by itself:
//! whoever compares a group before and after a person acts sees either no change or a change
//! that mixes at least k newcomers' votes (and every change its older members made meanwhile).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::summary::VoteTotals;

/// A group's figures as released.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Released {
    pub participants: i64,
    pub votes: VoteTotals,
    pub released_at: DateTime<Utc>,
}

/// What to show for a group: the fresh figures when nothing was released yet or at least
/// `k` participants joined since the last release; the last release otherwise.
pub fn next_release(
    previous: Option<&Released>,
    participants: i64,
    votes: &VoteTotals,
    k: i64,
    now: DateTime<Utc>,
) -> Released {
    match previous {
        Some(last) if participants < last.participants + k => last.clone(),
        _ => Released {
            participants,
            votes: votes.clone(),
            released_at: now,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn votes(agree: i64) -> VoteTotals {
        VoteTotals {
            agree,
            disagree: 0,
            pass: 0,
            total: agree,
        }
    }

    #[test]
    fn the_first_release_is_the_current_figures() {
        let now = Utc::now();
        let first = next_release(None, 12, &votes(30), 10, now);
        assert_eq!((first.participants, first.votes.agree), (12, 30));
    }

    #[test]
    fn votes_and_newcomers_under_k_leave_the_release_unchanged() {
        let then = Utc::now();
        let first = next_release(None, 12, &votes(30), 10, then);
        for (participants, agree) in [(12, 31), (13, 35), (21, 60)] {
            let next = next_release(Some(&first), participants, &votes(agree), 10, Utc::now());
            assert_eq!(next, first);
        }
    }

    #[test]
    fn k_newcomers_release_the_current_figures() {
        let first = next_release(None, 12, &votes(30), 10, Utc::now());
        let next = next_release(Some(&first), 22, &votes(61), 10, Utc::now());
        assert_eq!((next.participants, next.votes.agree), (22, 61));
    }
}
