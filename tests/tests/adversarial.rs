//! The adversarial suite: black-box attacks on the real server (on SQLite and on PostgreSQL)
//! that once worked against Sala, kept so they never work again.

mod adversarial {
    pub mod sessions;
}
