//! Opinion groups by the Polis method: from the participant × statement vote matrix, a
//! two-component PCA, participants clustered in two stages (up to 100 base clusters, then
//! 2..5 groups over their centres, k chosen by silhouette), and for each group its most
//! representative statements; across groups, the consensus statements.
//!
//! Everything here is pure and deterministic: the same matrix (same row and column order)
//! gives the same result, bit for bit. `compute` follows Polis's own computation from a cold
//! start (no state carried over from an earlier run), so that imported Polis conversations
//! can be compared with the groups Polis recorded. `compute_from` starts instead from what the
//! last run on the same consultation left (`WarmStart`), as Polis does between its updates:
//! the same matrix and warm start give the same result, at a fraction of the cost when few
//! votes changed.

pub mod ari;
pub mod clusters;
pub mod compute;
pub mod consensus;
pub mod matrix;
pub mod pca;
pub mod repness;

pub use compute::{compute, compute_from, OpinionGroups, WarmStart};
pub use matrix::{Vote, VoteMatrix};
