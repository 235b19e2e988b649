//! Opinion groups by the Polis method: from the participant × statement vote matrix, a
//! two-component PCA, participants clustered in two stages (up to 100 base clusters, then
//! 2..5 groups over their centres, k chosen by silhouette), and for each group its most
//! representative statements; across groups, the consensus statements.
//!
//! Everything here is pure and deterministic: the same matrix (same row and column order)
//! gives the same result, bit for bit. It follows Polis's own computation from a cold start
//! (no state carried over from an earlier run), so that imported Polis conversations can be
//! compared with the groups Polis recorded.

pub mod ari;
pub mod clusters;
pub mod compute;
pub mod consensus;
pub mod matrix;
pub mod pca;
pub mod repness;

pub use compute::{compute, OpinionGroups};
pub use matrix::{Vote, VoteMatrix};
