//! What the groups share: the group-informed consensus of each statement (the product over
//! groups of the smoothed probability that a member agrees), and Polis's consensus picks
//! (statements most participants agree, or disagree, with).

use serde::Serialize;

use super::matrix::VoteMatrix;
use super::repness::{group_counts, proportion_test, z_significant_90, Counts};

/// Per column: Π over groups of (agrees + 1) / (seen + 2).
pub fn group_informed(matrix: &VoteMatrix, groups: &[Vec<usize>]) -> Vec<f64> {
    let counts = group_counts(matrix, groups);
    (0..matrix.column_count())
        .map(|column| {
            counts
                .iter()
                .map(|group| {
                    let c = group[column];
                    (f64::from(c.agree) + 1.0) / (f64::from(c.seen) + 2.0)
                })
                .product()
        })
        .collect()
}

/// A statement most participants agree (or disagree) with.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Consensus {
    #[serde(skip)]
    pub column: usize,
    /// The caller's statement index.
    pub statement: u32,
    pub n_success: u32,
    pub n_trials: u32,
    pub p_success: f64,
    pub p_test: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ConsensusPicks {
    pub agree: Vec<Consensus>,
    pub disagree: Vec<Consensus>,
}

/// Up to five statements each that all participants (every row, grouped or not) agree or
/// disagree with: probability above one half, significantly, by probability × z.
pub fn picks(matrix: &VoteMatrix) -> ConsensusPicks {
    let everyone: Vec<usize> = (0..matrix.row_count()).collect();
    let counts = group_counts(matrix, &[everyone]).pop().unwrap_or_default();
    let top = |successes: fn(&Counts) -> u32| {
        let mut candidates: Vec<(f64, Consensus)> = counts
            .iter()
            .enumerate()
            .filter(|(column, _)| !matrix.column_excluded[*column])
            .map(|(column, c)| {
                let n = successes(c);
                let p = f64::from(n + 1) / f64::from(c.seen + 2);
                let z = proportion_test(n, c.seen);
                (
                    p * z,
                    Consensus {
                        column,
                        statement: matrix.column_statement[column],
                        n_success: n,
                        n_trials: c.seen,
                        p_success: p,
                        p_test: z,
                    },
                )
            })
            .filter(|(_, c)| c.p_success > 0.5 && z_significant_90(c.p_test))
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
        candidates.into_iter().take(5).map(|(_, c)| c).collect()
    };
    ConsensusPicks {
        agree: top(|c| c.agree),
        disagree: top(|c| c.disagree),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::opinion_groups::matrix::Vote;

    #[test]
    fn consensus_multiplies_each_groups_smoothed_agreement() {
        let votes = [
            Vote {
                participant: 0,
                statement: 0,
                value: 1,
            },
            Vote {
                participant: 1,
                statement: 0,
                value: -1,
            },
            Vote {
                participant: 2,
                statement: 0,
                value: 1,
            },
        ];
        let m = VoteMatrix::new(3, &[false], &votes);
        let value = group_informed(&m, &[vec![0, 1], vec![2]]);
        assert!((value[0] - (2.0 / 4.0) * (2.0 / 3.0)).abs() < 1e-15);
    }

    #[test]
    fn a_statement_everyone_agrees_with_is_a_consensus_pick() {
        let votes: Vec<Vote> = (0..10)
            .map(|p| Vote {
                participant: p,
                statement: 0,
                value: 1,
            })
            .collect();
        let m = VoteMatrix::new(10, &[false], &votes);
        let picks = picks(&m);
        assert_eq!(picks.agree.len(), 1);
        assert!(picks.disagree.is_empty());
    }
}
