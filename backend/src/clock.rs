//! The one clock every write reads, so timestamps compare equal after a round trip through
//! either database.

use chrono::{DateTime, Utc};

/// The current time, truncated to microseconds so values read back from either database
/// compare equal to the ones written.
pub fn now() -> DateTime<Utc> {
    let now = Utc::now();
    DateTime::from_timestamp_micros(now.timestamp_micros()).unwrap_or(now)
}
