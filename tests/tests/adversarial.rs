//! The adversarial suite: black-box tests of how Sala holds up when its surroundings misbehave
//! (servers that refuse, stall or die, workers that crash), on SQLite and on PostgreSQL.

mod adversarial {
    pub mod mail;
}
