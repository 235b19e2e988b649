//! A consultation's opinion groups: its votes loaded as a matrix, the Polis method run on
//! them (`domain::opinion_groups`), and the result kept per consultation, recomputed in the
//! background as votes arrive.

pub mod cache;
pub mod load;
pub mod report;
pub mod warm;
pub mod worker;

pub use cache::{cached, Cached};
pub use report::Report;
pub use warm::WarmStarts;
