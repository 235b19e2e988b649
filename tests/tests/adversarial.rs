//! The adversarial suite: attacks observed against Sala (flag brigades, races, hostile text,
//! leaks), each replayed against the real server on SQLite and on PostgreSQL.

mod adversarial {
    pub mod content;
}
