//! Black-box tests of the Sala API: the real server, a fresh database each, on SQLite and on
//! PostgreSQL.

mod api {
    pub mod accounts;
    pub mod comments;
    pub mod consultations;
    pub mod migrations;
    pub mod notifications;
    pub mod platform;
    pub mod proposals;
    pub mod votes;
}
