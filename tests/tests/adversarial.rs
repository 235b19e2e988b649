//! The adversarial suite: black-box tests of what a hostile or unlucky client can do to the
//! real server (retries, races, malformed input), on SQLite and on PostgreSQL.

mod adversarial {
    pub mod idempotency;
}
