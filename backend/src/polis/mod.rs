//! Polis conversations: reading their open-data exports, and importing one as a consultation.

pub mod export;
pub mod import;
