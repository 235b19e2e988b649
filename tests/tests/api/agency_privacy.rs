//! Agency privacy.
