//! Agency exports.
