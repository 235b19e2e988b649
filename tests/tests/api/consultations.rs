//! consultations tests.
