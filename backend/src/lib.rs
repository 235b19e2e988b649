//! Sala: a civic e-participation and crowdsourcing platform.

// No function over 80 lines (`clippy.toml`) unless it says why with an `expect`.
#![warn(clippy::too_many_lines)]

/// Every binary that links Sala (the server, the tests, the benchmarks) allocates with
/// mimalloc: many small, short-lived allocations across threads are what a request makes.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod api;
pub mod app;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod housekeeping;
pub mod idempotency;
pub mod leases;
pub mod mail;
pub mod media;
pub mod monitoring;
pub mod opinion_groups;
pub mod outbox;
pub mod polis;
pub mod search;
pub mod shutdown;
pub mod telemetry;
pub mod web_app;
pub mod workers;
