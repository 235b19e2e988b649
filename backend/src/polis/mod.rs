//! Polis conversations: reading their open-data exports.

pub mod export;
