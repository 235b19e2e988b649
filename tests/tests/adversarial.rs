//! The adversarial suite: attacks found against Sala and failures of what surrounds it
//! (servers that refuse, stall or die, workers that crash), replayed against the real server on
//! SQLite and on PostgreSQL, each showing the attack no longer works.

mod adversarial {
    pub mod content;
    pub mod edge;
    pub mod idempotency;
    pub mod mail;
    pub mod privacy;
    pub mod role_matrix;
    pub mod sessions;
}
