//! proposals tests.
