//! The adversarial suite: attacks found against Sala, replayed against the real server on
//! SQLite and on PostgreSQL, each showing the attack no longer works.

mod adversarial {
    pub mod privacy;
}
