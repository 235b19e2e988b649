//! The adversarial suite: what a hostile or careless client sends at the edge of the API
//! (control characters, unknown fields, bodies before permissions, a database outage), and
//! what it must get back. The real server, a fresh database each, on SQLite and PostgreSQL.

mod adversarial {
    pub mod edge;
}
